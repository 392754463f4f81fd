import Foundation
import Testing
@testable import KiosqueCore

/// Article ids unique in a corpus (issue 11): the rule alone, then through the index's catalogue
/// and `ArticleFiles.load`, which must agree.
@Suite struct CorpusIDsTests {
    static func text(_ id: String, _ path: String) -> CorpusIDs.Source {
        CorpusIDs.Source(id: id, path: path, kind: .text, line: 0, location: path)
    }

    static func json(_ id: String, _ path: String, _ line: Int) -> CorpusIDs.Source {
        CorpusIDs.Source(id: id, path: path, kind: .jsonLines, line: line, location: "\(path):\(line)")
    }

    @Test("a shared file name is qualified by as few folders as tell the files apart; unique ids are kept")
    func folders() {
        let sources = [Self.text("x", "/c/2024/a/x.txt"), Self.text("x", "/c/2025/a/x.txt"), Self.text("x", "/c/b/x.txt"),
                       Self.text("y", "/c/b/y.txt")]
        let (ids, duplicates) = CorpusIDs.assign(sources)
        #expect(ids == [0: "2024/a/x", 1: "2025/a/x", 2: "b/x"])
        #expect(duplicates.isEmpty)
    }

    @Test("the same id twice in one JSONL file: the first keeps it, the next gets #2, with a warning naming file and lines")
    func jsonDuplicates() {
        let sources = [Self.json("x", "/c/feed.jsonl", 1), Self.json("x", "/c/feed.jsonl", 4), Self.json("x#2", "/c/other.jsonl", 1)]
        let (ids, duplicates) = CorpusIDs.assign(sources)
        #expect(ids[0] == "x")
        #expect(ids[1] == "x#3", "x#2 is another article's own id")
        #expect(duplicates.map(\.issue.description) == [#"/c/feed.jsonl:4: duplicate id "x" (first at /c/feed.jsonl:1); this article is x#3"#])
    }

    @Test("JSONL ids shared by two files are qualified by the file's name; x.txt beside x.md are numbered")
    func jsonFilesAndExtensions() {
        let (ids, _) = CorpusIDs.assign([Self.json("x", "/c/lemonde.jsonl", 1), Self.json("x", "/c/figaro.jsonl", 1)])
        #expect(ids == [0: "lemonde/x", 1: "figaro/x"])
        let (same, _) = CorpusIDs.assign([Self.text("x", "/c/a/x.md"), Self.text("x", "/c/a/x.txt")])
        #expect(same == [0: "x", 1: "x#2"])
    }

    @Test("a qualified id still names its source id (bookmarks and reading state made before or after a folder was added)")
    func qualifications() {
        #expect(CorpusIDs.isQualification("a/x", of: "x"))
        #expect(CorpusIDs.isQualification("x#2", of: "x"))
        #expect(CorpusIDs.isQualification("2024/a/x#3", of: "x"))
        #expect(!CorpusIDs.isQualification("ax", of: "x"))
        #expect(!CorpusIDs.isQualification("a/y", of: "x"))
        #expect(CorpusIDs.sameSource("a/x", "b/x") && CorpusIDs.sameSource("x", "a/x") && !CorpusIDs.sameSource("x", "y"))
    }

    @Test("a/x.txt and b/x.txt: two ids, each article its own text, in the index and in ArticleFiles.load alike; `x` is ambiguous")
    func twoFilesOfTheSameName() throws {
        let folder = try TemporaryFolder()
        try folder.write("a/x.txt", "Premier titre\n\nLe texte est là.\n")
        try folder.write("b/x.txt", "Premier titre\n\nLe texte est lè.\n")
        let corpus = try CorpusFixtures.open([folder.path], store: .temporary)
        defer { corpus.close() }
        #expect(corpus.catalogue.ids.map(\.rawValue) == ["a/x", "b/x"])
        #expect(corpus.catalogue.sourceID(at: 1).rawValue == "x")
        #expect(ArticleFiles.load(paths: [folder.path]).articles.map(\.id.rawValue) == ["a/x", "b/x"])
        for (id, text) in [("a/x", "là"), ("b/x", "lè")] {
            guard case .found(let position) = corpus.lookup(id) else {
                Issue.record("\(id) not found")
                continue
            }
            let loaded = try corpus.article(at: position).get()
            #expect(loaded.article.id.rawValue == id)
            #expect(loaded.article.text.contains("Le texte est \(text)."))
        }
        #expect(corpus.lookup("x") == .ambiguous([ArticleID("a/x"), ArticleID("b/x")]))
        #expect(corpus.lookup("z") == .missing)
    }

    @Test("ids are the same in two runs on the same index, in a throw-away index and in ArticleFiles.load; duplicate JSONL ids warned")
    func stableAcrossRuns() throws {
        let folder = try TemporaryFolder()
        try folder.write("a/x.txt", "Premier titre\n\nLe texte est là.\n")
        try folder.write("b/x.txt", "Second titre\n\nUn autre texte.\n")
        let lines = [IndexFixtures.line("d", "Un texte."), IndexFixtures.line("x", "Encore un."), IndexFixtures.line("d", "Un autre.")]
        try folder.write("feed.jsonl", lines.joined(separator: "\n") + "\n")
        let cache = try TemporaryFolder()
        let url = cache.url.appendingPathComponent("index.sqlite")
        var runs: [[String]] = []
        for _ in 0..<2 {
            let corpus = try CorpusFixtures.open([folder.path], store: .file(url))
            runs.append(corpus.catalogue.ids.map(\.rawValue))
            #expect(corpus.catalogue.duplicateIDs.map(\.location) == ["\(folder.path)/feed.jsonl:3"])
            corpus.close()
        }
        let memory = try CorpusFixtures.open([folder.path], store: .temporary)
        defer { memory.close() }
        let loaded = ArticleFiles.load(paths: [folder.path])
        #expect(runs[0] == ["a/x", "b/x", "d", "feed/x", "d#2"])
        #expect(runs[1] == runs[0])
        #expect(memory.catalogue.ids.map(\.rawValue) == runs[0])
        #expect(loaded.articles.map(\.id.rawValue) == runs[0])
        #expect(loaded.duplicateIDs == memory.catalogue.duplicateIDs)
    }

    @Test("a bookmark and a reading position of x stay attached to a/x.txt when a folder b/ with another x.txt is added")
    func attachedWhenAFolderIsAdded() throws {
        let folder = try TemporaryFolder()
        let first = try folder.write("a/x.txt", "Premier titre\n\nLe texte est là.\n")
        let alone = ArticleFiles.load(paths: [folder.path]).articles
        let article = try #require(alone.first)
        #expect(article.id.rawValue == "x")
        let bookmark = Bookmark(article: article, range: TextRange(15, 31), note: "", sectors: [], entities: [])
        try folder.write("b/x.txt", "Premier titre\n\nLe texte est lè.\n")
        let corpus = try CorpusFixtures.open([folder.path], store: .temporary)
        defer { corpus.close() }
        #expect(corpus.catalogue.position(location: first, id: ArticleID("x")) == 0, "reading state: by location first")
        let placed = AnchoredBookmark.place([bookmark], in: ArticleFiles.load(paths: [folder.path]).articles)
        #expect(placed.first?.anchor?.range == TextRange(15, 31))
        #expect(placed.first?.anchor?.isDetached == false)
        // Through the corpus (`kiosque bookmarks list PATH`): the same, reading that article alone.
        let reads = try CountingSource()
        let counted = try CorpusFixtures.open([folder.path], store: .temporary, source: reads)
        defer { counted.close() }
        let found = counted.place([bookmark])
        #expect(found.placed.first?.anchor?.range == TextRange(15, 31) && found.issues.isEmpty)
        #expect(reads.places.map(\.path) == [first])
        // And back: a bookmark made on a/x is found when b/ goes.
        try FileManager.default.removeItem(at: folder.url.appendingPathComponent("b"))
        let again = try CorpusFixtures.open([folder.path], store: .temporary)
        defer { again.close() }
        #expect(again.catalogue.position(location: first, id: ArticleID("a/x")) == 0)
    }
}

enum CorpusFixtures {
    /// A corpus over the bundled word lists with a cheap analyser; `source` reads its articles.
    static func open(_ paths: [String], store: Corpus.Store, source: ArticleSource? = nil,
                     analyser: IndexAnalyser? = nil) throws -> Corpus {
        try Corpus.open(paths: paths, store: store, analyser: analyser ?? IndexFixtures.analyser(AnalysisCounter()),
                        source: source ?? ArticleLoader.bundled())
    }
}
