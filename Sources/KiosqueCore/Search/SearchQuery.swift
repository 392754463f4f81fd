/// A parsed search: every term must occur (in the title or the shown text), in any case and with
/// or without accents.
///
/// Syntax: words (`electricite nucleaire`: both must occur), `"a phrase"` (words next to each
/// other, in order), prefixes (`nucl*`, also `"energie nucl"*`). Apostrophes and hyphens split
/// words as in the text, so `l'energie` is the phrase `l energie` and finds `l’énergie`.
public struct SearchQuery: Hashable, Sendable, CustomStringConvertible {
    /// The query as typed.
    public let text: String
    public let terms: [SearchTerm]

    /// Parses `text`; throws a `SearchQueryError` for an empty query, an unclosed quote, or a
    /// query without any word. `typing`: the query is being typed (search as you type), so its
    /// last word, when bare, not followed by a space and at least `typingPrefixLength` letters
    /// long, is a prefix (`nucl` finds `nucléaire`).
    public init(_ text: String, typing: Bool = false) throws(SearchQueryError) {
        self.text = text
        let scalars = Array(text.unicodeScalars)
        guard scalars.contains(where: { !$0.properties.isWhitespace }) else { throw .empty }
        var terms: [SearchTerm] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.properties.isWhitespace {
                index += 1
            } else if Self.isQuote(scalar) {
                guard let close = scalars[(index + 1)...].firstIndex(where: Self.isQuote) else { throw .unbalancedQuote }
                let inner = String(String.UnicodeScalarView(scalars[(index + 1)..<close]))
                index = close + 1
                let prefix = index < scalars.count && scalars[index] == "*"
                if prefix { index += 1 }
                let words = SearchTokenizer.words(inner)
                if !words.isEmpty { terms.append(SearchTerm(words: words, lastIsPrefix: prefix, quoted: true)) }
            } else {
                var end = index
                while end < scalars.count, !scalars[end].properties.isWhitespace, !Self.isQuote(scalars[end]) { end += 1 }
                let raw = String(String.UnicodeScalarView(scalars[index..<end]))
                index = end
                let words = SearchTokenizer.words(raw)
                if !words.isEmpty {
                    terms.append(SearchTerm(words: words, lastIsPrefix: raw.hasSuffix("*") && Self.endsWithWord(raw)))
                }
            }
        }
        guard !terms.isEmpty else { throw .noWords }
        // A term typed twice asks nothing more: search it once (`macron` ×1,700 ran 1,700 lookups).
        var seen: Set<SearchTerm> = []
        terms = terms.filter { seen.insert($0).inserted }
        guard terms.count <= Self.maxTerms else { throw .tooManyTerms(terms.count) }
        if typing, let last = terms.last, !last.quoted, let end = scalars.last,
           SearchTokenizer.isWordScalar(end), (last.words.last?.count ?? 0) >= Self.typingPrefixLength {
            terms[terms.count - 1].lastIsPrefix = true
        }
        self.terms = terms
    }

    /// The FTS5 MATCH expression: every term quoted, all required (implicit AND).
    public var ftsExpression: String { terms.map(\.ftsExpression).joined(separator: " ") }

    public var description: String { text }

    /// The shortest last word taken as a prefix while typing: a one-letter prefix matches nearly
    /// every article and takes about 0.2 s over 100,000 (BENCHMARKS.md); two and three letters
    /// have prefix indexes in the index (`IndexSchema`) and take 10 to 23 ms. The reader also
    /// cancels a running search as soon as the next key is typed.
    public static let typingPrefixLength = 2

    /// The most distinct terms a query may have: each is a full-text lookup and a pass of the
    /// matcher over the open article; no real query comes near it.
    public static let maxTerms = 32

    /// Straight and typographic double quotes, and French guillemets, open and close phrases.
    static func isQuote(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar {
        case "\"", "\u{201C}", "\u{201D}", "\u{AB}", "\u{BB}": return true
        default: return false
        }
    }

    /// True when the `*` ends a word (`nucl*`), not a lone or punctuation star (`(*`).
    private static func endsWithWord(_ raw: String) -> Bool {
        let trimmed = raw.unicodeScalars.reversed().drop { $0 == "*" }
        return trimmed.first.map(SearchTokenizer.isWordScalar) ?? false
    }
}
