/// The side panel (outline and details): its scroll position when it has the focus.
public struct SideState: Hashable, Sendable {
    /// Index of the first row shown.
    public var scroll: Int = 0
    public init(scroll: Int = 0) { self.scroll = scroll }
}

/// The help screen, when open: how far it is scrolled.
public struct HelpState: Hashable, Sendable {
    public var scroll: Int = 0
    public init(scroll: Int = 0) { self.scroll = scroll }
}
