import ArgumentParser
import KiosqueCore

/// `kiosque bookmarks add ID --start N --end M [--note TEXT] [--tag T...] [PATH...]`: bookmarks a passage
/// without the reader (for scripts and tests).
struct BookmarksAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Bookmark a passage of an article: prints the new bookmark's id.",
        discussion: """
            START and END are code point offsets [start, end) into the article's source text, as \
            `kiosque show --json` gives them. The quote, the passage's sectors and its entities \
            are taken from the article. The bookmark is committed before the command returns. \
            Exit code 1 when there is no such article or the bookmark cannot be saved, 2 for a \
            range outside the text.
            """
    )

    @Argument(help: "The article id, as `kiosque list` shows it.")
    var id: String

    @Option(help: "First code point of the passage.")
    var start: Int

    @Option(help: "Code point just after the passage.")
    var end: Int

    /// Taken whatever it starts with: a note such as `-2 % en un an` is text, not an option.
    @Option(parsing: .unconditional, help: "A note on the passage (taken as it is, even when it starts with `-`).")
    var note: String = ""

    @Option(name: .customLong("tag"), help: "A tag of the analyst's (repeatable; `#` optional).")
    var tags: [String] = []

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var indexing: IndexOptions

    mutating func run() throws {
        let corpus = try CommandCorpus.open(paths: try self.corpus.inputs(), indexing: indexing, without: .reading)
        defer { corpus.close() }
        let loaded = try ShowCommand.article(id, in: corpus)
        let article = loaded.article
        let length = article.text.unicodeScalars.count
        guard start >= 0, end > start, end <= length else {
            let values = ["start": String(start), "end": String(end), "id": id, "length": String(length)]
            throw CommandFailure(message: Diagnostics.strings.format(.cliBookmarksPassage, values), exitCode: ExitStatus.usage)
        }
        let range = TextRange(start, end)
        let classifier = try Recognition.sectorClassifier()
        // The passage's facts as the reader takes them: the stored analysis's readable entities.
        let analysis = try loaded.analysis ?? ArticleAnalysis(article, recognizer: Recognition.recognizer(), classifier: classifier)
        let bookmark = Bookmark(article: article, range: range, note: note,
                                sectors: PassageFacts.sectors(of: range, in: article, analysis: classifier.classify(article)),
                                entities: PassageFacts.entities(of: range, in: analysis), tags: tags)
        let store = BookmarkStoreAccess.open()
        let outcome = store.add(bookmark)
        BookmarkStoreAccess.report(store)
        if case .keptInMemory(let error) = outcome {
            throw CommandFailure(message: Diagnostics.strings.format(.cliBookmarksNotSaved, ["reason": Diagnostics.strings.storeError(error)]),
                                 exitCode: ExitStatus.failure)
        }
        Output.printLine(bookmark.id.rawValue)
    }
}
