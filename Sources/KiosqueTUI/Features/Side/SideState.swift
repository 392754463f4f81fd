import KiosqueCore

/// The side panel: which view it shows and its scroll position when it has the focus.
public struct SideState: Hashable, Sendable {
    /// Index of the first row shown.
    public var scroll: Int = 0
    public var view: SideView = .outline
    /// In the entity view: the selected entity, by key, never by position: the view's order
    /// changes as the index brings counts and canonical names. Nil selects the first.
    public var entity: EntityKey?
    public init(scroll: Int = 0, view: SideView = .outline) {
        self.scroll = scroll
        self.view = view
    }
}

/// What the side panel shows (`E` and `B` switch).
public enum SideView: Hashable, Sendable {
    /// The outline of the open article and its details.
    case outline
    /// The open article's entities grouped by type, with mention counts.
    case entities
    /// Every bookmark, of every article (`B`).
    case bookmarks
}

/// The help screen, when open: how far it is scrolled.
public struct HelpState: Hashable, Sendable {
    public var scroll: Int = 0
    public init(scroll: Int = 0) { self.scroll = scroll }
}
