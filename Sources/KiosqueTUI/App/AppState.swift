import Foundation
import KiosqueCore

/// Everything the reader shows, as a value. `update` changes it; `render` draws it.
///
/// The corpus is a `Catalogue` (one summary per article, in flat arrays, from the index). State
/// names articles by `ArticleID` (the open article, a load on its way, the note editor, the
/// search prompt's anchor, bookmarks) and asks the catalogue for a position when it needs one
/// (`Catalogue.position(of:)`), so a refresh that moves articles moves nothing in the state;
/// positions are kept only for list rows (`ListState.selected`, filter rows). Only the open
/// article is held in full (`open`); opening one is an effect (`Effect.loadArticle`).
public struct AppState: Sendable {
    /// Every article of the corpus as the index knows it so far, in corpus order.
    public var catalogue: Catalogue
    /// The index worker's number of the catalogue (0: the one read at start), so that an entity
    /// index built from another catalogue is refused.
    public var catalogueSerial = 0
    /// Unreadable input: the catalogue's, plus files the last index update could not read.
    public var issues: [LoadIssue]
    public var size: Size
    public var display: DisplayOptions

    /// The background index update: running, how far, failure.
    public var index = IndexState()
    /// The fetch of the subscriptions (`R`).
    public var feeds = FeedsState()
    /// The open article, held in full, with its stored analysis; its id is `reader.article`.
    public var open: OpenArticle?
    /// The article being loaded (the answer to the last `Effect.loadArticle`).
    public var loads = ArticleLoads()

    /// The panel that gets the keys.
    public var focus: Panel = .list
    /// Focus mode (`z`): the reader alone.
    public var zoomed = false
    /// How the panels share the screen (`|`, `<`, `>`), kept in `layout.json` (`Effect.savePanelWidths`).
    public var panels: PanelWidths = .standard
    public var list = ListState()
    /// The catalogue sorted in the list order's base order (`ListOrder.base`): the rows of the
    /// list without a filter. Sorted again only with a new catalogue or a new base order.
    public var ordering: CatalogueOrdering
    public var reader = ReaderState()
    public var side = SideState()
    /// The corpus-wide entity index and how entities are shown.
    public var entities = EntityState()
    /// The taxonomy, counts per sector, and the open article's sectors in full.
    public var sectors = SectorState()
    /// The sector picker (`t`), nil when closed.
    public var picker: SectorPickerState?
    /// The "why" view (`w`), nil when closed.
    public var why: SectorWhyState?
    /// The help screen, nil when closed.
    public var help: HelpState?
    /// The load problems overlay (`P`), nil when closed.
    public var problems: ProblemsState?
    /// A message for the status line (e.g. a data file that could not be read), shown before
    /// the load issues. Notices are values; `StatusBarView` words them when it draws.
    public var statusMessage: Notice?
    /// A short answer to the last key (`Bookmark saved`, `deleted, u to undo`), shown first in
    /// the status line and cleared by the next key.
    public var notice: Notice?
    /// Why bookmark changes are kept in memory (read-only or full disk), shown in the status
    /// line until they are written.
    public var storeWarning: Notice?
    /// Bookmarks of every article, where they are in the corpus, the bookmark view.
    public var bookmarks = BookmarkState()
    /// Per article: reading position and read mark.
    public var reading = ReadingMemory()
    /// The catalogue positions of the articles read (`reading`, matched to this catalogue):
    /// rebuilt with a new catalogue or reading state, kept up by each mark, so that the unread
    /// count (`ListState.unread`) is one pass over the list's rows.
    public var readPositions: Set<Int> = []
    /// The one-line note editor of a bookmark, nil when closed; it takes the keys while open.
    public var noteEditor: NoteEditorState?
    /// The search prompt, history and matches (the active search is `list.filter?.search`).
    public var search = SearchState()
    /// Saved views (`S`, `W`) and the period and name prompts.
    public var views = ViewsState()
    /// Set by `q` while bookmark changes wait in memory: a second `q` quits anyway.
    public var quitArmed = false
    /// True once the user pressed a key: the last article read is then no longer brought back
    /// when it reaches the catalogue late (a first index), so the screen never changes under them.
    public var userActed = false

    public var keyMap: KeyMap
    public var theme: Theme
    public var strings: Strings

    /// A state with the bundled key map, theme and strings, and the user's `keymap.json` and
    /// `theme.json` of `settings` (`$XDG_CONFIG_HOME/kiosque`) over them (`UserSettings`); a data
    /// file that cannot be read or used is replaced and its error shown in the status line.
    public init(catalogue: Catalogue, size: Size, display: DisplayOptions, settings: URL? = nil) {
        let (resources, errors) = UserSettings.resources(for: display, folder: settings)
        self.init(catalogue: catalogue, size: size, display: display, resources: resources)
        if !errors.isEmpty { statusMessage = .said(errors) }
    }

    /// A state with given resources (tests, or a user's own key map). Nothing is open yet:
    /// `Message.started` opens the first article (or the reading state brings back the last one).
    public init(catalogue: Catalogue, size: Size, display: DisplayOptions, resources: AppResources) {
        self.catalogue = catalogue
        self.ordering = catalogue.ordering(ListState.defaultOrder)
        self.issues = catalogue.problems
        self.size = size
        self.display = display
        self.keyMap = resources.keyMap
        self.theme = resources.theme.with(colors: display.colors)
        self.strings = resources.strings
        sectors.recount(catalogue)
    }

    /// The open article, if any.
    public var openArticle: Article? { open?.article }

    /// The passage under the cursor, for bookmarks and filters.
    public var passage: Passage? {
        guard let article = openArticle, let cursor = reader.cursor else { return nil }
        return Passage(article: article.id, sentence: cursor)
    }

    /// Where everything goes on the screen for the current size, focus and zoom.
    public var layout: ScreenLayout { ScreenLayout(size: size, focus: focus, zoomed: zoomed, widths: panels) }

    /// The layout with `panel` on screen: the real one when it shows the panel, else the one
    /// it would be given the focus (one panel at a time, a folded side panel), out of focus mode
    /// unless the panel is the reader.
    func layout(showing panel: Panel) -> ScreenLayout {
        let real = layout
        if real.rect(of: panel) != nil { return real }
        return ScreenLayout(size: size, focus: panel, zoomed: zoomed && panel == .reader, widths: panels)
    }

    /// The reading-state key of the article at a position (id and location).
    public func key(at position: Int) -> ArticleKey {
        ArticleKey(id: catalogue.ids[position], location: catalogue.location(at: position))
    }

    /// The open article's position in the catalogue now, nil when none is open or it is gone.
    public var openPosition: Int? { reader.article.flatMap(catalogue.position(of:)) }

    /// The position of a requested article: where the request read it when the same id is still
    /// there (a binary search), else the first article with its id.
    public func position(of request: ArticleRequest) -> Int? {
        if let position = catalogue.position(path: request.place.path, line: request.place.line),
           catalogue.ids[position] == request.id { return position }
        return catalogue.position(of: request.id)
    }
}

/// The article list as shown: every article, or only those the filter keeps.
extension AppState {
    /// Rows of the list.
    public var listCount: Int { list.filter?.rows.count ?? catalogue.count }

    /// The article (position in the catalogue) on a row of the list.
    public func article(atRow row: Int) -> Int? {
        if let rows = list.filter?.rows { return rows.indices.contains(row) ? rows[row] : nil }
        guard row >= 0 && row < catalogue.count else { return nil }
        return ordering.count == catalogue.count ? ordering.positions[row] : row
    }

    /// The row of an article in the list, nil when the filter hides it.
    public func row(ofArticle index: Int) -> Int? {
        if let rows = list.filter?.rows { return rows.firstIndex(of: index) }
        guard index >= 0 && index < catalogue.count else { return nil }
        return ordering.count == catalogue.count ? Int(ordering.ranks[index]) : index
    }

    /// The row of an article known by id, nil when the catalogue lacks it or the filter hides it.
    public func row(of id: ArticleID) -> Int? { catalogue.position(of: id).flatMap(row(ofArticle:)) }

    /// The article selected in the list.
    public var selectedArticle: Int? { article(atRow: list.selected) }

    /// The id of the article selected in the list.
    public var selectedID: ArticleID? { selectedArticle.map { catalogue.ids[$0] } }
}
