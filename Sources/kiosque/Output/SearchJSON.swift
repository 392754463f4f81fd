import KiosqueCore

/// One article of `kiosque search --json`: the fields of `list --json`, plus the hits.
struct SearchResultJSON: Encodable {
    var article: ArticleSummaryJSON
    /// Ranges of the hits in the title (code points into `title`).
    var title_matches: [RangeJSON]
    var matches: [MatchJSON]

    enum CodingKeys: String, CodingKey { case title_matches, matches }

    func encode(to encoder: Encoder) throws {
        try article.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(title_matches, forKey: .title_matches)
        try c.encode(matches, forKey: .matches)
    }
}

struct RangeJSON: Encodable {
    var start: Int
    var end: Int
}

/// One hit in the article text: its range (code points into the source text), the words found,
/// and the snippet around it with the hit's range inside the snippet.
struct MatchJSON: Encodable {
    var start: Int
    var end: Int
    var text: String
    var snippet: String
    var snippet_hit: RangeJSON
}
