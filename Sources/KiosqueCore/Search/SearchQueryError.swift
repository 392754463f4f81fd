/// Why a search query cannot be run, in words for the person who typed it.
public enum SearchQueryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Nothing typed.
    case empty
    /// A `"` opens a phrase that is never closed.
    case unbalancedQuote
    /// Only punctuation or symbols: no word to look for.
    case noWords
    /// More distinct terms than `SearchQuery.maxTerms`.
    case tooManyTerms(Int)

    public var description: String {
        switch self {
        case .empty: return "the search is empty; type words, a \"phrase\" or a prefix such as nucl*"
        case .unbalancedQuote: return "a quote opens a phrase that is never closed; add the closing \" or remove the quote"
        case .noWords: return "the search has no word (letters or digits) to look for"
        case .tooManyTerms(let count):
            return "the search has \(count) different terms; keep at most \(SearchQuery.maxTerms) (every term must occur)"
        }
    }
}
