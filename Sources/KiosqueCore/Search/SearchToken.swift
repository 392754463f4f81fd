/// A folded word of a text (`énergie` -> `energie`) and where it lies in the text.
public struct SearchToken: Hashable, Sendable {
    /// Lower case, accents removed, ligatures spelled out (`cœur` -> `coeur`): letters and digits only.
    public var word: String
    /// Code point offsets of the word as written.
    public var range: TextRange

    public init(word: String, range: TextRange) {
        self.word = word
        self.range = range
    }
}
