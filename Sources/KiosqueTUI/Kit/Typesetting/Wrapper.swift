/// Breaks text into lines of at most `width` columns, the French way.
///
/// - Widths are per grapheme (`DisplayWidth`): CJK and emoji take two columns.
/// - Lines break only at ordinary spaces, never at U+00A0 or the narrow U+202F.
/// - `«` never ends a line (the space after it does not break), and `»`, `:`, `;`, `!`, `?`
///   never start one (the space before them does not break), whatever space the source used.
/// - A word wider than the line is cut; spaces where a line breaks are dropped.
/// - `"\n"` glyphs are hard breaks; an empty block gives an empty line.
public enum Wrapper {
    /// Characters that must stay on the line of the word before them.
    static let neverStartsLine: Set<Character> = ["»", ":", ";", "!", "?", "\u{203A}"]
    /// Characters that must stay on the line of the word after them.
    static let neverEndsLine: Set<Character> = ["«", "\u{2039}"]

    /// Wraps plain text, for titles, details and tests.
    public static func wrap(_ text: String, width: Int) -> [String] {
        wrap(Glyph.glyphs(of: text), width: width).map(\.text)
    }

    /// Wraps glyphs into lines, keeping each glyph's offset and tag.
    public static func wrap(_ glyphs: [Glyph], width: Int) -> [WrappedLine] {
        let width = max(1, width)
        var lines: [WrappedLine] = []
        var blockStart = 0
        var index = 0
        while index <= glyphs.count {
            if index == glyphs.count || glyphs[index].isHardBreak {
                let block = glyphs[blockStart..<index]
                let isTrailingEmpty = index == glyphs.count && block.isEmpty && blockStart > 0
                if !isTrailingEmpty && !(glyphs.isEmpty) {
                    let fallback = index < glyphs.count ? glyphs[index].offset : (glyphs.last.map { $0.offset + 1 } ?? 0)
                    wrapBlock(block, width: width, fallbackOffset: fallback, into: &lines)
                }
                blockStart = index + 1
            }
            index += 1
        }
        return lines
    }

    /// A run of glyphs that wrapping treats as one piece: `range` indexes the block.
    private struct Token {
        var range: Range<Int>
        var isSpace: Bool
        var width: Int
    }

    /// Words and space runs of a block, with the spaces that must not break glued to their words.
    private static func tokens(_ block: ArraySlice<Glyph>) -> [Token] {
        var raw: [Token] = []
        for index in block.indices {
            let glyph = block[index]
            let space = glyph.isBreakableSpace
            if let last = raw.last, last.isSpace == space {
                raw[raw.count - 1].range = last.range.lowerBound..<(index + 1)
                raw[raw.count - 1].width += glyph.width
            } else {
                raw.append(Token(range: index..<(index + 1), isSpace: space, width: glyph.width))
            }
        }
        // Glue word + spaces + word when the spaces must not break.
        var merged: [Token] = []
        merged.reserveCapacity(raw.count)
        var i = 0
        while i < raw.count {
            let token = raw[i]
            if token.isSpace, let previous = merged.last, !previous.isSpace, i + 1 < raw.count {
                let before = block[previous.range.upperBound - 1].character
                let after = block[raw[i + 1].range.lowerBound].character
                if neverEndsLine.contains(before) || neverStartsLine.contains(after) {
                    merged[merged.count - 1].range = previous.range.lowerBound..<raw[i + 1].range.upperBound
                    merged[merged.count - 1].width += token.width + raw[i + 1].width
                    i += 2
                    continue
                }
            }
            merged.append(token)
            i += 1
        }
        return merged
    }

    private static func wrapBlock(_ block: ArraySlice<Glyph>, width: Int, fallbackOffset: Int, into lines: inout [WrappedLine]) {
        let firstLine = lines.count
        var current: [Glyph] = []
        var currentWidth = 0
        var pending: [Glyph] = []
        var pendingWidth = 0

        func flush() {
            lines.append(WrappedLine(glyphs: current, fallbackOffset: current.first?.offset ?? fallbackOffset))
            current = []
            currentWidth = 0
        }

        for token in tokens(block) {
            let glyphs = block[token.range]
            if token.isSpace {
                pending += glyphs
                pendingWidth += token.width
                continue
            }
            let w = token.width
            let atBlockStart = current.isEmpty && lines.count == firstLine
            if (!current.isEmpty || atBlockStart) && currentWidth + pendingWidth + w <= width {
                current += pending
                current += glyphs
                currentWidth += pendingWidth + w
            } else {
                if !current.isEmpty { flush() }
                // The word starts a fresh line; cut it if it is wider than the line.
                for glyph in glyphs {
                    if currentWidth + glyph.width > width && !current.isEmpty { flush() }
                    current.append(glyph)
                    currentWidth += glyph.width
                }
            }
            pending = []
            pendingWidth = 0
        }
        if !current.isEmpty && currentWidth + pendingWidth <= width {
            current += pending
        } else if current.isEmpty && lines.count == firstLine && pendingWidth <= width {
            current = pending
        }
        if !current.isEmpty || lines.count == firstLine {
            lines.append(WrappedLine(glyphs: current, fallbackOffset: block.first?.offset ?? fallbackOffset))
        }
    }
}
