/// What a token of French text is.
public enum TokenKind: Hashable, Sendable {
    /// Letters, possibly hyphenated (`Russie-Afrique`, `Jean-Claude`, `peut-être`).
    case word
    /// An elided word with its apostrophe (`l’`, `d'`, `qu’`, `jusqu’`).
    case elision
    /// Digits, possibly grouped with spaces (`1 500`), a decimal part (`3,5`) or a suffix (`1er`).
    case number
    /// Opening or closing quotation marks (`«`, `»`, `“`, `”`, `"`).
    case quote
    /// Any other non-space character, one per token.
    case punctuation
}

/// One token of a text, with its place as code point offsets into that text.
public struct Token: Hashable, Sendable {
    public var kind: TokenKind
    /// Code point offsets into the tokenised text.
    public var range: TextRange
    /// The token exactly as written.
    public var text: String
    /// `Folding.fold(text)`: the key for every lexicon lookup.
    public var folded: String
    /// True when a line break lies between the previous token and this one (or it starts the text).
    public var startsLine: Bool

    public init(kind: TokenKind, range: TextRange, text: String, folded: String, startsLine: Bool) {
        self.kind = kind
        self.range = range
        self.text = text
        self.folded = folded
        self.startsLine = startsLine
    }

    /// First letter upper case (`Mali`, `État`, `ONU`).
    public var isCapitalized: Bool {
        guard kind == .word || kind == .elision, let first = text.unicodeScalars.first else { return false }
        return first.properties.isUppercase
    }

    /// Two or more letters, all upper case (`ONU`, `EDF`); digits allowed after the first (`G20`).
    public var isAllCaps: Bool {
        guard kind == .word, text.unicodeScalars.count >= 2 else { return false }
        var letters = 0
        for s in text.unicodeScalars {
            if s.properties.isLowercase { return false }
            if s.properties.isAlphabetic { letters += 1 }
        }
        return letters >= 2
    }

    /// Only lower-case letters and hyphens (`ministre`, `vice-président`).
    public var isLowercaseWord: Bool {
        guard kind == .word, let first = text.unicodeScalars.first else { return false }
        return first.properties.isLowercase
    }
}
