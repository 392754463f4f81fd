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
            With --sector S (repeatable; `energie` or `ENE` finds `énergie`), only the articles \
            about any of the sectors (level 1 or 2), central ones (2) first; each line then ends \
            with the article's levels for them (`ENE:2`), and JSON objects get `sectors`. \
            Exit code 1 when some input could not be read (the rest is still listed).
            """
    )

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print a JSON array of objects with keys id, date (ISO 8601), title, source, location.")
    var json = false

    @Option(help: "Keep the articles mentioning this entity (whole words, any case or accents).")
    var entity: String?

    @Option(name: .customLong("sector"), help: "Keep the articles about this sector (repeatable: any of them).")
    var sectors: [String] = []

    mutating func run() throws {
        var result = try corpus.load()
        if let entity {
            guard let query = EntityQuery(entity) else {
                throw CommandFailure(message: "--entity needs a name with letters or digits", exitCode: ExitStatus.usage)
            }
            let index = EntityIndex(texts: result.articles.map(\.text), recognizer: try Recognition.recognizer())
            result.articles = index.texts(matching: query).map { result.articles[$0] }
        }
        var levels: [[SectorLevel]]? = nil
        var selected: [Sector] = []
        if !sectors.isEmpty {
            let classifier = try Recognition.sectorClassifier()
            for name in sectors {
                guard let sector = classifier.taxonomy.sector(named: name) else {
                    let known = classifier.taxonomy.sectors.map(\.name).joined(separator: ", ")
                    throw CommandFailure(message: "unknown sector `\(name)`; sectors: \(known)", exitCode: ExitStatus.usage)
                }
                if !selected.contains(sector) { selected.append(sector) }
            }
            let chosen = selected
            let found = ParallelMap.map(result.articles, chunkSize: 8) { article in
                let analysis = classifier.classify(article)
                return chosen.map { analysis.level($0) }
            }
            // Any of the sectors; central ones first, input order otherwise (a stable sort).
            let kept = found.indices.filter { found[$0].contains { $0 != .absent } }
                .enumerated().sorted { a, b in
                    let la = found[a.element].max() ?? .absent, lb = found[b.element].max() ?? .absent
                    return la != lb ? la > lb : a.offset < b.offset
                }.map(\.element)
            result.articles = kept.map { result.articles[$0] }
            levels = kept.map { found[$0] }
        }
        if json {
            try Output.printJSON(result.articles.indices.map { i in
                var summary = ArticleSummaryJSON(result.articles[i])
                if let levels {
                    summary.sectors = Dictionary(uniqueKeysWithValues: zip(selected.map(\.name), levels[i].map(\.rawValue)))
                }
                return summary
            })
        } else {
            for (i, article) in result.articles.enumerated() {
                let date = article.date?.iso8601 ?? "-"
                let source = article.source ?? article.location
                var fields = [article.id.rawValue, date, article.title, source]
                if let levels {
                    fields.append(zip(selected, levels[i]).map { "\($0.key):\($1.rawValue)" }.joined(separator: " "))
                }
                Output.printFields(fields)
            }
        }
        try Output.failIfIssues(result)
    }
}
