import ArgumentParser
import Foundation
import KiosqueCore

/// `kiosque search QUERY [PATH...] [--json]`: the articles matching a search, with a snippet
/// around each hit.
struct SearchCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "search",
            abstract: Help.text(.searchAbstract),
            discussion: Help.text(.searchDiscussion)
        )
    }

    @Argument(help: Help.argument(.searchArgumentQuery))
    var query: String

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: Help.argument(.searchOptionJson))
    var json = false

    @OptionGroup var indexing: IndexOptions

    @Option(help: Help.argument(.searchOptionContext))
    var context = 6

    @OptionGroup var filters: FilterOptions

    @Option(help: Help.argument(.searchOptionLimit))
    var limit: Int?

    mutating func run() throws {
        let parsed: SearchQuery
        do { parsed = try SearchQuery(query) } catch {
            throw CommandFailure(message: Diagnostics.strings.format(.cliSearchInvalid, ["query": query, "reason": Diagnostics.strings.searchQueryError(error)]),
                                 exitCode: ExitStatus.usage)
        }
        if let limit, limit < 1 {
            throw CommandFailure(message: Diagnostics.strings[.cliSearchLimit], exitCode: ExitStatus.usage)
        }
        let resolved = try filters.resolved()
        let corpus = try CommandCorpus.open(paths: try self.corpus.inputs(), indexing: indexing,
                                            without: .searching)
        defer { corpus.close() }
        var issues = corpus.issues
        let positions: [Int]
        do { positions = try corpus.rows(resolved.filter(search: parsed)) } catch { throw CommandCorpus.failure(error) }
        // The full-text index finds candidates; each is confirmed on its text (phrases, offsets),
        // lazily, so that --limit reads no more articles than it prints.
        let matcher = SearchMatcher(parsed)
        let confirmed = positions.lazy.compactMap { position -> Found? in
            switch corpus.article(at: position) {
            case .success(let loaded):
                let matches = matcher.matches(in: loaded.article)
                return matches.isMatch ? Found(article: loaded.article, matches: matches) : nil
            case .failure(let issue):
                Diagnostics.report([issue])
                issues.append(issue)
                return nil
            }
        }
        let found = Array(confirmed.prefix(limit ?? Int.max))
        try print(found)
        try Output.failIfIssues(issues)
        if found.isEmpty {
            throw CommandFailure(message: Diagnostics.strings.format(.cliSearchNoMatch, ["query": query]), exitCode: ExitStatus.failure)
        }
    }

    struct Found {
        var article: Article
        var matches: ArticleMatches
    }

    private func print(_ found: [Found]) throws {
        if json {
            try Output.printJSON(found.map { item in
                let article = item.article
                let scalars = Array(article.text.unicodeScalars)
                return SearchResultJSON(
                    article: ArticleSummaryJSON(ListedArticle(article)),
                    title_matches: item.matches.title.map { RangeJSON(start: $0.start, end: $0.end) },
                    matches: item.matches.text.map { hit in
                        let snippet = snippet(scalars, hit, article)
                        let hitStart = snippet.before.unicodeScalars.count
                        return MatchJSON(start: hit.start, end: hit.end, text: snippet.hit, snippet: snippet.plain,
                                         snippet_hit: RangeJSON(start: hitStart, end: hitStart + snippet.hit.unicodeScalars.count))
                    })
            })
            return
        }
        for item in found {
            let article = item.article
            Output.printFields([article.id.rawValue, article.date?.iso8601 ?? "-", Self.marked(article.title, item.matches.title)])
            let scalars = Array(article.text.unicodeScalars)
            for hit in item.matches.text {
                Output.printLine("    " + snippet(scalars, hit, article).marked)
            }
        }
    }

    private func snippet(_ scalars: [Unicode.Scalar], _ hit: TextRange, _ article: Article) -> SearchSnippet {
        let paragraph = article.paragraphs.first { $0.range.start <= hit.start && hit.end <= $0.range.end }?.range
            ?? TextRange(0, scalars.count)
        return SearchSnippet(text: scalars, hit: hit, paragraph: paragraph, words: max(0, context))
    }

    /// `text` with each range between `[` `]`.
    static func marked(_ text: String, _ ranges: [TextRange]) -> String {
        guard !ranges.isEmpty else { return text }
        var out = String.UnicodeScalarView()
        for (offset, scalar) in text.unicodeScalars.enumerated() {
            if ranges.contains(where: { $0.end == offset }) { out.append("]") }
            if ranges.contains(where: { $0.start == offset }) { out.append("[") }
            out.append(scalar)
        }
        if ranges.contains(where: { $0.end == text.unicodeScalars.count }) { out.append("]") }
        return String(out)
    }
}
