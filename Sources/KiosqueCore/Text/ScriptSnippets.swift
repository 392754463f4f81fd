import Foundation

/// Script calls a scraper left inside an article's text, blanked before it is parsed: an
/// advertising slot between two sentences (`googletag.cmd.push(function() {
/// googletag.display('IN_CONTENT_SCROLL'); });`) is no text a reader should see, and its words
/// are no entities (`SCROLL`). Each of its code points becomes a space, so that every offset into
/// the text stays the source's (gold files, bookmarks); the wrapper drops spaces where a line
/// breaks.
///
/// A snippet is a dotted name called on an anonymous function, `name.name(function(…) {…});`,
/// its braces balanced, at most `maxLength` code points: prose never writes that form, and text
/// that only resembles it (an unbalanced brace, a longer span) is left as it is.
enum ScriptSnippets {
    static let maxLength = 2_000
    /// The word every snippet holds, as text and as code points (ASCII: one byte, one code point each).
    static let keywordText = "function"
    static let keyword = Array(keywordText.unicodeScalars)

    /// `text` with its script snippets blanked; the same string when it has none.
    static func blanked(_ text: String) -> String {
        // Most articles hold no `function`: one search of the bytes, and nothing is copied.
        guard mentionsKeyword(text) else { return text }
        let scalars = Array(text.unicodeScalars)
        var spans: [Range<Int>] = []
        var i = 0
        // Each candidate may look up to `maxLength` ahead: a text dense with unclosed look-alikes
        // (`a.b(function(){ a.b(function(){ …`) would cost that at every one. The looks ahead of a
        // text share a budget of a few times its length, so time stays linear; past it the rest
        // of the text is left as written.
        var budget = 4 * scalars.count
        while budget > 0, let at = find(keyword, in: scalars, from: i) {
            i = at + keyword.count
            let (span, scanned) = snippet(around: at, in: scalars)
            budget -= scanned
            if let span, spans.last.map({ $0.upperBound <= span.lowerBound }) ?? true {
                spans.append(span)
                i = span.upperBound
            }
        }
        guard !spans.isEmpty else { return text }
        var out = String.UnicodeScalarView()
        var from = 0
        for span in spans {
            out.append(contentsOf: scalars[from..<span.lowerBound])
            out.append(contentsOf: repeatElement(Unicode.Scalar(0x20), count: span.count))
            from = span.upperBound
        }
        out.append(contentsOf: scalars[from...])
        return String(out)
    }

    /// True when the UTF-8 of `text` holds `function` (`memchr` and `memcmp` over the string's own
    /// bytes).
    static func mentionsKeyword(_ text: String) -> Bool {
        let found = text.utf8.withContiguousStorageIfAvailable { bytes -> Bool in
            let length = keyword.count
            guard let base = bytes.baseAddress, bytes.count >= length else { return false }
            return keywordText.withCString { word in
                // `memchr` jumps to each `f` (libc, vectorised); `memcmp` checks the word there.
                var at = 0
                while at <= bytes.count - length, let hit = memchr(base + at, Int32(word[0]), bytes.count - length + 1 - at) {
                    let offset = UnsafeRawPointer(hit) - UnsafeRawPointer(base)
                    if memcmp(hit, word, length) == 0 { return true }
                    at = offset + 1
                }
                return false
            }
        }
        return found ?? text.contains(keywordText)
    }

    static func find(_ word: [Unicode.Scalar], in scalars: [Unicode.Scalar], from start: Int) -> Int? {
        guard word.count <= scalars.count else { return nil }
        var i = start
        while i + word.count <= scalars.count {
            if scalars[i] == word[0], scalars[i..<(i + word.count)].elementsEqual(word) { return i }
            i += 1
        }
        return nil
    }

    static func isNameScalar(_ s: Unicode.Scalar) -> Bool {
        s.isASCII && (s.properties.isAlphabetic || ("0"..."9").contains(s) || s == "_" || s == "$")
    }

    /// The snippet whose `function` keyword is at `at`, or nil, and how many code points the look
    /// ahead read.
    static func snippet(around at: Int, in scalars: [Unicode.Scalar]) -> (span: Range<Int>?, scanned: Int) {
        var j = at + keyword.count
        let span = snippet(around: at, in: scalars, ahead: &j)
        return (span, j - at)
    }

    static func snippet(around at: Int, in scalars: [Unicode.Scalar], ahead j: inout Int) -> Range<Int>? {
        // Backwards: `(`, then a dotted name with at least one dot (`googletag.cmd.push`).
        var k = at - 1
        guard k >= 1, scalars[k] == "(" else { return nil }
        k -= 1
        let nameLast = k
        var dots = 0
        while k >= 0, isNameScalar(scalars[k]) || scalars[k] == "." {
            if scalars[k] == "." { dots += 1 }
            k -= 1
        }
        let start = k + 1
        guard dots >= 1, start <= nameLast, isNameScalar(scalars[start]), isNameScalar(scalars[nameLast]),
              !("0"..."9").contains(scalars[start]) else { return nil }
        // Forwards: `function`, optional spaces, `(…)`, spaces, a balanced `{…}`, then `)` and an optional `;`.
        let limit = min(scalars.count, start + maxLength)
        while j < limit, scalars[j] == " " { j += 1 }
        guard j < limit, scalars[j] == "(" else { return nil }
        while j < limit, scalars[j] != ")" { j += 1 }
        j += 1
        while j < limit, scalars[j] == " " { j += 1 }
        guard j < limit, scalars[j] == "{" else { return nil }
        var depth = 0
        while j < limit {
            if scalars[j] == "{" { depth += 1 }
            if scalars[j] == "}" {
                depth -= 1
                if depth == 0 { break }
            }
            j += 1
        }
        guard j < limit, depth == 0 else { return nil }
        j += 1
        while j < limit, scalars[j] == " " { j += 1 }
        guard j < limit, scalars[j] == ")" else { return nil }
        j += 1
        if j < scalars.count, scalars[j] == ";" { j += 1 }
        return start..<j
    }
}
