/// A block of text between blank lines, with its lines.
public struct TextBlock: Hashable, Sendable {
    /// From the first line's start to the last line's end, untrimmed (as `score.py` counts it).
    public var range: TextRange
    /// Each line of the block without surrounding whitespace; never empty.
    public var lines: [TextRange]
}

/// Splits text into blocks separated by one or more blank (whitespace-only) lines.
///
/// Ranges are exactly those of `paragraphs()` in `shared/eval/score.py`: lines are split on `\n`
/// only, a line is blank when Python's `str.strip()` would empty it, and a block runs from its
/// first line's start to its last line's end (leading and trailing spaces of those lines included).
public enum ParagraphSplitter {
    public static func blocks(in scalars: [Unicode.Scalar]) -> [TextBlock] {
        var blocks: [TextBlock] = []
        var lines: [TextRange] = []
        var blockStart = 0, blockEnd = 0
        var lineStart = 0
        let count = scalars.count
        var index = 0
        while index <= count {
            if index == count || scalars[index] == "\n" {
                let line = scalars.trimmed(TextRange(lineStart, index))
                if line.isEmpty {
                    if !lines.isEmpty {
                        blocks.append(TextBlock(range: TextRange(blockStart, blockEnd), lines: lines))
                        lines.removeAll(keepingCapacity: true)
                    }
                } else {
                    if lines.isEmpty { blockStart = lineStart }
                    blockEnd = index
                    lines.append(line)
                }
                lineStart = index + 1
            }
            index += 1
        }
        if !lines.isEmpty {
            blocks.append(TextBlock(range: TextRange(blockStart, blockEnd), lines: lines))
        }
        return blocks
    }
}
