/// The screen as a value: rows of cells that views draw into and backends copy to a terminal.
public struct Grid: Hashable, Sendable {
    public private(set) var size: Size
    public private(set) var cells: [Cell]

    public init(size: Size, fill: Cell = .blank) {
        self.size = size
        self.cells = Array(repeating: fill, count: size.width * size.height)
    }

    public init(width: Int, height: Int) { self.init(size: Size(width: width, height: height)) }

    public var width: Int { size.width }
    public var height: Int { size.height }
    public var bounds: Rect { Rect(x: 0, y: 0, width: size.width, height: size.height) }

    public subscript(x: Int, y: Int) -> Cell {
        get { cells[y * size.width + x] }
        set { cells[y * size.width + x] = newValue }
    }

    public func contains(x: Int, y: Int) -> Bool { x >= 0 && y >= 0 && x < size.width && y < size.height }

    /// Writes `text` from (x, y), clipped to `maxX` (exclusive, default the grid's width).
    ///
    /// Every character goes through `SafeText`; widths come from `DisplayWidth`; a wide character
    /// that would straddle the clip edge is replaced by a space. Returns the column after the text.
    @discardableResult
    public mutating func put(_ text: some StringProtocol, x: Int, y: Int, style: Style = .plain, maxX: Int? = nil) -> Int {
        guard y >= 0, y < size.height else { return x }
        let limit = min(maxX ?? size.width, size.width)
        var col = x
        // Latin text with French punctuation (most of an article, every border): one cell per
        // scalar, no grapheme breaking, no Unicode property looked up.
        if text.unicodeScalars.allSatisfy({ DisplayWidth.isSimple($0) }) {
            let row = y * size.width
            for scalar in text.unicodeScalars {
                if col >= limit { break }
                if col >= 0 {
                    if cells[row + col].width != 1 { clearWideNeighbour(x: col, y: y) }
                    cells[row + col] = Cell(scalar: scalar, width: 1, style: style)
                }
                col += 1
            }
            return col
        }
        for raw in text {
            if col >= limit { break }
            let ch = DisplayWidth.drawable(SafeText.replacement(for: raw) ?? raw)
            let w = DisplayWidth.of(ch)
            // Zero-width characters only occur alone (a mark with no base): nothing to draw.
            if w == 0 { continue }
            if col < 0 { col += w; continue }
            if col + w > limit {
                self[col, y] = Cell(" ", width: 1, style: style)
                col += 1
                continue
            }
            clearWideNeighbour(x: col, y: y)
            self[col, y] = Cell(String(ch), width: UInt8(w), style: style)
            if w == 2 {
                clearWideNeighbour(x: col + 1, y: y)
                self[col + 1, y] = .continuation(style: style)
            }
            col += w
        }
        return col
    }

    /// Fills a rectangle with one cell.
    public mutating func fill(_ rect: Rect, with cell: Cell = .blank) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { self[x, y] = cell }
        }
    }

    /// Changes the style of existing cells in a rectangle, keeping their characters.
    public mutating func restyle(_ rect: Rect, _ transform: (Style) -> Style) {
        let r = rect.intersection(bounds)
        guard !r.isEmpty else { return }
        for y in r.y..<r.maxY {
            for x in r.x..<r.maxX { cells[y * size.width + x].style = transform(cells[y * size.width + x].style) }
        }
    }

    /// Overwriting half of a wide character leaves the other half as a blank.
    private mutating func clearWideNeighbour(x: Int, y: Int) {
        let cell = self[x, y]
        if cell.isContinuation, x > 0 { self[x - 1, y] = Cell(" ", style: self[x - 1, y].style) }
        if cell.width == 2, x + 1 < size.width { self[x + 1, y] = Cell(" ", style: cell.style) }
    }

    /// The grid as lines of text (wide characters once, continuations skipped), for tests.
    public var lines: [String] {
        (0..<size.height).map { y in
            var s = ""
            for x in 0..<size.width where !self[x, y].isContinuation { s += self[x, y].grapheme }
            return s
        }
    }

    /// The text of the grid, one line a row, trailing spaces removed.
    public var text: String {
        lines.map { line in String(line.reversed().drop(while: { $0 == " " }).reversed()) }.joined(separator: "\n")
    }
}
