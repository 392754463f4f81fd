/// One part of a query that must occur in an article: a word, a prefix or a phrase, as folded words
/// that must follow each other (`l'energie` is the two words `l energie`).
public struct SearchTerm: Hashable, Sendable {
    /// Folded words, in order, at least one.
    public var words: [String]
    /// True when the last word is a prefix (`nucl*`).
    public var lastIsPrefix: Bool
    /// True when typed between quotes.
    public var quoted: Bool

    public init(words: [String], lastIsPrefix: Bool = false, quoted: Bool = false) {
        self.words = words
        self.lastIsPrefix = lastIsPrefix
        self.quoted = quoted
    }

    /// True when the term's words start at `tokens[index]`.
    func matches(_ tokens: [SearchToken], at index: Int) -> Bool {
        guard index + words.count <= tokens.count else { return false }
        let last = words.count - 1
        for k in 0..<last where tokens[index + k].word != words[k] { return false }
        let token = tokens[index + last].word
        return lastIsPrefix ? token.hasPrefix(words[last]) : token == words[last]
    }

    /// The term as an FTS5 string: words contain only letters and digits, so quoting them can
    /// never produce an FTS5 syntax error.
    var ftsExpression: String {
        "\"" + words.joined(separator: " ") + "\"" + (lastIsPrefix ? "*" : "")
    }
}
