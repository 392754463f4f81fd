import ArgumentParser
import KiosqueCore

/// `kiosque list [PATH...] [--json]`: one line per article.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles: id, date, title, source.",
        discussion: """
            With --entity NAME, only the articles mentioning an entity whose canonical name or text \
            contains NAME's words, ignoring case and accents (`lavrov` finds `Sergueï Lavrov`). \
            Exit code 1 when some input could not be read (the rest is still listed).
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print a JSON array of objects with keys id, date (ISO 8601), title, source, location.")
    var json = false

    @Option(help: "Keep the articles mentioning this entity (whole words, any case or accents).")
    var entity: String?

    mutating func run() throws {
        var result = try corpus.load()
        if let entity {
            guard let query = EntityQuery(entity) else {
                throw CommandFailure(message: "--entity needs a name with letters or digits", exitCode: ExitStatus.usage)
            }
            let index = EntityIndex(texts: result.articles.map(\.text), recognizer: try Recognition.recognizer())
            result.articles = index.texts(matching: query).map { result.articles[$0] }
        }
        if json {
            try Output.printJSON(result.articles.map(ArticleSummaryJSON.init))
        } else {
            for article in result.articles {
                let date = article.date?.iso8601 ?? "-"
                let source = article.source ?? article.location
                Output.printFields([article.id.rawValue, date, article.title, source])
            }
        }
        try Output.failIfIssues(result)
    }
}
