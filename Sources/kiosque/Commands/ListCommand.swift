import ArgumentParser
import KiosqueCore

/// `kiosque list [PATH...] [--json]`: one line per article.
struct ListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            abstract: Help.text(.listAbstract),
            discussion: Help.text(.listDiscussion)
        )
    }

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var indexing: IndexOptions

    @Flag(help: Help.argument(.listOptionJson))
    var json = false

    @OptionGroup var filters: FilterOptions

    @Option(help: Help.argument(.listOptionOrder))
    var order: CommandOrder?

    @Option(help: Help.argument(.listOptionView))
    var view: String?

    @Flag(help: Help.argument(.listOptionViews))
    var views = false

    mutating func run() throws {
        if views { return try SavedViewsCommand.list(json: json) }
        var resolved = try filters.resolved()
        var search: SearchQuery?
        var filter = resolved.filter()
        if let name = view {
            let saved = try SavedViewsCommand.find(name)
            try SavedViewsCommand.apply(saved.view, to: &filter, resolved: &resolved, options: filters)
            search = filter.search
            if order == nil, let viewOrder = saved.view.listOrder {
                filter.order = viewOrder.base == .corpus ? .corpus : viewOrder
            }
        }
        let (classifier, selected) = (resolved.classifier, resolved.sectors)
        let corpus = try CommandCorpus.open(paths: try self.corpus.inputs(), indexing: indexing, without: .listing)
        defer { corpus.close() }
        let catalogue = corpus.catalogue
        var rows: [Int]
        var issues = corpus.issues
        do {
            // Any of the sectors; central ones first, input order otherwise.
            if let order { filter.order = order.listOrder }
            rows = try corpus.rows(filter)
        } catch {
            throw CommandCorpus.failure(error)
        }
        if let search {
            // The index finds candidates; each is confirmed on its text, as `kiosque search` does.
            let matcher = SearchMatcher(search)
            rows = rows.filter { position in
                switch corpus.article(at: position) {
                case .success(let loaded): return matcher.matches(in: loaded.article).isMatch
                case .failure(let issue):
                    Diagnostics.report([issue])
                    issues.append(issue)
                    return false
                }
            }
        }
        let levels = classifier.map { _ in rows.map { row in selected.map { catalogue.sectorLevel(at: row, sector: $0) } } }
        let names = classifier.map { classifier in selected.map { classifier.taxonomy.sectors[$0] } } ?? []
        if json {
            try Output.printJSON(rows.enumerated().map { i, row in
                var summary = ArticleSummaryJSON(ListedArticle(catalogue, at: row))
                if let levels {
                    summary.sectors = Dictionary(uniqueKeysWithValues: zip(names.map(\.name), levels[i].map(\.rawValue)))
                }
                return summary
            })
        } else {
            for (i, row) in rows.enumerated() {
                let article = ListedArticle(catalogue, at: row)
                var fields = [article.id.rawValue, article.date?.iso8601 ?? "-", article.title, article.source ?? article.location]
                if let levels {
                    fields.append(zip(names, levels[i]).map { "\($0.key):\($1.rawValue)" }.joined(separator: " "))
                }
                Output.printFields(fields)
            }
        }
        try Output.failIfIssues(issues)
    }
}

/// The orders `kiosque list --order` takes.
enum CommandOrder: String, CaseIterable, ExpressibleByArgument {
    case newest, oldest, outlet

    var listOrder: ListOrder {
        switch self {
        case .newest: return .newest
        case .oldest: return .oldest
        case .outlet: return .outlet
        }
    }
}
