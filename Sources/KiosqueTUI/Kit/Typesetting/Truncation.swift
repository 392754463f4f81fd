/// Cutting text to a number of columns, for one-line fields (list rows, details, status).
public enum Truncation {
    /// `text` cut to at most `width` columns, ending with `…` when something was cut.
    public static func truncate(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let safe = SafeText.sanitize(text)
        if let latin = DisplayWidth.latinWidth(safe) {
            // Sanitised, no control is left: one column per scalar.
            if latin <= width { return safe }
            let scalars = safe.unicodeScalars
            return String(scalars[..<scalars.index(scalars.startIndex, offsetBy: width - 1)]) + "…"
        }
        if DisplayWidth.of(safe) <= width { return safe }
        var out = ""
        var used = 0
        for ch in safe {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            out.append(ch)
            used += w
        }
        return out + "…"
    }

    /// `text` padded with spaces (or truncated) to exactly `width` columns.
    public static func pad(_ text: String, width: Int) -> String {
        let cut = truncate(text, width: width)
        let w = DisplayWidth.of(cut)
        return w < width ? cut + String(repeating: " ", count: width - w) : cut
    }

    /// `text` cut to at most `width` columns from the front, starting with `…` when something
    /// was cut (for paths, whose end says the most).
    public static func truncateLeading(_ text: String, width: Int) -> String {
        guard width > 0 else { return "" }
        let safe = SafeText.sanitize(text)
        if DisplayWidth.of(safe) <= width { return safe }
        var kept: [Character] = []
        var used = 0
        for ch in safe.reversed() {
            let w = DisplayWidth.of(ch)
            if used + w > width - 1 { break }
            kept.append(ch)
            used += w
        }
        return "…" + String(kept.reversed())
    }
}
