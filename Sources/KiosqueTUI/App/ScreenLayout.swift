/// Which rectangle each part of the screen gets, for a size, a focus and focus mode.
///
/// - below 60x15: nothing but the too-small message;
/// - 100 columns and more: list (30%, at most 50), reader, side panel (24%, 24 to 40 columns);
/// - 60 to 99 columns: the focused panel alone, under a one-line tab bar;
/// - focus mode (`z`): the reader alone, no tab bar.
///
/// The last two rows are always the status line and the hint bar.
public struct ScreenLayout: Hashable, Sendable {
    public enum Mode: Hashable, Sendable { case tooSmall, threePanels, onePanel, focusMode }

    /// The smallest terminal the layout works in.
    public static let minimumSize = Size(width: 60, height: 15)
    /// From this width on, the three panels are side by side.
    public static let threePanelWidth = 100

    public var mode: Mode
    public var tabBar: Rect?
    public var panels: [Panel: Rect]
    public var status: Rect
    public var hints: Rect

    public init(size: Size, focus: Panel, zoomed: Bool) {
        let screen = Rect(x: 0, y: 0, width: size.width, height: size.height)
        guard size.width >= ScreenLayout.minimumSize.width, size.height >= ScreenLayout.minimumSize.height else {
            mode = .tooSmall
            tabBar = nil
            panels = [:]
            status = Rect(x: 0, y: 0, width: 0, height: 0)
            hints = status
            return
        }
        let (rest, hints) = screen.splitBottom(1)
        let (main, status) = rest.splitBottom(1)
        self.status = status
        self.hints = hints
        if zoomed {
            mode = .focusMode
            tabBar = nil
            panels = [.reader: main]
        } else if size.width >= ScreenLayout.threePanelWidth {
            mode = .threePanels
            tabBar = nil
            let listWidth = min(50, size.width * 30 / 100)
            let sideWidth = min(40, max(24, size.width * 24 / 100))
            let (list, others) = main.splitLeft(listWidth)
            let (reader, side) = others.splitLeft(others.width - sideWidth)
            panels = [.list: list, .reader: reader, .side: side]
        } else {
            mode = .onePanel
            let (bar, body) = main.splitTop(1)
            tabBar = bar
            panels = [focus: body]
        }
    }

    /// The rectangle of a panel, nil when the panel is not on screen.
    public func rect(of panel: Panel) -> Rect? { panels[panel] }
}
