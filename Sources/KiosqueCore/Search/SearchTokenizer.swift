/// Splits text into the folded words that search matches on, for the full-text index and for the
/// match ranges shown in the reader alike, so that both always agree on what a word is.
///
/// A word is a run of letters, digits, private-use characters and combining marks; everything else
/// separates words: spaces, punctuation, both apostrophes (`l’énergie` is `l` + `energie`) and
/// hyphens (`porte-avions` is `porte` + `avions`). Each word is folded with `Folding` (case,
/// accents, `œ` -> `oe`, `æ` -> `ae`, `ß` -> `ss`) and keeps only letters and digits, so SQLite's
/// `unicode61` tokenizer sees exactly these words once they are joined by spaces.
public enum SearchTokenizer {
    /// The words of `text` with their code point ranges.
    public static func tokens(in text: String) -> [SearchToken] {
        let scalars = ScalarArray.of(text)
        var out: [SearchToken] = []
        tokens(in: scalars, range: TextRange(0, scalars.count), into: &out)
        return out
    }

    /// The folded words of `text`, without ranges (queries).
    public static func words(_ text: String) -> [String] {
        tokens(in: text).map(\.word)
    }

    /// Appends the words of `scalars[range]` to `out`; ranges are offsets into `scalars`.
    public static func tokens(in scalars: [Unicode.Scalar], range: TextRange, into out: inout [SearchToken]) {
        let end = min(range.end, scalars.count)
        var index = max(0, range.start)
        while index < end {
            guard isWordScalar(scalars[index]) else {
                index += 1
                continue
            }
            let start = index
            while index < end, isWordScalar(scalars[index]) { index += 1 }
            let word = fold(scalars, TextRange(start, index))
            if !word.isEmpty { out.append(SearchToken(word: word, range: TextRange(start, index))) }
        }
    }

    /// Letters, digits, private use and combining marks; apostrophes (even the modifier letter
    /// `ʼ`, which Unicode counts as a letter) separate words.
    @inline(__always)
    static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x80 {
            return (value >= 0x30 && value <= 0x39) || ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A)
        }
        if value == 0x2BC { return false }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse,
             .nonspacingMark, .spacingMark, .enclosingMark:
            return true
        default:
            return false
        }
    }

    /// The folded word, restricted to what `unicode61` keeps in a token (letters, digits, private
    /// use): marks that folding leaves (outside Latin) are dropped.
    static func fold(_ scalars: [Unicode.Scalar], _ range: TextRange) -> String {
        let folded = Folding.fold(scalars, range) ?? Folding.fold(scalars.string(range))
        if folded.utf8.allSatisfy({ $0 < 0x80 }) { return folded }
        var kept = String.UnicodeScalarView()
        for scalar in folded.unicodeScalars where isTokenScalar(scalar) { kept.append(scalar) }
        return String(kept)
    }

    private static func isTokenScalar(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return isWordScalar(scalar) }
        switch scalar.properties.generalCategory {
        case .uppercaseLetter, .lowercaseLetter, .titlecaseLetter, .modifierLetter, .otherLetter,
             .decimalNumber, .letterNumber, .otherNumber, .privateUse:
            return scalar.value != 0x2BC
        default:
            return false
        }
    }
}
