import Foundation

/// Accent- and case-insensitive keys for French words: `Défense` and `defense` fold to `defense`,
/// `Œuvre` to `oeuvre`, both apostrophes (`’` and `'`) to `'`, and the Unicode hyphens the
/// tokenizer joins words with (U+2010, U+2011) to `-`.
///
/// The fast path reads a table indexed by code point (ASCII, Latin-1, Latin Extended-A, the
/// apostrophes) and writes UTF-8 directly; other scripts go through Foundation's folding.
public enum Folding {
    /// The folded form of `text`: lower case, diacritics removed, ligatures spelled out.
    public static func fold<S: StringProtocol>(_ text: S) -> String {
        let scalars = ScalarArray.of(text)
        if let fast = fold(scalars, TextRange(0, scalars.count)) { return fast }
        // Some letters are outside the table: each of those is folded alone by Foundation (once
        // per distinct letter), every run between them by the table. Folding the whole text with
        // Foundation instead took 7 s for a 16 MB paragraph holding one Greek letter, and grew
        // faster than the text (BENCHMARKS.md, paragraph sizes).
        var out = ""
        out.reserveCapacity(scalars.count)
        var runStart = 0
        for index in scalars.indices where entry(scalars[index]) == slow {
            if runStart < index, let run = fold(scalars, TextRange(runStart, index)) { out += run }
            out += slowCache.folded(scalars[index])
            runStart = index + 1
        }
        if runStart < scalars.count, let run = fold(scalars, TextRange(runStart, scalars.count)) { out += run }
        return out
    }

    /// The folded form of `scalars[range]`, or nil when a letter is outside the table (then use
    /// `fold(_:)` on the string). Symbols and punctuation outside the table stay as they are.
    /// Writes UTF-8 directly; results of up to 15 bytes are never allocated.
    static func fold(_ scalars: [Unicode.Scalar], _ range: TextRange) -> String? {
        var byteCount = 0
        for index in range.start..<range.end {
            let entry = entry(scalars[index])
            if entry == slow { return nil }
            if entry == skip { continue }
            byteCount += entry == copy ? UTF8.width(scalars[index]) : (entry > 0xFF ? 2 : 1)
        }
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var position = 0
            for index in range.start..<range.end {
                let entry = entry(scalars[index])
                if entry == skip { continue }
                if entry == copy {
                    if let encoded = UTF8.encode(scalars[index]) {
                        for byte in encoded {
                            buffer[position] = byte
                            position += 1
                        }
                    }
                    continue
                }
                buffer[position] = UInt8(truncatingIfNeeded: entry)
                position += 1
                if entry > 0xFF {
                    buffer[position] = UInt8(truncatingIfNeeded: entry >> 8)
                    position += 1
                }
            }
            return position
        }
    }

    /// The table entry of one scalar; beyond the table, the apostrophes, hyphens and narrow NBSP are mapped,
    /// letters need the slow path and anything else is copied.
    @inline(__always)
    private static func entry(_ scalar: Unicode.Scalar) -> UInt16 {
        let value = scalar.value
        if value < UInt32(table.count) { return table[Int(value)] }
        switch value {
        case 0x2019, 0x2018: return UInt16(UInt8(ascii: "'"))
        case 0x2010, 0x2011: return UInt16(UInt8(ascii: "-")) // hyphen, non-breaking hyphen
        case 0x202F: return UInt16(UInt8(ascii: " "))
        case 0x2000...0x206F, 0x20A0...0x20CF: return copy // general punctuation, currency signs
        default: return scalar.properties.isAlphabetic || scalar.properties.isCased ? slow : copy
        }
    }

    /// True when two strings are equal once folded.
    public static func equal<A: StringProtocol, B: StringProtocol>(_ a: A, _ b: B) -> Bool {
        fold(a) == fold(b)
    }

    /// Letters outside the table folded by Foundation, each once for the whole program (pages and
    /// feeds in other scripts fold the same letters paragraph after paragraph).
    private static let slowCache = SlowFoldCache()

    private final class SlowFoldCache: @unchecked Sendable {
        private let lock = NSLock()
        private var folded: [Unicode.Scalar: String] = [:]

        func folded(_ scalar: Unicode.Scalar) -> String {
            lock.lock()
            let known = folded[scalar]
            lock.unlock()
            if let known { return known }
            let alone = Folding.slowFold(String(scalar))
            lock.lock()
            folded[scalar] = alone
            lock.unlock()
            return alone
        }
    }

    fileprivate static func slowFold(_ text: String) -> String {
        let folded = text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        return folded.replacingOccurrences(of: "œ", with: "oe").replacingOccurrences(of: "æ", with: "ae")
            .replacingOccurrences(of: "’", with: "'")
    }

    /// Table entries: one or two ASCII bytes (low byte first), or one of these markers.
    private static let slow: UInt16 = 0xFFFF
    private static let skip: UInt16 = 0xFFFE
    private static let copy: UInt16 = 0xFFFD

    /// Folded forms of code points up to U+036F: ASCII lower-cased, the Latin letters French text
    /// uses, combining marks skipped, the modifier apostrophe, NBSP as a space, other non-letters
    /// copied; other letters `slow`.
    private static let table: [UInt16] = {
        var table = [UInt16](repeating: slow, count: 0x370)
        for v in 0..<0x80 {
            table[v] = UInt16(v >= 0x41 && v <= 0x5A ? v + 32 : v)
        }
        func put(_ letters: String, _ folded: String) {
            let bytes = Array(folded.utf8)
            let entry = UInt16(bytes[0]) | (bytes.count > 1 ? UInt16(bytes[1]) << 8 : 0)
            for s in letters.unicodeScalars { table[Int(s.value)] = entry }
        }
        let groups: [(String, String)] = [
            ("àáâãäåÀÁÂÃÄÅāĀăĂąĄ", "a"), ("çÇćĆčČ", "c"), ("èéêëÈÉÊËēĒėĖęĘěĚ", "e"),
            ("ìíîïÌÍÎÏīĪįĮı", "i"), ("ñÑńŃňŇ", "n"), ("òóôõöøÒÓÔÕÖØōŌőŐ", "o"),
            ("ùúûüÙÚÛÜūŪůŮűŰųŲ", "u"), ("ýÿÝŸ", "y"), ("ďĎđĐ", "d"), ("ğĞ", "g"), ("łŁľĽ", "l"),
            ("řŘ", "r"), ("śŚšŠşŞ", "s"), ("ťŤţŢ", "t"), ("źŹżŻžŽ", "z"),
            ("æÆ", "ae"), ("œŒ", "oe"), ("ß", "ss"), ("\u{A0}", " "), ("\u{2BC}", "'"),
        ]
        for (letters, folded) in groups { put(letters, folded) }
        for v in 0x80..<0x300 where table[v] == slow {
            if let scalar = Unicode.Scalar(v), !scalar.properties.isAlphabetic, !scalar.properties.isCased {
                table[v] = copy // « » © ° ×: unchanged by folding
            }
        }
        for v in 0x300...0x36F { table[v] = skip }
        return table
    }()
}
