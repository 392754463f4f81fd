import ArgumentParser
import Foundation
import KiosqueCore

/// `kiosque search QUERY [PATH...] [--json]`: the articles matching a search, with a snippet
/// around each hit.
struct SearchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Print the articles matching a search, with a snippet around each hit.",
        discussion: """
            QUERY: words (all must occur), "a phrase", prefixes (nucl*); case and accents are \
            ignored (electricite finds électricité) and apostrophes split words (energie finds \
            l’énergie). The title and the shown paragraphs are searched. Text output: one line per \
            article (id, date, title, tab-separated) then one indented line per hit, the hit \
            between [ ]. Uses the index in $XDG_CACHE_HOME/kiosque (updated first; progress on \
            standard error when it is a terminal). Exit code 1 when nothing matches or some input \
            could not be read, 2 for a query that cannot be searched.
            """
    )

    @Argument(help: "What to search for.")
    var query: String

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print a JSON array: id, date, title, source, location, title_matches, matches (start, end, text, snippet, snippet_hit).")
    var json = false

    @OptionGroup var indexing: IndexOptions

    @Option(help: "Words of context on each side of a hit.")
    var context = 6

    mutating func run() throws {
        let parsed: SearchQuery
        do { parsed = try SearchQuery(query) } catch {
            throw CommandFailure(message: "cannot search for `\(query)`: \(error)", exitCode: ExitStatus.usage)
        }
        let paths = try corpus.inputs()
        var found: [Found] = []
        var issues: [LoadIssue] = []
        if indexing.useIndex(), let indexed = try searchIndex(parsed, paths: paths, issues: &issues) {
            found = indexed
        } else {
            let result = Library.load(paths: paths)
            issues = result.issues
            let matcher = SearchMatcher(parsed)
            found = MemorySearch(articles: result.articles).positions(matching: parsed).map { position in
                let article = result.articles[position]
                return Found(article: article, matches: matcher.matches(in: article))
            }
        }
        Diagnostics.report(issues)
        try print(found)
        try Output.failIfIssues(issues)
        if found.isEmpty {
            throw CommandFailure(message: "no article matches `\(query)`", exitCode: ExitStatus.failure)
        }
    }

    struct Found {
        var article: Article
        var matches: ArticleMatches
    }

    /// Searches through the index, brought up to date first; nil (after a warning) when the
    /// index cannot be used, so that the caller searches without it.
    private func searchIndex(_ query: SearchQuery, paths: [String], issues: inout [LoadIssue]) throws -> [Found]? {
        let loader: ArticleLoader
        do { loader = try ArticleLoader.bundled() } catch {
            throw CommandFailure(message: error.description, exitCode: ExitStatus.failure)
        }
        guard let indexed = IndexedCorpus.open(paths: paths, without: "searching every article") else { return nil }
        let catalogue = indexed.catalogue
        issues = indexed.issues
        let positions: [Int]
        do { positions = try indexed.index.search(query, in: catalogue) } catch {
            Diagnostics.warning("the index cannot be searched (\(error)); searching every article without it")
            return nil
        }
        let matcher = SearchMatcher(query)
        return positions.compactMap { position in
            switch loader.article(at: catalogue.place(at: position), expected: catalogue.ids[position]) {
            case .success(let article):
                let matches = matcher.matches(in: article)
                return matches.isMatch ? Found(article: article, matches: matches) : nil
            case .failure(let issue):
                issues.append(issue)
                return nil
            }
        }
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
