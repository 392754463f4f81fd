import ArgumentParser
import KiosqueCore

/// `kiosque list [PATH...] [--json]`: one line per article.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List the articles: id, date, title, source.",
        discussion: "Exit code 1 when some input could not be read (the rest is still listed)."
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print a JSON array of objects with keys id, date (ISO 8601), title, source, location.")
    var json = false

    mutating func run() throws {
        let result = try corpus.load()
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
