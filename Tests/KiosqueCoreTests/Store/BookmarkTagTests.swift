import Foundation
import GRDB
import Testing
@testable import KiosqueCore

/// The analyst's tags: parsing, the database (migration, changes), the filter, the JSON file,
/// and the review grouped by tag.
@Suite struct BookmarkTagTests {
    typealias F = BookmarkFixtures

    func store(in folder: TemporaryFolder) -> BookmarkStore {
        BookmarkStore(url: folder.url.appendingPathComponent("kiosque/bookmarks.sqlite"))
    }

    func tagged(_ quote: String, _ tags: [String], sectors: [String] = [], articleID: String = "a1",
                created: Double = 1_709_200_000.5) -> Bookmark {
        var bookmark = F.made(quote: quote, sectors: sectors, articleID: articleID, created: created)
        bookmark.tags = BookmarkTags.normalized(tags)
        return bookmark
    }

    // MARK: Parsing

    @Test("#words of a note are its tags (not #1 nor C#); the note keeps the rest")
    func noteTags() {
        let split = BookmarkTags.split(note: "reprise de Kidal #défense #Mali, voir #1 et C# #énergie.")
        #expect(split.tags == ["défense", "Mali", "énergie"])
        #expect(split.note == "reprise de Kidal voir #1 et C#")
        #expect(BookmarkTags.split(note: "#seul").note == "")
        #expect(BookmarkTags.split(note: "#a,#b").tags == ["a", "b"])
        // One tag whatever its case and accents: the first spelling stays.
        #expect(BookmarkTags.split(note: "#Énergie #energie #ENERGIE").tags == ["Énergie"])
        #expect(BookmarkTags.parse(list: "nucléaire, #relance  Mali") == ["nucléaire", "relance", "Mali"])
        #expect(BookmarkTags.normalized(["  #politique énergétique "]) == ["politique-énergétique"])
        let text = BookmarkTags.editorText(note: "reprise", tags: ["défense", "Mali"])
        #expect(text == "reprise #défense #Mali")
        #expect(BookmarkTags.split(note: text) == (note: "reprise", tags: ["défense", "Mali"]))
    }

    // MARK: Database

    @Test("the v2 migration keeps the bookmarks of a v1 database, untagged")
    func migrationKeepsOldBookmarks() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("kiosque/bookmarks.sqlite")
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let id = BookmarkID()
        do {
            // A database as the previous version left it: only the first migration, one bookmark.
            let queue = try DatabaseQueue(path: url.path)
            try BookmarkSchema.migrator.migrate(queue, upTo: "v1-bookmarks")
            try queue.write { db in
                #expect(try !db.columns(in: "bookmark").contains { $0.name == "tags" })
                try db.execute(sql: """
                    INSERT INTO bookmark (id, article_id, article_location, article_hash, article_title, start_offset,
                        end_offset, quote_exact, quote_prefix, quote_suffix, note, sectors, entities, created_ms, updated_ms)
                    VALUES (?, 'kidal', '/c/kidal.txt', '', 'Kidal', 3, 9, 'passage', '', '', 'ancienne note', '["défense"]', '[]',
                        1709200000000, 1709200000000)
                    """, arguments: [id.rawValue])
            }
        }
        let store = store(in: folder)
        #expect(store.openError == nil)
        let old = try #require(try store.fetchBookmarks().first)
        #expect(old.id == id && old.note == "ancienne note" && old.sectors == ["défense"] && old.quote.exact == "passage")
        #expect(old.tags.isEmpty)
        // And it takes tags from now on.
        #expect(try store.updateTags(of: id, to: ["#Mali", "mali", "défense"]) == .saved)
        #expect(try BookmarkStore(url: url).fetchBookmarks().first?.tags == ["Mali", "défense"])
    }

    @Test("tags are committed with the bookmark and changed alone; kept in memory like the rest")
    func tagsInTheStore() throws {
        let folder = try TemporaryFolder()
        let writer = store(in: folder)
        let bookmark = tagged("Le prix du gaz baisse.", ["énergie", "prix"])
        #expect(writer.add(bookmark) == .saved)
        #expect(try store(in: folder).fetchBookmarks().first?.tags == ["énergie", "prix"])
        let later = Date(timeIntervalSince1970: 1_709_300_000)
        #expect(try writer.updateTags(of: bookmark.id, to: ["gaz"], at: later) == .saved)
        let changed = try #require(try store(in: folder).fetchBookmarks().first)
        #expect(changed.tags == ["gaz"] && changed.updated == later)
        #expect(throws: StoreError.self) { try writer.updateTags(of: BookmarkID(), to: ["x"]) }
        // A pending change shows in lists as written.
        var byID = [bookmark.id: bookmark]
        PendingWrite.tags(bookmark.id, ["veille"], at: later).apply(to: &byID)
        #expect(byID[bookmark.id]?.tags == ["veille"])
    }

    @Test("--tag: any of the tags, ignoring case, accents and #")
    func filterByTag() {
        let energy = tagged("un", ["Énergie"]), mali = tagged("deux", ["mali", "défense"]), none = tagged("trois", [])
        let all = [energy, mali, none]
        #expect(BookmarkFilter(tags: ["energie"]).apply(all) == [energy])
        #expect(BookmarkFilter(tags: ["#ÉNERGIE"]).apply(all) == [energy])
        #expect(BookmarkFilter(tags: ["Defense", "énergie"]).apply(all) == [energy, mali])
        #expect(BookmarkFilter(tags: ["nucléaire"]).apply(all).isEmpty)
        #expect(BookmarkFilter(tags: []).apply(all) == all)
    }

    @Test("the JSON file keeps the tags through export and import; a version 1 file reads as untagged")
    func jsonRoundTrip() throws {
        let bookmarks = [tagged("un", ["énergie", "Mali"]), tagged("deux", [], created: 1_709_200_001)]
        let data = try BookmarkFile.encode(bookmarks)
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(((object["bookmarks"] as? [[String: Any]])?.first?["tags"] as? [String]) == ["énergie", "Mali"])
        #expect(try BookmarkFile.decode(data) == bookmarks)

        let folder = try TemporaryFolder()
        let target = store(in: folder)
        #expect(try target.importBookmarks(try BookmarkFile.decode(data)).added == 2)
        #expect(try target.fetchBookmarks().map(\.tags) == [["énergie", "Mali"], []])

        var document = object
        document["version"] = 1
        var entries = try #require(document["bookmarks"] as? [[String: Any]])
        entries[0]["tags"] = nil
        document["bookmarks"] = entries
        let old = try BookmarkFile.decode(try JSONSerialization.data(withJSONObject: document))
        #expect(old.first?.tags == [] && old.first?.quote.exact == "un")
    }

    @Test("CSV and W3C carry the tags")
    func otherFormats() throws {
        let bookmark = tagged("un", ["énergie", "Mali"], sectors: ["défense"])
        let csv = CSVExport.render([bookmark])
        #expect(CSVExport.header.last == "tags")
        #expect(csv.contains(",énergie; Mali\r\n"))
        let w3c = String(decoding: try W3CExport.render([bookmark]), as: UTF8.self)
        #expect(w3c.contains("\"value\" : \"Mali\""))
    }

    // MARK: Review

    @Test("with tags the review is grouped by tag: a bookmark under each of its tags, untagged last")
    func reviewByTag() throws {
        let labels = try ReviewLabels.bundled(language: "fr")
        let both = tagged("Le nucléaire au Mali.", ["Mali", "énergie"], sectors: ["énergie"], articleID: "a")
        let energy = tagged("Le prix du gaz baisse.", ["Énergie"], sectors: ["énergie"], articleID: "b")
        let none = tagged("Sans étiquette ici.", [], sectors: ["défense"], articleID: "c")
        let outline = ReviewOutline([none, energy, both], sectorOrder: ["défense", "énergie"])
        #expect(outline.grouping == .tag)
        #expect(outline.sections.map { outline.heading($0, labels: labels) } == ["#Énergie", "#Mali", "Sans étiquette"])
        #expect(outline.sections.map { $0.articles.flatMap { $0 }.map(\.quote.exact) } == [
            ["Le nucléaire au Mali.", "Le prix du gaz baisse."], ["Le nucléaire au Mali."], ["Sans étiquette ici."],
        ])
        let doc = MiniMarkdown(MarkdownExport.render([none, energy, both], labels: labels, sectorOrder: ["défense", "énergie"]))
        #expect(doc.headings.filter { $0.level == 2 }.map(\.text) == ["#Énergie", "#Mali", "Sans étiquette"])
        // Passages counted once, though shown twice.
        #expect(doc.paragraphs.first == "Passages\u{A0}: 3 · articles\u{A0}: 3")
        // Under #Énergie, the other tag is named; every sector is (the section is not a sector).
        #expect(doc.paragraphs.contains("*Étiquettes\u{A0}:* #Mali"))
        #expect(doc.paragraphs.contains("*Secteurs\u{A0}:* énergie"))
    }

    @Test("without tags the review is grouped by sector, as before")
    func reviewBySector() throws {
        let labels = try ReviewLabels.bundled(language: "en")
        let energy = tagged("gaz", [], sectors: ["énergie"]), defence = tagged("Kidal", [], sectors: ["défense", "énergie"])
        let none = tagged("rien", [])
        let outline = ReviewOutline([none, energy, defence], sectorOrder: ["défense", "énergie"])
        #expect(outline.grouping == .sector)
        #expect(outline.sections.map { outline.heading($0, labels: labels) } == ["défense", "énergie", "Other"])
        #expect(outline.sections.map { $0.articles.flatMap { $0 }.count } == [1, 1, 1])
    }
}
