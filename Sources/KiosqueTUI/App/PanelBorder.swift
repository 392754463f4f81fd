/// A box-drawing border with a title in the top edge: `┌ Articles (12) ───┐`.
///
/// The focused panel's border and title use the `borderFocused` and `panelTitleFocused` roles
/// (bold and colour; bold and reverse in monochrome).
enum PanelBorder {
    static func draw(_ rect: Rect, title: String, focused: Bool, theme: Theme, into grid: inout Grid) {
        guard rect.width >= 2, rect.height >= 2 else { return }
        let border = theme.style(for: focused ? .borderFocused : .border)
        let horizontal = String(repeating: "─", count: rect.width - 2)
        grid.put("┌" + horizontal + "┐", x: rect.x, y: rect.y, style: border)
        grid.put("└" + horizontal + "┘", x: rect.x, y: rect.maxY - 1, style: border)
        for y in (rect.y + 1)..<(rect.maxY - 1) {
            grid.put("│", x: rect.x, y: y, style: border)
            grid.put("│", x: rect.maxX - 1, y: y, style: border)
        }
        let label = Truncation.truncate(" \(title) ", width: rect.width - 4)
        grid.put(label, x: rect.x + 2, y: rect.y, style: theme.style(for: focused ? .panelTitleFocused : .panelTitle),
                 maxX: rect.maxX - 2)
    }

    /// Text written into the bottom edge (the help screen's footer).
    static func drawFooter(_ rect: Rect, text: String, style: Style, into grid: inout Grid) {
        guard rect.width > 6, rect.height >= 2 else { return }
        grid.put(Truncation.truncate(" \(text) ", width: rect.width - 4), x: rect.x + 2, y: rect.maxY - 1,
                 style: style, maxX: rect.maxX - 2)
    }
}
