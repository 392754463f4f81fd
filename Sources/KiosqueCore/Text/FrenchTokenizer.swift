/// Splits French text into tokens with code point ranges.
///
/// - Elisions keep their apostrophe, either `’` or `'`: `l’Algérie` -> `l’`, `Algérie`.
/// - Hyphenated words stay whole: `Russie-Afrique`, `Jean-Claude`, `Val-d’Oise` (an elided `d’`
///   after a hyphen and before a capital is inside the name).
/// - Numbers keep thousands groups separated by a space, NBSP or narrow NBSP (`1 500`), a decimal
///   part (`3,5`) and an ordinal suffix (`1er`, `XXe` is a word).
/// - Spaces of every kind (NBSP, narrow NBSP included) separate tokens and are never tokens.
public struct FrenchTokenizer: Sendable {
    /// Lower-case words that elide before a vowel (`l’`, `qu’`, `jusqu’`).
    static let elidable: Set<String> = [
        "l", "d", "j", "m", "n", "s", "t", "c", "qu", "jusqu", "lorsqu", "puisqu", "quoiqu", "presqu",
    ]

    public init() {}

    /// The tokens of `text`, in order.
    public func tokens(in text: String) -> [Token] {
        tokens(in: ScalarArray.of(text))
    }

    /// The tokens of a text given as its code points, in order.
    public func tokens(in scalars: [Unicode.Scalar]) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(scalars.count / 5)
        var i = 0
        var lineStart = true
        let n = scalars.count
        while i < n {
            let s = scalars[i]
            if Self.isSpace(s) {
                if s == "\n" || s == "\r" || s == "\u{2028}" || s == "\u{2029}" { lineStart = true }
                i += 1
                continue
            }
            let start = i
            let kind: TokenKind
            if Self.isLetter(s) {
                (i, kind) = word(scalars, from: i)
            } else if Self.isDigit(s) {
                i = number(scalars, from: i)
                kind = .number
            } else {
                i += 1
                kind = Self.isQuote(s) ? .quote : .punctuation
            }
            let range = TextRange(start, i)
            // Most tokens are lower-case ASCII, written as they fold: one string serves as both.
            let surface: String
            let folded: String
            if let same = Self.plainASCII(scalars, range) {
                (surface, folded) = (same, same)
            } else {
                surface = scalars.string(range)
                folded = Folding.fold(scalars, range) ?? Folding.fold(surface)
            }
            tokens.append(Token(kind: kind, range: range, text: surface, folded: folded, startsLine: lineStart,
                                scalars: scalars[start..<i]))
            lineStart = false
        }
        return tokens
    }

    /// The text of `range` when it is ASCII without capitals (then it is its own folded form), in
    /// one pass; nil otherwise.
    static func plainASCII(_ scalars: [Unicode.Scalar], _ range: TextRange) -> String? {
        var plain = true
        let text = String(unsafeUninitializedCapacity: range.length) { buffer in
            for k in 0..<range.length {
                let value = scalars[range.start + k].value
                if value >= 0x80 || (value >= 0x41 && value <= 0x5A) {
                    plain = false
                    return 0
                }
                buffer[k] = UInt8(truncatingIfNeeded: value)
            }
            return range.length
        }
        return plain ? text : nil
    }

    /// Reads a word from `start`; returns its end and whether it is an elision.
    private func word(_ s: [Unicode.Scalar], from start: Int) -> (Int, TokenKind) {
        var i = start
        let n = s.count
        while i < n {
            if Self.isLetter(s[i]) || Self.isMark(s[i]) || (Self.isDigit(s[i]) && i > start) {
                i += 1
            } else if Self.isHyphen(s[i]), i + 1 < n, Self.isLetter(s[i + 1]) || Self.isDigit(s[i + 1]) {
                i += 2
            } else if Self.isApostrophe(s[i]), i + 1 < n, Self.isLetter(s[i + 1]) {
                let head = Folding.fold(s, TextRange(start, i)) ?? ""
                if Self.elidable.contains(head) { return (i + 1, .elision) }
                if head == "aujourd" || (i - start == 1 && s[start].properties.isUppercase) {
                    i += 2 // aujourd’hui, O’Brien
                } else if i - start >= 3, Self.elidedJoiners.contains(s[i - 1]), Self.isHyphen(s[i - 2]), s[i + 1].properties.isUppercase {
                    i += 2 // Val-d’Oise, Saint-Jean-d’Angély, Gonfreville-l’Orcher: one name
                } else {
                    return (i, .word)
                }
            } else {
                break
            }
        }
        return (i, .word)
    }

    /// Reads a number from `start`: digits, `1 500` groups, `3,5` decimals, `1er` suffixes.
    private func number(_ s: [Unicode.Scalar], from start: Int) -> Int {
        let n = s.count
        var i = start
        while i < n, Self.isDigit(s[i]) { i += 1 }
        // Thousands groups: a lead of at most three digits, then space + exactly three digits.
        if i - start <= 3 {
            while i + 3 < n, s[i] == " " || s[i] == "\u{A0}" || s[i] == "\u{202F}",
                  Self.isDigit(s[i + 1]), Self.isDigit(s[i + 2]), Self.isDigit(s[i + 3]),
                  i + 4 == n || !Self.isDigit(s[i + 4]) {
                i += 4
            }
        }
        if i + 1 < n, s[i] == "," || s[i] == ".", Self.isDigit(s[i + 1]) {
            i += 1
            while i < n, Self.isDigit(s[i]) { i += 1 }
        }
        // Ordinal and unit-less suffixes glued to the digits: 1er, 2e, 3ème, 1re.
        var j = i
        while j < n, Self.isLetter(s[j]), j - i < 3 { j += 1 }
        if j > i, j - i <= 3, j == n || !Self.isLetter(s[j]) {
            if let suffix = Folding.fold(s, TextRange(i, j)), Self.ordinalSuffixes.contains(suffix) { i = j }
        }
        return i
    }

    static let ordinalSuffixes: Set<String> = ["er", "re", "e", "eme", "nd", "nde", "es", "ers", "res"]
    /// A quotation mark (`«`, `»`, `“`, `”`, `"`, `‹`, `›`, `„`): a switch, not a set, since it is
    /// asked at every punctuation mark.
    static func isQuote(_ s: Unicode.Scalar) -> Bool {
        switch s {
        case "«", "»", "“", "”", "\"", "‹", "›", "„": return true
        default: return false
        }
    }

    static func isSpace(_ s: Unicode.Scalar) -> Bool {
        s == " " || s == "\n" || s == "\t" || s == "\r" || s == "\u{A0}" || s == "\u{202F}"
            || (s.value >= 0x80 && s.properties.isWhitespace)
    }

    /// A letter (`ScalarClasses`), combining marks excluded: they continue a word, never start one.
    static func isLetter(_ s: Unicode.Scalar) -> Bool {
        s.isLetter && (s.value < 0x300 || !isMark(s))
    }

    static func isMark(_ s: Unicode.Scalar) -> Bool {
        s.value >= 0x300 && s.properties.generalCategory == .nonspacingMark
    }

    static func isDigit(_ s: Unicode.Scalar) -> Bool { s.value >= 0x30 && s.value <= 0x39 }
    /// The elided words that join the parts of a hyphenated name (`d’` of `Val-d’Oise`, `l’` of
    /// `Gonfreville-l’Orcher`).
    static let elidedJoiners: Set<Unicode.Scalar> = ["d", "D", "l", "L"]
    static func isHyphen(_ s: Unicode.Scalar) -> Bool { s == "-" || s == "\u{2010}" || s == "\u{2011}" }
    static func isApostrophe(_ s: Unicode.Scalar) -> Bool { s == "'" || s == "’" || s == "\u{02BC}" }
}
