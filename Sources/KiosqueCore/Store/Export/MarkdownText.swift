/// Article text made inert in CommonMark: what the analyst quoted shows as written, never as
/// markup (emphasis, links, headings, lists, HTML, code).
enum MarkdownText {
    /// Characters escaped with a backslash wherever they are: emphasis (`*` `_`), links and
    /// images (`[` `]`), HTML and autolinks (`<` `>`), code (`` ` ``), headings (`#`), entity
    /// references (`&`), the backslash itself, and the `|` `~` of common extensions (tables,
    /// strike-through). Any ASCII punctuation may be escaped in CommonMark, so this is lossless.
    static let escaped: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "&", "|", "~"]

    /// One line of inline text: newlines and tabs become spaces, markup characters are escaped.
    static func inline(_ text: String) -> String {
        let flat = String(text.map { $0 == "\n" || $0 == "\r" || $0 == "\t" ? " " : $0 })
        return line(flat.trimmingSpaces())
    }

    /// Lines of a paragraph or block quote: each trimmed (leading spaces would make code) and
    /// escaped, with what would start a list, a heading underline or a thematic break at the
    /// start of a line escaped too.
    static func lines(_ text: String) -> [String] {
        // A lone CR ends a line in CommonMark too: it would end the block quote's line.
        text.replacingOccurrences(of: "\r\n", with: "\n").replacingOccurrences(of: "\r", with: "\n")
            .split(separator: "\n", omittingEmptySubsequences: false)
            .map { line(String($0).replacingOccurrences(of: "\t", with: " ").trimmingSpaces()) }
    }

    private static func line(_ text: String) -> String {
        var out = ""
        for ch in text {
            if escaped.contains(ch) { out.append("\\") }
            out.append(ch)
        }
        // Block starts: `- item`, `+ item`, `=====` (a heading underline), `1. item`, `1) item`.
        if let first = out.first, first == "-" || first == "+" || first == "=" {
            out.insert("\\", at: out.startIndex)
        } else {
            let digits = out.prefix { $0.isASCII && $0.isNumber }
            if !digits.isEmpty, digits.count <= 9 {
                let after = out.index(out.startIndex, offsetBy: digits.count)
                if after < out.endIndex, out[after] == "." || out[after] == ")" { out.insert("\\", at: after) }
            }
        }
        return out
    }
}

extension String {
    /// The string without leading and trailing spaces (ASCII spaces and tabs only: no-break
    /// spaces are text).
    func trimmingSpaces() -> String {
        let chars = Array(self)
        var start = 0, end = chars.count
        while start < end, chars[start] == " " || chars[start] == "\t" { start += 1 }
        while end > start, chars[end - 1] == " " || chars[end - 1] == "\t" { end -= 1 }
        return String(chars[start..<end])
    }
}
