/// Finds a query's matches in text, in Swift, on the same folded words the full-text index holds,
/// so that the reader can highlight them and step through them.
public struct SearchMatcher: Sendable {
    public let query: SearchQuery

    public init(_ query: SearchQuery) {
        self.query = query
    }

    /// The matches in an article's title and shown paragraphs.
    public func matches(in article: Article) -> ArticleMatches {
        matches(in: SearchDocument(article))
    }

    /// The matches in an article's search words.
    public func matches(in document: SearchDocument) -> ArticleMatches {
        var found = [Bool](repeating: false, count: query.terms.count)
        let title = ranges(in: document.title, found: &found)
        let text = ranges(in: document.body, found: &found)
        return ArticleMatches(title: title, text: text, isMatch: found.allSatisfy { $0 })
    }

    /// The ranges of every term's occurrences in `text` (any text: a snippet, a title).
    public func ranges(in text: String) -> [TextRange] {
        var found = [Bool](repeating: false, count: query.terms.count)
        return ranges(in: SearchTokenizer.tokens(in: text), found: &found)
    }

    /// Ranges of all occurrences in `tokens`, sorted and merged where they overlap; `found[t]` is
    /// set when term `t` occurs.
    func ranges(in tokens: [SearchToken], found: inout [Bool]) -> [TextRange] {
        var ranges: [TextRange] = []
        for index in tokens.indices {
            for (t, term) in query.terms.enumerated() where term.matches(tokens, at: index) {
                found[t] = true
                ranges.append(TextRange(tokens[index].range.start, tokens[index + term.words.count - 1].range.end))
            }
        }
        ranges.sort { ($0.start, $0.end) < ($1.start, $1.end) }
        var merged: [TextRange] = []
        for range in ranges {
            if let last = merged.last, range.start < last.end {
                merged[merged.count - 1] = TextRange(last.start, max(last.end, range.end))
            } else {
                merged.append(range)
            }
        }
        return merged
    }
}
