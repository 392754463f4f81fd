import KiosqueCore

/// Where a line of the reader body is: a shown paragraph (`block`, an index into `shown`) and a
/// line inside it. Line `wrapped.count` of a block that is not the last is the blank gap after it.
public struct LinePosition: Hashable, Sendable, Comparable {
    public var block: Int
    public var line: Int
    public init(block: Int, line: Int) {
        self.block = block
        self.line = line
    }
    public static func < (a: LinePosition, b: LinePosition) -> Bool { (a.block, a.line) < (b.block, b.line) }
}

/// One row of the reader body.
public enum BodyLine: Hashable, Sendable {
    /// Wrapped text of the paragraph at `paragraph` (an index into `Article.paragraphs`).
    case text(WrappedLine, paragraph: Int)
    /// The blank line between two paragraphs.
    case gap
}

/// The body of one article wrapped to one width, computed lazily paragraph by paragraph.
///
/// Only the paragraphs an operation touches are wrapped (and kept for the life of the value),
/// so drawing a screen costs the visible paragraphs, not the whole article. A value lives for one
/// update or one render; it is a class only to memoise the wrapped paragraphs.
public final class ArticleLayout {
    public let article: Article
    public let width: Int
    /// Indices into `article.paragraphs` of the paragraphs shown: body paragraphs with sentences.
    public let shown: [Int]
    private var cache: [Int: [WrappedLine]] = [:]
    /// Lines kept across frames (the open article's), under the text's hash and the width.
    private let shared: (cache: LayoutCache, key: LayoutCache.Key)?

    /// `cache`: where lines are kept across frames, with `text`, the hash of `article.text`
    /// (nil: this layout's own lines only).
    public init(article: Article, width: Int, cache: (LayoutCache, text: ContentHash)? = nil) {
        self.article = article
        self.width = max(1, width)
        self.shared = cache.map { ($0.0, LayoutCache.Key(text: $0.text, width: max(1, width))) }
        self.shown = article.paragraphs.indices.filter {
            article.paragraphs[$0].role.isShown && !article.paragraphs[$0].sentences.isEmpty
        }
    }

    public var isEmpty: Bool { shown.isEmpty }

    /// How many paragraphs have been wrapped so far (what a frame cost, for tests).
    var wrappedBlockCount: Int { cache.count }

    /// The glyphs of a paragraph: its sentences tagged with their index, joined by one space or
    /// a line break when the sentence ends a line.
    public static func glyphs(of paragraph: Paragraph) -> [Glyph] {
        var glyphs: [Glyph] = []
        for (index, sentence) in paragraph.sentences.enumerated() {
            if index > 0 {
                let previous = paragraph.sentences[index - 1]
                glyphs.append(Glyph(previous.endsLine ? "\n" : " ", offset: previous.range.end))
            }
            glyphs += Glyph.glyphs(of: sentence.text, startingAt: sentence.range.start, tag: index)
        }
        return glyphs
    }

    /// Wrapped lines of a shown block (never empty).
    public func wrapped(block: Int) -> [WrappedLine] {
        if let lines = cache[block] { return lines }
        if let shared, let lines = shared.cache.lines(shared.key, paragraph: shown[block]) {
            cache[block] = lines
            return lines
        }
        let paragraph = article.paragraphs[shown[block]]
        var lines = Wrapper.wrap(ArticleLayout.glyphs(of: paragraph), width: width)
        if lines.isEmpty { lines = [WrappedLine(glyphs: [], fallbackOffset: startOffset(block: block))] }
        cache[block] = lines
        if let shared { shared.cache.store(lines, shared.key, paragraph: shown[block]) }
        return lines
    }

    /// Rows a block takes, its gap included.
    public func rowCount(block: Int) -> Int { wrapped(block: block).count + (block < shown.count - 1 ? 1 : 0) }

    func startOffset(block: Int) -> Int { article.paragraphs[shown[block]].sentences.first?.range.start ?? 0 }
    func endOffset(block: Int) -> Int { article.paragraphs[shown[block]].sentences.last?.range.end ?? 0 }

    public var first: LinePosition { LinePosition(block: 0, line: 0) }
    public var last: LinePosition {
        let block = max(0, shown.count - 1)
        return LinePosition(block: block, line: shown.isEmpty ? 0 : wrapped(block: block).count - 1)
    }

    /// The row at a position.
    public func line(at position: LinePosition) -> BodyLine {
        let lines = wrapped(block: position.block)
        if position.line < lines.count { return .text(lines[position.line], paragraph: shown[position.block]) }
        return .gap
    }

    /// The row showing source offset `offset` (the last row starting at or before it).
    public func position(ofOffset offset: Int) -> LinePosition {
        guard !shown.isEmpty else { return first }
        var block = 0
        // Paragraphs are in source order: the last one starting at or before the offset.
        var low = 0, high = shown.count - 1
        while low <= high {
            let mid = (low + high) / 2
            if startOffset(block: mid) <= offset { block = mid; low = mid + 1 } else { high = mid - 1 }
        }
        let lines = wrapped(block: block)
        if offset >= endOffset(block: block) && block < shown.count - 1 && offset > lines[lines.count - 1].start {
            return LinePosition(block: block, line: lines.count)
        }
        var line = 0
        for (i, l) in lines.enumerated() where l.start <= offset { line = i }
        return LinePosition(block: block, line: line)
    }

    /// The width-independent anchor of a row: the source offset of its first character
    /// (for a gap, the end of the paragraph before it).
    public func anchorOffset(of position: LinePosition) -> Int {
        guard !shown.isEmpty else { return 0 }
        let lines = wrapped(block: position.block)
        return position.line < lines.count ? lines[position.line].start : endOffset(block: position.block)
    }

    /// The position `count` rows after (or before, when negative) `position`, clamped to the body.
    public func advance(_ position: LinePosition, by count: Int) -> LinePosition {
        guard !shown.isEmpty else { return first }
        var pos = position
        var remaining = count
        while remaining > 0 {
            let rows = rowCount(block: pos.block)
            let room = rows - 1 - pos.line
            if remaining <= room { pos.line += remaining; return pos }
            if pos.block == shown.count - 1 { return last }
            remaining -= room + 1
            pos = LinePosition(block: pos.block + 1, line: 0)
        }
        while remaining < 0 {
            if -remaining <= pos.line { pos.line += remaining; return pos }
            if pos.block == 0 { return first }
            remaining += pos.line + 1
            pos = LinePosition(block: pos.block - 1, line: rowCount(block: pos.block - 1) - 1)
        }
        return pos
    }

    /// Rows from `a` to `b` (negative when `b` is above `a`), counting at most about `limit`
    /// rows of whole paragraphs so that far-apart positions stay cheap.
    public func distance(from a: LinePosition, to b: LinePosition, limit: Int = Int.max) -> Int {
        if a == b { return 0 }
        if b < a { return -distance(from: b, to: a, limit: limit) }
        if a.block == b.block { return b.line - a.line }
        var total = rowCount(block: a.block) - a.line
        var block = a.block + 1
        while block < b.block {
            if total > limit { return total }
            total += rowCount(block: block)
            block += 1
        }
        return total + b.line
    }

    /// Up to `count` rows from `position` on.
    public func rows(from position: LinePosition, count: Int) -> [BodyLine] {
        guard !shown.isEmpty, count > 0 else { return [] }
        var result: [BodyLine] = []
        var pos = position
        while result.count < count {
            let rows = rowCount(block: pos.block)
            while pos.line < rows && result.count < count {
                result.append(line(at: pos))
                pos.line += 1
            }
            if pos.block == shown.count - 1 { break }
            pos = LinePosition(block: pos.block + 1, line: 0)
        }
        return result
    }

    /// The block showing a paragraph (an index into `article.paragraphs`).
    public func block(ofParagraph paragraph: Int) -> Int? { shown.firstIndex(of: paragraph) }

    /// First and last rows of a sentence.
    public func rows(ofSentence sentence: Int, inParagraph paragraph: Int) -> (first: LinePosition, last: LinePosition)? {
        guard let block = block(ofParagraph: paragraph) else { return nil }
        let lines = wrapped(block: block)
        var first: Int?
        var last = 0
        // Tags grow along a paragraph (`glyphs(of:)`; -1 between sentences): a line whose tags
        // all come before the sentence is passed over at a glance, and the first line past it
        // ends the search, so a long paragraph is not read glyph by glyph at every key.
        for (i, line) in lines.enumerated() {
            guard let low = line.glyphs.first(where: { $0.tag >= 0 })?.tag,
                  let high = line.glyphs.last(where: { $0.tag >= 0 })?.tag else { continue }
            if low > sentence { break }
            if high < sentence { continue }
            if line.contains(tag: sentence) {
                if first == nil { first = i }
                last = i
            }
        }
        guard let first else { return nil }
        return (LinePosition(block: block, line: first), LinePosition(block: block, line: last))
    }

    /// The last position the top row can have so that the body's end sits at the bottom of a
    /// viewport `height` rows tall.
    public func lastTop(height: Int) -> LinePosition { advance(last, by: -(max(1, height) - 1)) }
}
