import Foundation

/// Accent- and case-insensitive keys for French words: `Défense` and `defense` fold to `defense`,
/// `Œuvre` to `oeuvre`, and both apostrophes (`’` and `'`) to `'`.
public enum Folding {
    /// The folded form of `text`: lower case, diacritics removed, ligatures spelled out.
    public static func fold<S: StringProtocol>(_ text: S) -> String {
        var out = String.UnicodeScalarView()
        var slow = false
        for scalar in text.unicodeScalars {
            let v = scalar.value
            if v < 0x80 {
                out.append(v >= 0x41 && v <= 0x5A ? Unicode.Scalar(v + 32) ?? scalar : scalar)
            } else if let mapped = latin[v] {
                out.append(contentsOf: mapped.unicodeScalars)
            } else if v == 0x2019 || v == 0x02BC || v == 0x2018 {
                out.append("'")
            } else if (0x300...0x36F).contains(v) {
                continue // combining marks of decomposed text
            } else {
                slow = true
                break
            }
        }
        if !slow { return String(out) }
        let folded = String(text).folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
            .replacingOccurrences(of: "’", with: "'")
    }

    /// True when two strings are equal once folded.
    public static func equal<A: StringProtocol, B: StringProtocol>(_ a: A, _ b: B) -> Bool {
        fold(a) == fold(b)
    }

    /// Folded forms of the Latin-1 and Latin Extended-A letters French text uses.
    private static let latin: [UInt32: String] = {
        var table: [UInt32: String] = [:]
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅāĀăĂąĄ", "a"), ("çÇćĆčČ", "c"), ("èéêëÈÉÊËēĒėĖęĘěĚ", "e"),
            ("ìíîïÌÍÎÏīĪįĮı", "i"), ("ñÑńŃňŇ", "n"), ("òóôõöøÒÓÔÕÖØōŌőŐ", "o"),
            ("ùúûüÙÚÛÜūŪůŮűŰųŲ", "u"), ("ýÿÝŸ", "y"), ("ďĎđĐ", "d"), ("ğĞ", "g"), ("łŁľĽ", "l"),
            ("řŘ", "r"), ("śŚšŠşŞ", "s"), ("ťŤţŢ", "t"), ("źŹżŻžŽ", "z"),
        ]
        for (letters, base) in groups {
            for s in letters.unicodeScalars { table[s.value] = base }
        }
        table[0xE6] = "ae"; table[0xC6] = "ae"; table[0x153] = "oe"; table[0x152] = "oe"
        table[0xDF] = "ss"; table[0xA0] = " "; table[0x202F] = " "
        return table
    }()
}
