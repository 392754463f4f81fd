/// How an entity's name is written for display and how it is identified.
///
/// Display keeps accents and case but not the spacing of the source: any run of Unicode white
/// space (no-break, narrow no-break, thin, ideographic spaces, line breaks) becomes one space,
/// so `Emmanuel\u{A0}Macron` is shown and counted as `Emmanuel Macron`. Identity ignores case,
/// accents, spacing and punctuation between words, and, for places and organisations, a leading
/// article (`La Poste` and `Poste`, `l'Opinion` and `Opinion`); a person's `Le` stays (`Le Pen`).
public enum EntityName {
    /// `text` with every run of white space as one ASCII space, trimmed at both ends. Returns
    /// `text` itself (no copy) when it has nothing to change, the common case.
    public static func normalisedSpacing(_ text: String) -> String {
        var clean = true
        var previousSpace = true // a leading space needs trimming too
        for scalar in text.unicodeScalars {
            let space = isSpace(scalar)
            if space && (scalar != " " || previousSpace) {
                clean = false
                break
            }
            previousSpace = space
        }
        if clean && !previousSpace { return text }
        var out = String.UnicodeScalarView()
        var pendingSpace = false
        for scalar in text.unicodeScalars {
            if isSpace(scalar) {
                pendingSpace = !out.isEmpty
                continue
            }
            if pendingSpace { out.append(" ") }
            pendingSpace = false
            out.append(scalar)
        }
        return String(out)
    }

    /// Adds the mention `text`, as displayed, to `spellings` when it is another spelling of the
    /// entity named `name` (`Macron` of `Emmanuel Macron`) not yet there: the variants a bookmark
    /// and the entity view show beside the canonical name.
    public static func addSpelling(_ text: String, of name: String, to spellings: inout [String]) {
        let spelling = normalisedSpacing(text)
        if spelling != name, !spellings.contains(spelling) { spellings.append(spelling) }
    }

    /// The identity of a name of `kind`: its folded words (`EntityQuery.words`) joined by one
    /// space, without a leading article for places and organisations. Two names with the same
    /// identity and type are one entity.
    public static func identity(_ name: String, kind: EntityKind) -> String {
        var words = EntityQuery.words(of: name)
        if kind == .location || kind == .organization, words.count > 1, leadingArticles.contains(words[0]) {
            words.removeFirst()
        }
        return words.joined(separator: " ")
    }

    /// Folded French articles that can open a written name (`l` is the elided `l'`).
    private static let leadingArticles: Set<String> = ["le", "la", "les", "l"]

    /// White space as Unicode defines it (no-break spaces included), line breaks included.
    @inline(__always)
    static func isSpace(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.value < 0x80 { return scalar == " " || (scalar.value >= 0x09 && scalar.value <= 0x0D) }
        return scalar.properties.isWhitespace || scalar.value == 0x200B
    }
}
