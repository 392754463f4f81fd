/// The frame of a scrolling overlay (help, why view) centred on the screen: at most
/// `maximumWidth` columns and as tall as its rows, within a margin of the screen.
struct CenteredBox {
    var screen: Size
    var maximumWidth: Int

    var width: Int { min(screen.width - 4, maximumWidth) }

    /// The box for `rowCount` rows of content plus the border.
    func rect(rowCount: Int) -> Rect {
        let height = max(3, min(screen.height - 2, rowCount + 2))
        return Rect(x: (screen.width - width) / 2, y: (screen.height - height) / 2, width: width, height: height)
    }

    /// Rows visible at once, and the largest scroll, for `rowCount` rows.
    func metrics(rowCount: Int) -> (viewport: Int, maxScroll: Int) {
        let viewport = max(1, rect(rowCount: rowCount).height - 2)
        return (viewport, max(0, rowCount - viewport))
    }
}
