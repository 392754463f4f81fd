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
///
/// The case of the token is decided once, when it is made: the rules ask for it many times.
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
    /// First letter upper case (`Mali`, `État`, `ONU`); words and elisions only.
    public let isCapitalized: Bool
    /// Two or more letters, all upper case (`ONU`, `EDF`); digits allowed after the first (`G20`).
    public let isAllCaps: Bool
    /// A word starting with a lower-case letter (`ministre`, `vice-président`).
    public let isLowercaseWord: Bool
    /// The number of code points of `text`.
    public var length: Int { range.length }

    public init(kind: TokenKind, range: TextRange, text: String, folded: String, startsLine: Bool) {
        self.init(kind: kind, range: range, text: text, folded: folded, startsLine: startsLine, scalars: text.unicodeScalars)
    }

    /// The same, reading the case from `scalars`, the code points of `text` (the tokenizer has
    /// them as an array already: walking the string again cost a twentieth of the recogniser).
    init<C: Collection<Unicode.Scalar>>(kind: TokenKind, range: TextRange, text: String, folded: String, startsLine: Bool, scalars: C) {
        self.kind = kind
        self.range = range
        self.text = text
        self.folded = folded
        self.startsLine = startsLine
        let first = scalars.first
        isCapitalized = (kind == .word || kind == .elision) && (first?.isUppercaseLetter ?? false)
        isLowercaseWord = kind == .word && (first?.isLowercaseLetter ?? false)
        isAllCaps = kind == .word && Self.allCaps(scalars)
    }

    private static func allCaps<C: Collection<Unicode.Scalar>>(_ scalars: C) -> Bool {
        var letters = 0
        for s in scalars {
            if s.isLowercaseLetter { return false }
            if s.isLetter { letters += 1 }
        }
        return letters >= 2
    }
}
