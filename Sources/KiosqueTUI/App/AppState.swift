import KiosqueCore

/// Everything the reader shows, as a value. `update` changes it; `render` draws it.
public struct AppState: Sendable {
    public var articles: [Article]
    public var issues: [LoadIssue]
    public var size: Size
    public var display: DisplayOptions

    /// The panel that gets the keys.
    public var focus: Panel = .list
    /// Focus mode (`z`): the reader alone.
    public var zoomed = false
    public var list = ListState()
    public var reader = ReaderState()
    public var side = SideState()
    /// Analysis results and how entities are shown.
    public var entities = EntityState()
    /// The sectors of the articles and of the open article.
    public var sectors: SectorState
    /// The sector picker (`t`), nil when closed.
    public var picker: SectorPickerState?
    /// The "why" view (`w`), nil when closed.
    public var why: SectorWhyState?
    /// The help screen, nil when closed.
    public var help: HelpState?
    /// A message for the status line (e.g. a data file that could not be read), shown before
    /// the load issues.
    public var statusMessage: String?
    /// A short answer to the last key (`Bookmark saved`, `deleted, u to undo`), shown first in
    /// the status line and cleared by the next key.
    public var notice: String?
    /// Why bookmark changes are kept in memory (read-only or full disk), shown in the status
    /// line until they are written.
    public var storeWarning: String?
    /// Bookmarks of every article, where they are in the corpus, the bookmark view.
    public var bookmarks = BookmarkState()
    /// Per article: reading position and read mark.
    public var reading = ReadingMemory()
    /// The one-line note editor of a bookmark, nil when closed; it takes the keys while open.
    public var noteEditor: NoteEditorState?
    /// The search prompt, history and matches (the active search is `list.filter?.search`).
    public var search = SearchState()
    /// Set by `q` while bookmark changes wait in memory: a second `q` quits anyway.
    public var quitArmed = false

    public var keyMap: KeyMap
    public var theme: Theme
    public var strings: Strings

    /// A state with the bundled key map, theme and strings; a data file that cannot be read is
    /// replaced by a minimal one and its error shown in the status line.
    public init(articles: [Article], issues: [LoadIssue], size: Size, display: DisplayOptions) {
        let (resources, errors) = AppResources.bundledOrFallback(for: display)
        self.init(articles: articles, issues: issues, size: size, display: display, resources: resources)
        if !errors.isEmpty { statusMessage = errors.joined(separator: "; ") }
    }

    /// A state with given resources (tests, or a user's own key map).
    public init(articles: [Article], issues: [LoadIssue], size: Size, display: DisplayOptions, resources: AppResources) {
        self.articles = articles
        self.issues = issues
        self.size = size
        self.display = display
        self.keyMap = resources.keyMap
        self.theme = resources.theme.with(colors: display.colors)
        self.strings = resources.strings
        self.sectors = SectorState(articleCount: articles.count)
        if !articles.isEmpty { App.open(&self, article: 0) }
    }

    /// The open article, if any.
    public var openArticle: Article? {
        guard let index = reader.article, articles.indices.contains(index) else { return nil }
        return articles[index]
    }

    /// The passage under the cursor, for bookmarks and filters.
    public var passage: Passage? {
        guard let article = openArticle, let cursor = reader.cursor else { return nil }
        return Passage(article: article.id, sentence: cursor)
    }

    /// Where everything goes on the screen for the current size, focus and zoom.
    public var layout: ScreenLayout { ScreenLayout(size: size, focus: focus, zoomed: zoomed) }
}

/// The article list as shown: every article, or only those the filter keeps.
extension AppState {
    /// Rows of the list.
    public var listCount: Int { list.filter?.rows.count ?? articles.count }

    /// The article (index into `articles`) on a row of the list.
    public func article(atRow row: Int) -> Int? {
        if let rows = list.filter?.rows { return rows.indices.contains(row) ? rows[row] : nil }
        return articles.indices.contains(row) ? row : nil
    }

    /// The row of an article in the list, nil when the filter hides it.
    public func row(ofArticle index: Int) -> Int? {
        if let rows = list.filter?.rows { return rows.firstIndex(of: index) }
        return articles.indices.contains(index) ? index : nil
    }

    /// The article selected in the list.
    public var selectedArticle: Int? { article(atRow: list.selected) }
}
