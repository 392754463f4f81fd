internal import CNcursesw
import KiosqueTUI

/// Copies the cells of a grid into a curses window, only those that differ from the last grid.
///
/// A wide character is written once, at its first column; continuation cells are skipped (curses
/// marks the second column itself). The window is not refreshed here.
@MainActor
struct GridWriter {
    let pairs: ColorPairs

    /// Writes `grid` into `window`, comparing with `previous` when it has the same size.
    ///
    /// Only the part that fits in `visible` (in grid coordinates) is written, at window position
    /// (x - visible.x, y - visible.y). Returns the number of cells written.
    @discardableResult
    func write(_ grid: Grid, previous: Grid?, into window: UnsafeMutablePointer<WINDOW>, visible: Rect) -> Int {
        let area = visible.intersection(grid.bounds)
        guard !area.isEmpty else { return 0 }
        let comparable = previous.flatMap { $0.size == grid.size ? $0 : nil }
        var written = 0
        for y in area.y..<area.maxY {
            for x in area.x..<area.maxX {
                let cell = grid[x, y]
                if cell.isContinuation { continue }
                if let comparable, comparable[x, y] == cell { continue }
                // A wide character cut by the visible edge is shown as a blank.
                let fits = cell.width < 2 || x + 1 < area.maxX
                put(fits ? cell : Cell(" ", style: cell.style), window: window,
                    y: Int32(y - area.y), x: Int32(x - area.x))
                written += 1
            }
        }
        return written
    }

    /// Writes one cell with `setcchar` + `mvwadd_wch`.
    private func put(_ cell: Cell, window: UnsafeMutablePointer<WINDOW>, y: Int32, x: Int32) {
        let (attributes, pair) = pairs.resolve(cell.style)
        var characters = Self.wideCharacters(cell.grapheme)
        var cc = cchar_t()
        guard setcchar(&cc, &characters, attributes, pair, nil) == OK else { return }
        // The bottom-right cell returns ERR (the cursor cannot advance) but is drawn: ignore it.
        _ = mvwadd_wch(window, y, x, &cc)
    }

    /// The grapheme as a NUL-terminated wchar_t array: a spacing character then at most
    /// CCHARW_MAX - 1 combining marks (curses' limit); an empty grapheme becomes a space.
    nonisolated static func wideCharacters(_ grapheme: String) -> [wchar_t] {
        var scalars = grapheme.unicodeScalars.prefix(Int(CCHARW_MAX)).map { wchar_t(bitPattern: $0.value) }
        if scalars.isEmpty { scalars = [wchar_t(32)] }
        scalars.append(0)
        return scalars
    }
}
