import ArgumentParser
import Foundation
import KiosqueCore

/// `kiosque bookmarks list [--json] [--sector S] [--tag T] [PATH...]`.
struct BookmarksListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            abstract: Help.text(.bookmarksListAbstract),
            discussion: Help.text(.bookmarksListDiscussion)
        )
    }

    @Flag(help: Help.argument(.bookmarksListOptionJson))
    var json = false

    @Option(name: .customLong("sector"), help: Help.argument(.bookmarksListOptionSector))
    var sectors: [String] = []

    @Option(name: .customLong("tag"), help: Help.argument(.bookmarksListOptionTag))
    var tags: [String] = []

    @Argument(help: Help.argument(.bookmarksListArgumentPaths))
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
