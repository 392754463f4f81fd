/// What one render produces: the base screen and the overlays stacked above it.
///
/// The curses backend draws `base` on the standard screen and each overlay on its own ncurses
/// panel, top-most last (the help screen is one). Tests look at `composed`.
public struct Frame: Hashable, Sendable {
    public var base: Grid
    public var overlays: [Overlay]
    /// Where the terminal cursor should be shown (e.g. in a prompt), or nil to hide it.
    public var cursor: Position?

    public init(base: Grid, overlays: [Overlay] = [], cursor: Position? = nil) {
        self.base = base
        self.overlays = overlays
        self.cursor = cursor
    }

    /// The base with every overlay copied over it, as the user sees it.
    public var composed: Grid {
        var grid = base
        for overlay in overlays {
            for y in 0..<overlay.grid.height {
                for x in 0..<overlay.grid.width where grid.contains(x: overlay.origin.x + x, y: overlay.origin.y + y) {
                    grid[overlay.origin.x + x, overlay.origin.y + y] = overlay.grid[x, y]
                }
            }
        }
        return grid
    }
}

/// A grid drawn above the base screen at `origin` (a panel in the curses backend).
public struct Overlay: Hashable, Sendable {
    public var origin: Position
    public var grid: Grid
    public init(origin: Position, grid: Grid) {
        self.origin = origin
        self.grid = grid
    }
}

/// A cell position.
public struct Position: Hashable, Sendable {
    public var x: Int
    public var y: Int
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
