/// A scrolling box drawn as an `Overlay` in the help's style (the help, the load problems): the
/// border with its title and footer, then rows drawn by the caller inside, then the `↑` `↓`
/// marks that say more rows are above or below.
struct OverlayBox {
    var grid: Grid
    /// The inside of the border.
    let inner: Rect
    /// The first row shown, clamped so that the last row never leaves the box half empty.
    let scroll: Int
    private let rowCount: Int
    private let theme: Theme

    init(size: Rect, title: String, footer: String, rowCount: Int, scroll: Int, theme: Theme) {
        grid = Grid(width: size.width, height: size.height)
        let local = grid.bounds
        PanelBorder.draw(local, title: title, focused: true, theme: theme, into: &grid)
        grid.restyle(local) { $0.patched(with: theme.style(for: .helpBorder)) }
        PanelBorder.drawFooter(local, text: footer, style: theme.style(for: .helpTitle), into: &grid)
        inner = local.inset(by: 1)
        self.scroll = max(0, min(scroll, rowCount - inner.height))
        self.rowCount = rowCount
        self.theme = theme
    }

    /// The overlay at `box`'s place, with the scroll marks.
    func overlay(at box: Rect) -> Overlay {
        var grid = self.grid
        if scroll + inner.height < rowCount {
            grid.put("↓", x: inner.maxX - 1, y: inner.maxY - 1, style: theme.style(for: .helpKey))
        }
        if scroll > 0 { grid.put("↑", x: inner.maxX - 1, y: inner.y, style: theme.style(for: .helpKey)) }
        return Overlay(origin: Position(x: box.x, y: box.y), grid: grid)
    }
}
