import Foundation
import Testing
@testable import KiosqueCore

/// The library: storing, updating, merging outlets, surviving a lost manifest and a killed run,
/// two writers at once, and being read as a corpus.
@Suite struct LibraryStoreTests {
    let root: URL
    let store: LibraryStore

    init() throws {
        root = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-library-\(UUID().uuidString)")
        store = LibraryStore(folder: root.appendingPathComponent("library"))
    }

    static let dispatch = """
        Le gouvernement a annoncé mardi un plan de soutien aux agriculteurs touchés par la sécheresse, \
        avec une enveloppe de 500 millions d'euros répartie entre les régions les plus exposées. Le \
        ministre de l'Agriculture a précisé que les premiers versements interviendraient avant la fin \
        du mois, et que les éleveurs seraient prioritaires. Les syndicats agricoles ont salué un geste \
        attendu, tout en jugant le montant insuffisant face à l'ampleur des pertes de récoltes cette \
        année dans le sud-ouest et le centre du pays.
        """

    func entry(_ guid: String, title: String, text: String, feed: String = "https://a.example/rss", outlet: String = "A",
               url: String? = nil) -> LibraryEntry {
        LibraryEntry(draft: ArticleDraft(id: guid, title: title, url: url ?? "https://a.example/\(guid)", text: text),
                     origin: .feed(url: feed, outlet: outlet))
    }

    func records() -> [LibraryRecord] {
        LibraryWriter.files(in: store.articlesFolder, hidden: false).flatMap { month, name in
            LibraryBatch.read(store.articlesFolder.appendingPathComponent("\(month)/\(name)")).compactMap { line -> LibraryRecord? in
                if case .record(let record) = line { return record }
                return nil
            }
        }
    }

    @Test func newEntriesAreKeptAndAKnownOneIsNotAddedTwice() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(store.isEmpty)
        let first = try store.withLock { try $0.store([entry("1", title: "Un", text: "Premier."), entry("2", title: "Deux", text: "Second.")]) }
        #expect(first.added.count == 2)
        #expect(!store.isEmpty)
        let again = try store.withLock { try $0.store([entry("1", title: "Un", text: "Premier.")]) }
        #expect(again.added.isEmpty && again.updated.isEmpty && again.unchanged == 1)
        #expect(records().map(\.title) == ["Un", "Deux"])
    }

    @Test func aChangedTextUpdatesTheArticleUnderTheSameID() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let first = try store.withLock { try $0.store([entry("1", title: "Un", text: "Premier jet.")]) }
        let changed = try store.withLock { try $0.store([entry("1", title: "Un", text: "Texte corrigé.")]) }
        #expect(changed.updated == first.added)
        let kept = records()
        #expect(kept.count == 1)
        #expect(kept.first?.id == first.added.first)
        #expect(kept.first?.text == "Texte corrigé.")
        #expect(kept.first?.changed != nil)
    }

    @Test func theSameLinkFromAnotherFeedIsOneArticleListingBothOutlets() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try store.withLock { try $0.store([entry("x", title: "Dépêche", text: "Court.", url: "https://agence.example/d/1")]) }
        let other = entry("guid-b", title: "Dépêche", text: "Court, repris.", feed: "https://b.example/rss", outlet: "B",
                          url: "https://AGENCE.example/d/1")
        let report = try store.withLock { try $0.store([other]) }
        #expect(report.merged == 1 && report.added.isEmpty)
        #expect(records().map(\.outlets) == [["A", "B"]])
        #expect(records().first?.source == "A, B")
        // The second outlet's own guid now names the article: fetching B again adds nothing.
        let again = try store.withLock { try $0.store([other]) }
        #expect(again.added.isEmpty)
    }

    @Test func aNearIdenticalDispatchFromAnotherFeedIsMergedAndADifferentTextIsNot() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try store.withLock { try $0.store([entry("a1", title: "Sécheresse", text: Self.dispatch)]) }
        let copy = entry("b7", title: "Sécheresse : 500 millions", text: Self.dispatch + " (AFP)", feed: "https://b.example/rss",
                         outlet: "B")
        let other = entry("c3", title: "Autre", text: Self.dispatch.replacingOccurrences(of: "agriculteurs", with: "pêcheurs")
            .replacingOccurrences(of: "sécheresse", with: "tempête").replacingOccurrences(of: "éleveurs", with: "armateurs")
            .replacingOccurrences(of: "récoltes", with: "prises"), feed: "https://c.example/rss", outlet: "C")
        let report = try store.withLock { try $0.store([copy, other]) }
        #expect(report.merged == 1)
        #expect(report.added.count == 1)
        #expect(records().first?.outlets == ["A", "B"])
    }

    @Test func theSameFeedNeverMergesTwoOfItsEntriesByText() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try store.withLock { try $0.store([entry("a1", title: "Un", text: Self.dispatch), entry("a2", title: "Deux", text: Self.dispatch)]) }
        #expect(report.added.count == 2)
    }

    @Test func aLostManifestIsRebuiltFromTheFiles() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try store.withLock { try $0.store([entry("1", title: "Un", text: "Premier.")]) }
        try FileManager.default.removeItem(at: store.manifestURL)
        let report = try store.withLock { try $0.store([entry("1", title: "Un", text: "Premier.")]) }
        #expect(report.unchanged == 1 && report.added.isEmpty)
        // A damaged one is moved aside (kept), and rebuilt too.
        try Data("not a database".utf8).write(to: store.manifestURL)
        let (notes, unchanged) = try store.withLock { writer -> ([LoadReason], Int) in
            (writer.notes, try writer.store([entry("1", title: "Un", text: "Premier.")]).unchanged)
        }
        #expect(unchanged == 1)
        #expect(notes.count == 1)
        let names = try FileManager.default.contentsOfDirectory(atPath: store.folder.path)
        #expect(names.contains { $0.hasPrefix("manifest.sqlite.damaged-") })
    }

    @Test func aRunKilledBeforeItsCommitLeavesNothingAndOneKilledAfterIsFinished() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try store.withLock { try $0.store([entry("1", title: "Un", text: "Premier.")]) }
        let month = try #require(LibraryWriter.files(in: store.articlesFolder, hidden: false).first?.month)
        let folder = store.articlesFolder.appendingPathComponent(month)
        // Not committed: a pending file of a run the manifest does not know.
        try Data("{\"id\":\"torn\"".utf8).write(to: folder.appendingPathComponent(".pending-deadrun-x.jsonl"))
        // Committed but not renamed: the run is in the manifest.
        let record = LibraryRecord(id: "late", draft: ArticleDraft(title: "Tard", text: "Arrivé."), outlet: "A", feed: nil,
                                   keys: ["id:late"], now: Date())
        try (try record.line() + Data([0x0A])).write(to: folder.appendingPathComponent(".pending-liverun-late.jsonl"))
        let manifest = try LibraryManifest.open(store: store)
        try manifest.write { db in
            try LibraryManifest.commit(run: "liverun", db: db)
            try LibraryManifest.save(record, batch: "\(month)/late.jsonl", db: db)
        }
        manifest.close()
        let report = try store.withLock { try $0.store([LibraryEntry(draft: ArticleDraft(id: "late", title: "Tard", text: "Arrivé."),
                                                                    origin: .file(outlet: "A"))]) }
        #expect(report.added.isEmpty)
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(!names.contains { $0.hasPrefix(".pending-") })
        #expect(names.contains("late.jsonl"))
        #expect(records().map(\.id).sorted() == [records().first { $0.title == "Un" }?.id ?? "?", "late"].sorted())
    }

    @Test func twoWritersAtOnceKeepEveryArticleOnce() async throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let store = self.store
        let shared = (0..<20).map { entry("s\($0)", title: "Commun \($0)", text: "Texte \($0).") }
        let results = await withTaskGroup(of: Int.self) { group -> [Int] in
            for writer in 0..<2 {
                group.addTask {
                    let own = (0..<30).map { k in
                        LibraryEntry(draft: ArticleDraft(id: "w\(writer)-\(k)", title: "T", url: "https://w\(writer).example/\(k)",
                                                         text: "Article \(k) de \(writer)."),
                                     origin: .feed(url: "https://w\(writer).example/rss", outlet: "W\(writer)"))
                    }
                    var added = 0
                    for chunk in stride(from: 0, to: 30, by: 5) {
                        added += (try? store.withLock { try $0.store(Array(own[chunk..<chunk + 5]) + shared) })?.added.count ?? -1000
                    }
                    return added
                }
            }
            return await group.reduce(into: []) { $0.append($1) }
        }
        let ids = records().map(\.id)
        #expect(ids.count == 80)
        #expect(Set(ids).count == 80)
        #expect(results.reduce(0, +) == 80)
    }

    @Test func theLibraryIsReadAsACorpusWithItsOutlets() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        _ = try store.withLock { try $0.store([entry("1", title: "Les gilets jaunes à Paris", text: "Des manifestants ont défilé à Paris.")]) }
        let result = ArticleFiles.load(paths: [store.articlesFolder.path])
        #expect(result.issues.isEmpty)
        #expect(result.articles.map(\.title) == ["Les gilets jaunes à Paris"])
        #expect(result.articles.first?.source == "A")
        #expect(result.articles.first?.url == "https://a.example/1")
    }

    @Test func feedIDsNameTheOutletAndDifferForNeighbouringGuids() throws {
        defer { try? FileManager.default.removeItem(at: root) }
        let report = try store.withLock {
            try $0.store([entry("a1", title: "Un", text: "Un.", outlet: "Le Monde"), entry("a2", title: "Deux", text: "Deux.", outlet: "Le Monde")])
        }
        #expect(report.added.allSatisfy { $0.hasPrefix("le-monde-") })
        let suffixes = report.added.map { $0.dropFirst("le-monde-".count) }
        #expect(suffixes.count == 2 && suffixes[0] != suffixes[1])
        #expect(LibraryPlan.slug("Libération · Éco") == "liberation-eco")
    }
}
