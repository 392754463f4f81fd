import KiosqueCore

/// A few words of text around one search hit, the hit marked with `[` `]` in text output.
struct SearchSnippet {
    /// Code point offset of the snippet's start in the article text.
    var start: Int
    /// The text before the hit, the hit, and the text after it, line breaks made spaces.
    var before: String
    var hit: String
    var after: String

    /// The snippet around `hit`, `words` words on each side, within the hit's paragraph.
    init(text scalars: [Unicode.Scalar], hit: TextRange, paragraph: TextRange, words: Int) {
        // Back to the start of the `words`-th word before the hit, forward to the end of the
        // `words`-th word after it, never leaving the paragraph.
        var from = hit.start
        var seen = 0
        while from > paragraph.start, seen < words {
            from -= 1
            if !scalars[from].properties.isWhitespace, from == paragraph.start || scalars[from - 1].properties.isWhitespace {
                seen += 1
            }
        }
        var to = hit.end
        seen = 0
        while to < paragraph.end, seen < words {
            to += 1
            if !scalars[to - 1].properties.isWhitespace, to == paragraph.end || scalars[to].properties.isWhitespace {
                seen += 1
            }
        }
        start = from
        before = Self.flat(scalars, from, hit.start, ellipsis: from > paragraph.start, leading: true)
        self.hit = Self.flat(scalars, hit.start, hit.end)
        after = Self.flat(scalars, hit.end, to, ellipsis: to < paragraph.end, leading: false)
    }

    /// `before[hit]after`, for text output.
    var marked: String { before + "[" + hit + "]" + after }
    /// The snippet without marks, for JSON.
    var plain: String { before + hit + after }

    private static func flat(_ scalars: [Unicode.Scalar], _ start: Int, _ end: Int, ellipsis: Bool = false, leading: Bool = false) -> String {
        var text = String(String.UnicodeScalarView(scalars[start..<end].map { $0 == "\n" || $0 == "\t" ? " " : $0 }))
        if ellipsis { text = leading ? "…" + text : text + "…" }
        return text
    }
}
