import KiosqueCore

/// Which rectangle each part of the screen gets, for a size, a focus and focus mode.
///
/// - below 60x15: nothing but the too-small message;
/// - 100 columns and more: list, reader and side panel side by side (`PanelWidths`: the side panel
///   takes its share of the screen, 24 to 48 columns, then the list its share of the rest, leaving
///   the reader 30 columns at least). A folded side panel (`|`; folded by default below 180
///   columns) is shown only while it has the focus; the list and reader share the room otherwise;
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

    /// The side panel's narrowest and widest.
    public static let sideWidths = 24...48
    /// The list's narrowest, and the reader's.
    public static let minimumList = 24
    public static let minimumReader = 30

    public init(size: Size, focus: Panel, zoomed: Bool, widths: PanelWidths = .standard) {
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
            let sideShown = ScreenLayout.showsSide(size: size, focus: focus, zoomed: zoomed, widths: widths)
            let bounds = ScreenLayout.sideWidths
            let sideWidth = sideShown ? min(bounds.upperBound, max(bounds.lowerBound, size.width * widths.side / 100)) : 0
            let room = size.width - sideWidth
            let listWidth = min(room - ScreenLayout.minimumReader, max(ScreenLayout.minimumList, room * widths.list / 100))
            let (list, others) = main.splitLeft(listWidth)
            let (reader, side) = others.splitLeft(others.width - sideWidth)
            panels = sideShown ? [.list: list, .reader: reader, .side: side] : [.list: list, .reader: reader]
        } else {
            mode = .onePanel
            let (bar, body) = main.splitTop(1)
            tabBar = bar
            panels = [focus: body]
        }
    }

    /// True when the side panel is beside the list and reader (from 100 columns, out of focus
    /// mode, unfolded or focused), without building the layout.
    public static func showsSide(size: Size, focus: Panel, zoomed: Bool, widths: PanelWidths) -> Bool {
        !zoomed && size.width >= threePanelWidth && size.height >= minimumSize.height
            && (focus == .side || !widths.isSideFolded(width: size.width))
    }

    /// The rectangle of a panel, nil when the panel is not on screen.
    public func rect(of panel: Panel) -> Rect? { panels[panel] }
}
