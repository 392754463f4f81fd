import KiosqueCore

extension Article {
    /// Where the title's characters are in the source text: the title's k-th code point is at
    /// `start + k` for every k below `length`. Nil when the title is not copied from the text.
    ///
    /// The title comes from the title block, or is the shortened first sentence of the body
    /// (ending with `…`): the longest common prefix with either must cover the whole title
    /// but a final ellipsis.
    var titleSourceOffset: TextRange? {
        let title = Array(title.unicodeScalars)
        guard !title.isEmpty else { return nil }
        var candidates = paragraphs.filter { $0.role == .title }.map(\.range.start)
        if let first = firstShownSentence.flatMap({ sentence(at: $0) }) { candidates.append(first.range.start) }
        let scalars = text.unicodeScalars
        for start in candidates {
            guard let from = scalars.index(scalars.startIndex, offsetBy: start, limitedBy: scalars.endIndex) else { continue }
            var common = 0
            var index = from
            while common < title.count, index < scalars.endIndex, scalars[index] == title[common] {
                common += 1
                index = scalars.index(after: index)
            }
            let rest = String(String.UnicodeScalarView(title[common...])).trimmingPrefix(" ")
            if common > 0 && (rest.isEmpty || rest == "…") { return TextRange(start, start + common) }
        }
        return nil
    }
}
