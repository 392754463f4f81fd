/// What search reads of an article: its title and its shown paragraphs (page debris, datelines and
/// the title block are left out: a match there could never be shown), as folded words.
///
/// The full-text index stores `indexedTitle` and `indexedBody`; `SearchMatcher` finds its ranges in
/// the same tokens, so both agree on which articles match.
public struct SearchDocument: Sendable {
    /// Words of `Article.title`, ranges into the title.
    public var title: [SearchToken]
    /// Words of the body paragraphs in order, ranges into `Article.text`.
    public var body: [SearchToken]

    public init(title: [SearchToken], body: [SearchToken]) {
        self.title = title
        self.body = body
    }

    public init(_ article: Article) {
        title = SearchTokenizer.tokens(in: article.title)
        var body: [SearchToken] = []
        let shown = article.paragraphs.filter { $0.role.isShown }
        if !shown.isEmpty {
            let scalars = ScalarArray.of(article.text)
            for paragraph in shown {
                SearchTokenizer.tokens(in: scalars, range: paragraph.range, into: &body)
            }
        }
        self.body = body
    }

    /// The title column of the full-text index: folded words joined by spaces.
    public var indexedTitle: String { Self.joined(title) }
    /// The body column of the full-text index.
    public var indexedBody: String { Self.joined(body) }

    static func joined(_ tokens: [SearchToken]) -> String {
        var out = ""
        out.reserveCapacity(tokens.reduce(0) { $0 + $1.word.utf8.count + 1 })
        for (i, token) in tokens.enumerated() {
            if i > 0 { out.append(" ") }
            out.append(token.word)
        }
        return out
    }
}
