import ArgumentParser
import Foundation
import KiosqueCore

/// `kiosque bookmarks list [--json] [--sector S] [--tag T] [PATH...]`.
struct BookmarksListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the bookmarks: id, article, range, status, sectors, quote, note, tags.",
        discussion: """
            One tab-separated line per bookmark, oldest first: id, article id, created (UTC), \
            range, status, sectors, quote, note, tags (`#tag`, space-separated). With PATHs, each bookmark is found again in its \
            article there (at its location, else by id; only those articles are read, through the index): the range is the passage's \
            place in the current text and the status is `unchanged`, `found` (the text changed, \
            the quote is still there), `approximate` (the passage was edited), `detached` (no \
            longer there: kept, never dropped) or `absent` (article not among the PATHs). \
            Without PATHs the library is read the same way (kiosque fetch, kiosque import); while \
            it is empty, no corpus is read: ranges are the stored ones and the status is `stored`.
            """
    )

    @Flag(help: "Print a JSON array: the fields of the JSON export, plus `anchor` with PATHs.")
    var json = false

    @Option(name: .customLong("sector"), help: "Only bookmarks about this sector (repeatable: any of them).")
    var sectors: [String] = []

    @Option(name: .customLong("tag"), help: "Only bookmarks with this tag (repeatable: any of them; case, accents and `#` ignored).")
    var tags: [String] = []

    @Argument(help: "Files or folders to find the bookmarked passages in (.txt, .md, .jsonl, feeds, .html pages).")
    var paths: [String] = []

    @OptionGroup var indexing: IndexOptions

    mutating func run() throws {
        let names = try BookmarkStoreAccess.sectorNames(sectors)
        let store = BookmarkStoreAccess.open()
        let bookmarks = try BookmarkStoreAccess.fetch(store, BookmarkFilter(sectors: names, tags: tags))
        var placed = bookmarks.map { AnchoredBookmark(bookmark: $0, anchor: nil) }
        var loadIssues: [LoadIssue]?
        let inputs = paths.isEmpty ? LibraryStore(directories: AppDirectories()).inputPath.map { [$0] } ?? [] : paths
        if !inputs.isEmpty {
            // Only the bookmarked articles are read, through the corpus (the index).
            let corpus = try CommandCorpus.open(paths: inputs, indexing: indexing, without: .passages)
            defer { corpus.close() }
            let found = corpus.place(bookmarks)
            Diagnostics.report(found.issues)
            placed = found.placed
            loadIssues = corpus.issues + found.issues
        }
        let withCorpus = !inputs.isEmpty
        if json {
            try Output.printJSON(placed.map { ListedBookmark(item: $0, withCorpus: withCorpus) })
        } else {
            for item in placed {
                let b = item.bookmark
                let range = item.anchor?.range ?? b.range
                let status = withCorpus ? (item.anchor?.status ?? "absent") : "stored"
                Output.printFields([b.id.rawValue, b.article.id.rawValue, ISOTime.string(b.created),
                                    "\(range.start)-\(range.end)", status, b.sectors.joined(separator: ","),
                                    Self.flat(b.quote.exact), Self.flat(b.note), BookmarkTags.written(b.tags)])
            }
        }
        if let loadIssues { try Output.failIfIssues(loadIssues) }
    }

    /// One line: line breaks become spaces.
    static func flat(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).joined(separator: " ")
    }
}

/// A bookmark in `list --json`: the export's fields, plus `anchor` when a corpus was read.
struct ListedBookmark: Encodable {
    var item: AnchoredBookmark
    var withCorpus: Bool

    struct AnchorJSON: Encodable {
        var status: String
        var start: Int?
        var end: Int?
    }

    enum CodingKeys: String, CodingKey { case anchor }

    func encode(to encoder: Encoder) throws {
        try BookmarkFile.entry(item.bookmark).encode(to: encoder)
        guard withCorpus else { return }
        var container = encoder.container(keyedBy: CodingKeys.self)
        let range = item.anchor?.range
        try container.encode(AnchorJSON(status: item.anchor?.status ?? "absent", start: range?.start, end: range?.end),
                             forKey: .anchor)
    }
}
