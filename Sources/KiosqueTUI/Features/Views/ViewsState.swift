import KiosqueCore

/// The saved views (`S` saves the list's filters and order under a name, `W` picks one) and the
/// one-line prompts of this feature (the period `p`, a view's name).
public struct ViewsState: Sendable {
    /// The views of `views.json`, in the order saved.
    public var saved: [SavedView] = []
    /// Why `views.json` could not be used (its place and what is wrong): nothing is saved over it.
    public var fileProblem: String?
    /// The prompt open (period or name), nil when closed; it takes the keys while open.
    public var prompt: ViewsPrompt?
    /// The picker (`W`), nil when closed.
    public var picker: ViewsPicker?
    /// The view deleted last in the picker and where it was, for `u`.
    public var lastDeleted: DeletedView?
    /// The search of the view kept at the last session, asked for once the reader starts.
    public var startSearch: SearchRequest?
    /// The entity of the view kept at the last session: once the entity index is in, dropped
    /// (and named) when no article mentions it any more.
    public var restoredEntity: EntityKey?

    public init() {}
}

/// A one-line prompt of the views feature.
public struct ViewsPrompt: Hashable, Sendable {
    public enum Kind: Hashable, Sendable {
        /// `p`: a number of days or dates `FROM..TO`; empty: no period.
        case period
        /// `S`: the name to save the list's view under.
        case name
    }

    public var kind: Kind
    public var editor: LineEditor
}

/// The picker of saved views: the selected row.
public struct ViewsPicker: Hashable, Sendable {
    public var selected = 0
}

/// A view deleted in the picker and its place in the list.
public struct DeletedView: Hashable, Sendable {
    public var view: SavedView
    public var index: Int
}
