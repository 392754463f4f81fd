import KiosqueCore

/// Styles the active search's matches in the reader, in the title and the text: every match in
/// `search.match`, the current one (`n`/`N`) in `search.current`, laid over the text's and the
/// entities' styles (colours give way inside a match, attributes stay, so an entity's type still
/// shows in monochrome).
struct SearchPaint {
    /// Matches in `Article.text` and in `Article.title`, in order, not overlapping.
    let text: [TextRange]
    let title: [TextRange]
    let current: SearchStop?
    let match: Style
    let strong: Style

    init(state: AppState) {
        if let open = state.search.open, open.article == state.reader.article {
            text = open.matches.text
            title = open.matches.title
        } else {
            text = []
            title = []
        }
        current = state.search.current?.stop
        match = state.theme.style(for: .searchMatch)
        strong = state.theme.style(for: .searchCurrent)
    }

    /// The text matches overlapping `start..<end`, in order (binary search).
    func textRanges(from start: Int, to end: Int) -> ArraySlice<TextRange> { Self.slice(text, from: start, to: end) }

    static func slice(_ ranges: [TextRange], from start: Int, to end: Int) -> ArraySlice<TextRange> {
        var low = 0, high = ranges.count
        while low < high {
            let mid = (low + high) / 2
            if ranges[mid].end <= start { low = mid + 1 } else { high = mid }
        }
        var last = low
        while last < ranges.count && ranges[last].start < end { last += 1 }
        return ranges[low..<last]
    }

    /// The match holding `offset`, walking `ranges` with `cursor` (offsets come in order).
    static func range(at offset: Int, in ranges: ArraySlice<TextRange>, cursor: inout Int) -> TextRange? {
        while cursor < ranges.endIndex && ranges[cursor].end <= offset { cursor += 1 }
        guard cursor < ranges.endIndex, ranges[cursor].contains(offset) else { return nil }
        return ranges[cursor]
    }

    /// `base` with a text match's style (the current match's when it is `range`).
    func style(text range: TextRange, over base: Style) -> Style {
        base.patched(with: current == .text(range) ? strong : match)
    }

    /// `base` with a title match's style.
    func style(title range: TextRange, over base: Style) -> Style {
        base.patched(with: current == .title(range) ? strong : match)
    }
}
