import ArgumentParser
import KiosqueCore

/// `kiosque show ID [PATH...] [--json]`: one article with its paragraphs and their source ranges.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one article: title, date, paragraphs with their source ranges.",
        discussion: """
            Ranges are code point offsets [start, end) into the article's source text (the decoded \
            file, or the JSONL `text` field). Exit code 1 when there is no such article.
            """
    )

    @Argument(help: "The article id: a file name without extension, or a JSONL `id`.")
    var id: String

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print the article as a JSON object, with every paragraph, sentence and entity.")
    var json = false

    mutating func run() throws {
        let result = try corpus.load()
        guard let article = result.articles.first(where: { $0.id.rawValue == id }) else {
            throw CommandFailure(
                message: "no article with id '\(id)' (\(result.articles.count) articles read); `kiosque list` shows the ids",
                exitCode: ExitStatus.failure)
        }
        if json {
            let entities = try Recognition.recognizer().entities(in: article.text)
            try Output.printJSON(ArticleDetailJSON(article, entities: entities))
        } else {
            Output.printLine(article.title)
            var meta = [article.date?.iso8601, article.source, article.location, article.url].compactMap { $0 }
            meta.append(contentsOf: article.notes)
            Output.printLine(meta.joined(separator: " · "))
            for paragraph in article.paragraphs where paragraph.role != .boilerplate {
                Output.printLine("")
                let text = paragraph.sentences.map(\.text).joined(separator: " ")
                Output.printLine("[\(paragraph.range.start)..<\(paragraph.range.end)] \(paragraph.role.rawValue)")
                Output.printLine(text)
            }
        }
    }
}
