/// What a key press asks for, whatever key it was. `keymap.json` maps key names to these.
public enum Action: String, CaseIterable, Hashable, Sendable {
    case down, up
    case top, bottom
    case pageDown, pageUp
    case halfPageDown, halfPageUp
    /// Tab / Shift-Tab: the next or previous panel, wrapping around.
    case nextPanel, previousPanel
    /// `h` / `l`: the panel to the left or right, without wrapping.
    case panelLeft, panelRight
    case open
    /// Esc: close help, leave focus mode, or go back from the reader to the list.
    case back
    /// `z`: focus mode, the reader alone.
    case zoom
    case help
    case quit
    /// `]` / `[`: the next or previous entity mention in the reader.
    case nextEntity, previousEntity
    /// `E`: the side panel's "Entities" view, or back to the outline and details.
    case entityView
    /// `L`: the legend of entity styles.
    case legend
    /// `F1`..`F4`: show or hide one entity type.
    case togglePerson, toggleLocation, toggleOrganization, toggleDate
    /// `f`: narrow the article list to the articles mentioning the selected entity.
    case filterEntity
    /// `0`, `Ctrl-t`: clear every list filter (entity and sectors) and the highlighted entity.
    case clearFilter
    /// `1`, `2`, `3`: add or remove one sector of the list filter; each binding names its sector
    /// in `keymap.json` (`"sector": "énergie"`).
    case toggleSector
    /// `t`: the sector picker (every sector with its key, colour and article count).
    case sectorPicker
    /// `a`: several sectors match articles about any of them, or about all of them.
    case sectorMatch
    /// `s`: the list's next order: newest first, oldest first, by outlet, file order (central
    /// articles first under a sector filter), then under a sector filter by relevance (score).
    case listOrder
    /// `m`: the selected (list) or open (reader) article read, or unread again.
    case toggleRead
    /// `M`: every article the list shows marked read; `U` undoes it.
    case markAllRead
    /// `U`: the marks the last `M` changed back to unread.
    case undoMarkAll
    /// `.` / `,`: the next or previous unread article of the list (opened from the reader).
    case nextUnread, previousUnread
    /// `}` / `{`: the next or previous passage of the active sectors in the reader.
    case nextSectorPassage, previousSectorPassage
    /// `w`: why the article and the passage under the cursor are in their sectors (terms, scores).
    case sectorWhy
    /// `v`: start a selection at the cursor sentence, which `j`/`k` then extend (again: clear it).
    case select
    /// `V`: select the cursor's paragraph.
    case selectParagraph
    /// `b`: bookmark the selection (else the cursor sentence) and type an optional note.
    case bookmark
    /// `B`: the side panel's bookmark view (every article's bookmarks), or back to the outline.
    case bookmarkView
    /// `e` in the bookmark view: edit the selected bookmark's note.
    case editNote
    /// `d` in the bookmark view: delete the selected bookmark.
    case deleteBookmark
    /// `u` in the bookmark view: bring back the last bookmark deleted.
    case undoDelete
    /// `x`: write the bookmarks the filter shows to a Markdown press review.
    case exportBookmarks
    /// `/`: the search prompt (search as you type; Enter keeps the search as a list filter).
    case search
    /// `n` / `N`: the next or previous match of the search, on to the next or previous article.
    case nextMatch, previousMatch
    /// `P`: every load problem (file or line that could not be read), with where and why.
    case problems
    /// `O`: only the articles of the selected article's outlet (again: every outlet).
    case filterOutlet
    /// `R`: fetch every subscription into the library, in the background.
    case fetchFeeds
    /// `o`: open the article's link (the open article's, or the selected row's in the list) in
    /// the browser.
    case openLink
    /// `y`: copy the article's link to the terminal's clipboard (OSC 52).
    case copyLink
    /// `T` in the bookmark view: edit the selected bookmark's tags.
    case editTags
    /// `|`: fold the side panel (then shown only while it has the focus), or show it again.
    case toggleSidePanel
    /// `>` / `<`: the focused panel wider or narrower (the list against the reader, the side
    /// panel against both); kept in `layout.json`.
    case widenPanel, narrowPanel
    /// `p`: the period prompt (a number of days, or dates `FROM..TO`; empty: no period).
    case periodFilter
    /// `S`: save the list's filters and order as a named view.
    case saveView
    /// `W`: the saved views (Enter recalls, `d` deletes, `u` brings back).
    case viewPicker
}
