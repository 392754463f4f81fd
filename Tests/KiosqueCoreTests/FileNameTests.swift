import Foundation
import Testing
@testable import KiosqueCore

/// File names that are not UTF-8 (issue 12, item 10): on Linux a name is bytes, and a Latin-1
/// `café.txt` (`caf\xE9.txt`) must be walked, read, indexed and re-read, shown as `caf\xE9.txt`.
@Suite("File names that are not UTF-8")
struct FileNameTests {
    /// `caf\xE9.txt` and `d\xE9p\xEAches.jsonl` (Latin-1 names) beside a UTF-8 `été.txt`.
    struct Latin1Folder {
        let folder: TemporaryFolder
        var path: String { folder.path }
        static let textName: [UInt8] = Array("caf".utf8) + [0xE9] + Array(".txt".utf8)
        static let jsonlName: [UInt8] = Array("d".utf8) + [0xE9, 0x70, 0xEA] + Array("ches.jsonl".utf8)
        static let text = "Un café à Paris\n\nLe texte du café, écrit en UTF-8 sous un nom Latin-1.\n"
        static let lines = [
            #"{"id":"j1","title":"Première dépêche","text":"La première dépêche parle de Lyon."}"#,
            #"{"id":"j2","title":"Seconde dépêche","text":"La seconde dépêche parle de Nantes."}"#,
        ]

        init() throws {
            folder = try TemporaryFolder()
            try Self.create(folder.path, Self.textName, Data(Self.text.utf8))
            try Self.create(folder.path, Self.jsonlName, Data((Self.lines.joined(separator: "\n") + "\n").utf8))
            try folder.write("été.txt", "Un été\n\nLe texte de l’été.\n")
        }

        /// Writes `data` to the file named by the raw bytes `name` in `folder`.
        static func create(_ folder: String, _ name: [UInt8], _ data: Data) throws {
            let path = (Array(folder.utf8) + [UInt8(ascii: "/")] + name + [0]).map { CChar(bitPattern: $0) }
            let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            try #require(fd >= 0, "cannot create the Latin-1-named file")
            defer { close(fd) }
            let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            try #require(written == data.count)
        }

        /// How locations show the two files.
        var shownText: String { path + "/caf\\xE9.txt" }
        var shownJSONL: String { path + "/d\\xE9p\\xEAches.jsonl" }
    }

    /// True when `text` shows nothing a terminal or a reader cannot take: no replacement
    /// character (a lossy decoding) and no private-use escape scalar.
    static func isShownSafely(_ text: String) -> Bool {
        !text.unicodeScalars.contains { $0 == "\u{FFFD}" || SystemPath.escapes.contains($0.value) }
    }

    @Test("decode and bytes are exact inverses, for names that are UTF-8, Latin-1, or hold an escape scalar")
    func roundTrip() {
        let names: [[UInt8]] = [
            Array("été.txt".utf8), Latin1Folder.textName, Latin1Folder.jsonlName,
            [0xEE, 0xBE, 0x80, 0x41], // U+EF80 written in UTF-8: must not read back as the byte 0x80
            [0xC3], [0xE2, 0x82], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80], [0xC0, 0xAF], [0xFF, 0xFE, 0x00],
            Array(0x80...0xFF),
        ]
        for name in names {
            #expect(SystemPath.bytes(SystemPath.decode(name)) == name, "\(name)")
        }
        #expect(SystemPath.decode(Array("été.txt".utf8)) == "été.txt", "UTF-8 names are kept as they are")
        #expect(SystemPath.display(SystemPath.decode(Latin1Folder.textName)) == "caf\\xE9.txt")
        #expect(SystemPath.display(SystemPath.decode([0xEE, 0xBE, 0x80])) == "\\xEE\\xBE\\x80")
        #expect(SystemPath.display("été.txt") == "été.txt")
    }

    @Test("ArticleFiles.load walks and reads Latin-1-named .txt and .jsonl files; their locations are shown as \\xE9")
    func libraryLoad() throws {
        let corpus = try Latin1Folder()
        let result = ArticleFiles.load(paths: [corpus.path])
        #expect(result.issues.isEmpty, "\(result.issues)")
        let byLocation = Dictionary(result.articles.map { ($0.location, $0) }, uniquingKeysWith: { first, _ in first })
        let cafe = try #require(byLocation[corpus.shownText], "\(result.articles.map(\.location))")
        #expect(cafe.id == ArticleID("caf\\xE9"))
        #expect(cafe.title == "Un café à Paris")
        #expect(cafe.text == Latin1Folder.text)
        #expect(byLocation[corpus.shownJSONL + ":1"]?.text == "La première dépêche parle de Lyon.")
        #expect(byLocation[corpus.shownJSONL + ":2"]?.text == "La seconde dépêche parle de Nantes.")
        #expect(byLocation[corpus.path + "/été.txt"]?.title == "Un été")
        #expect(result.articles.count == 4)
        for article in result.articles { #expect(Self.isShownSafely(article.location) && Self.isShownSafely(article.id.rawValue)) }

        // Named explicitly (as a command line argument decoded by `SystemPath.arguments`).
        let explicit = SystemPath.decode(Array(corpus.path.utf8) + [UInt8(ascii: "/")] + Latin1Folder.textName)
        let alone = ArticleFiles.load(paths: [explicit])
        #expect(alone.issues.isEmpty, "\(alone.issues)")
        #expect(alone.articles.map(\.location) == [corpus.shownText])
    }

    @Test("a missing Latin-1 path is named safely")
    func missingShownSafely() throws {
        let missing = SystemPath.decode(Array("/nonexistent/kiosque/".utf8) + Latin1Folder.textName)
        let result = ArticleFiles.load(paths: [missing])
        #expect(result.issues == [LoadIssue(location: "/nonexistent/kiosque/caf\\xE9.txt", reason: .noSuchFile)])
    }

    @Test("through the index: keyed stably (a second update reads nothing), each article read again alone with its text")
    func indexAndLoader() throws {
        let corpus = try Latin1Folder()
        let cache = try TemporaryFolder()
        let index = try CorpusIndex(url: cache.url.appendingPathComponent("index.sqlite"))
        defer { try? index.close() }
        let counter = AnalysisCounter()
        let first = try index.update(paths: [corpus.path], analyser: IndexFixtures.analyser(counter))
        #expect(first.issues.isEmpty, "\(first.issues)")
        #expect(first.readFiles == 3 && first.storedArticles == 4)
        let again = try index.update(paths: [corpus.path], analyser: IndexFixtures.analyser(counter))
        #expect(again.readFiles == 0 && again.unchangedFiles == 3, "the Latin-1 names keep their keys")

        let catalogue = try index.catalogue(paths: [corpus.path])
        let loaded = ArticleFiles.load(paths: [corpus.path]).articles
        #expect(catalogue.count == loaded.count && catalogue.issues.isEmpty, "\(catalogue.issues)")
        let loader = try ArticleLoader.bundled()
        for (position, expected) in loaded.enumerated() {
            #expect(catalogue.location(at: position) == expected.location)
            #expect(catalogue.ids[position] == expected.id)
            let article = try loader.article(at: catalogue.place(at: position), expected: catalogue.ids[position]).get()
            #expect(article.text == expected.text && article.location == expected.location)
            #expect(catalogue.position(location: expected.location, id: expected.id) == position,
                    "a bookmark's or a reading position's location finds its article")
        }
    }

    @Test("through Corpus: the catalogue lists the Latin-1-named articles and reads each one")
    func corpus() throws {
        let folder = try Latin1Folder()
        let corpus = try CorpusFixtures.open([folder.path], store: .temporary)
        defer { corpus.close() }
        #expect(corpus.issues.isEmpty, "\(corpus.issues)")
        let position = try #require(corpus.catalogue.position(of: ArticleID("caf\\xE9")))
        let article = try corpus.article(at: position).get().article
        #expect(article.text == Latin1Folder.text)
        #expect(article.location == folder.shownText)
        let line = try #require(corpus.catalogue.position(of: ArticleID("j2")))
        #expect(try corpus.article(at: line).get().article.text == "La seconde dépêche parle de Nantes.")
        #expect(corpus.catalogue.location(at: line) == folder.shownJSONL + ":2")
    }
}
