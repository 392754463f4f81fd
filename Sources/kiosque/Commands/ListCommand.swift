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
            with the article's levels for them (`ENE:2`), and JSON objects get `sectors`. Both \
            read the analyses in the index ($XDG_CACHE_HOME/kiosque, updated first; progress on \
            standard error when it is a terminal). Exit code 1 when some input could not be read \
            (the rest is still listed).
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var indexing: IndexOptions

    @Flag(help: "Print a JSON array of objects with keys id, date (ISO 8601), title, source, location.")
    var json = false

    @Option(help: "Keep the articles mentioning this entity (whole words, any case or accents).")
    var entity: String?

    @Option(name: .customLong("sector"), help: "Keep the articles about this sector (repeatable: any of them).")
    var sectors: [String] = []

    mutating func run() throws {
        let entityQuery = try entity.map { name in
            guard let query = EntityQuery(name) else {
                throw CommandFailure(message: "--entity needs a name with letters or digits", exitCode: ExitStatus.usage)
            }
            return query
        }
        var classifier: SectorClassifier?
        var selected: [Int] = []
        if !sectors.isEmpty {
            let loaded = try Recognition.sectorClassifier()
            for name in sectors {
                guard let sector = loaded.taxonomy.sector(named: name),
                      let s = loaded.taxonomy.sectors.firstIndex(of: sector) else {
                    let known = loaded.taxonomy.sectors.map(\.name).joined(separator: ", ")
                    throw CommandFailure(message: "unknown sector `\(name)`; sectors: \(known)", exitCode: ExitStatus.usage)
                }
                if !selected.contains(s) { selected.append(s) }
            }
            classifier = loaded
        }
        let articles = try listedArticles(entity: entityQuery, classifier: classifier)
        var rows = Array(articles.rows.indices)
        var levels: [[SectorLevel]]? = nil
        if let all = articles.levels {
            let chosen = rows.map { row in selected.map { all[row][$0] } }
            // Any of the sectors; central ones first, input order otherwise (a stable sort).
            let kept = chosen.indices.filter { chosen[$0].contains { $0 != .absent } }
                .sorted { a, b in
                    let la = chosen[a].max() ?? .absent, lb = chosen[b].max() ?? .absent
                    return la != lb ? la > lb : a < b
                }
            levels = kept.map { chosen[$0] }
            rows = kept.map { rows[$0] }
        }
        let names = classifier.map { classifier in selected.map { classifier.taxonomy.sectors[$0] } } ?? []
        if json {
            try Output.printJSON(rows.enumerated().map { i, row in
                var summary = ArticleSummaryJSON(articles.rows[row])
                if let levels {
                    summary.sectors = Dictionary(uniqueKeysWithValues: zip(names.map(\.name), levels[i].map(\.rawValue)))
                }
                return summary
            })
        } else {
            for (i, row) in rows.enumerated() {
                let article = articles.rows[row]
                var fields = [article.id.rawValue, article.date?.iso8601 ?? "-", article.title, article.source ?? article.location]
                if let levels {
                    fields.append(zip(names, levels[i]).map { "\($0.key):\($1.rawValue)" }.joined(separator: " "))
                }
                Output.printFields(fields)
            }
        }
        try Output.failIfIssues(articles.issues)
    }

    /// The articles to list (those mentioning `entity` when given), and every sector level of
    /// each when `classifier` is given: from the index when an analysis is needed and the index
    /// can be used, else read and analysed here.
    private func listedArticles(entity: EntityQuery?, classifier: SectorClassifier?) throws
        -> (rows: [ListedArticle], levels: [[SectorLevel]]?, issues: [LoadIssue]) {
        let paths = try corpus.inputs()
        if entity != nil || classifier != nil, indexing.useIndex(),
           let indexed = IndexedCorpus.open(paths: paths, without: "listing") {
            Diagnostics.report(indexed.issues)
            let catalogue = indexed.catalogue
            var positions = Array(0..<catalogue.count)
            if let entity {
                let analyses = try indexed.analyses()
                positions = EntityIndex(entities: analyses.map { $0?.entities ?? [] }).texts(matching: entity)
            }
            return (positions.map { ListedArticle(catalogue, at: $0) },
                    classifier.map { _ in positions.map { catalogue.sectorLevels(at: $0) } },
                    indexed.issues)
        }
        let result = try corpus.load()
        var articles = result.articles
        if let entity {
            let index = EntityIndex(texts: articles.map(\.text), recognizer: try Recognition.recognizer())
            articles = index.texts(matching: entity).map { articles[$0] }
        }
        let levels = classifier.map { classifier in
            ParallelMap.map(articles, chunkSize: 8) { classifier.classify($0).article.map(\.level) }
        }
        return (articles.map(ListedArticle.init), levels, result.issues)
    }
}
