import ArgumentParser
import KiosqueCore

/// `kiosque bookmarks add ID --start N --end M [--note TEXT] [--tag T...] [PATH...]`: bookmarks a passage
/// without the reader (for scripts and tests).
struct BookmarksAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            abstract: Help.text(.bookmarksAddAbstract),
            discussion: Help.text(.bookmarksAddDiscussion)
        )
    }

    @Argument(help: Help.argument(.bookmarksAddArgumentId))
    var id: String

    @Option(help: Help.argument(.bookmarksAddOptionStart))
    var start: Int

    @Option(help: Help.argument(.bookmarksAddOptionEnd))
    var end: Int

    /// Taken whatever it starts with: a note such as `-2 % en un an` is text, not an option.
    @Option(parsing: .unconditional, help: Help.argument(.bookmarksAddOptionNote))
    var note: String = ""

    @Option(name: .customLong("tag"), help: Help.argument(.bookmarksAddOptionTag))
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
