import KiosqueCore

/// What the status line has to say, as a value: `update` records what happened, and
/// `StatusBarView` words it in the interface language when it draws a frame (so a path is cut to
/// the width of that frame, and a key is named from the live key map).
///
/// Held in three places of `AppState`: `notice` (the answer to the last key, cleared by the next
/// one), `storeWarning` (changes kept in memory, until written) and `statusMessage` (sticky).
public enum Notice: Hashable, Sendable {
    // Answers to a key.
    /// `O` on a row whose article names no outlet.
    case outletNone
    /// `R`: the fetch started; it runs already; no subscription; it could not run (why).
    case feedsStarted
    case feedsAlreadyRunning
    case feedsNone
    case feedsFailed(reason: String)
    /// The fetch ended: feeds tried, articles added, feeds that failed.
    case feedsFetched(feeds: Int, added: Int, failed: Int)
    case bookmarkSaved
    case noteSaved
    /// Ctrl-C in the note editor: the bookmark and note were kept as typed; a second Ctrl-C quits.
    case noteKeptOnInterrupt
    case bookmarkCancelled
    /// `b` on a passage already bookmarked: its note is opened instead.
    case bookmarkAlready
    /// `v`, `V`, `b` outside the reader.
    case bookmarkReaderOnly
    /// The bookmark's passage is no longer found in its article.
    case bookmarkDetached
    /// Deleted; names the key that undoes it.
    case bookmarkDeleted
    case bookmarkNothingToUndo
    case bookmarkRestored
    case bookmarkNotInCorpus(location: String)
    /// A new bookmark, a note, a deletion kept in memory because the disk refuses it.
    case bookmarkKeptInMemory(StoreError)
    /// A change the store refused (the bookmark is gone).
    case bookmarkChangeFailed(StoreError)
    /// Changes that had been kept in memory are now written.
    case storeWritten(count: Int)
    case exportNothing
    /// A bookmark's tags were saved (`T` in the bookmark view, or `#tags` in a note).
    case tagsSaved
    /// The press review was written: the path is cut from its start to the room left.
    case exportWritten(path: String, passages: Int)
    case exportFailed(reason: String)
    /// `q` while changes wait in memory; names the key that quits anyway.
    case quitUnsaved(count: Int)
    /// An article could not be read (file changed, moved or removed since it was indexed).
    case openFailed(LoadIssue)
    case searchFailed(reason: String)
    /// Why the query cannot be searched (an unclosed quote).
    case searchQuery(SearchQueryError)
    /// `n`/`N` without a search; names the search key.
    case searchNone
    case searchNoArticle(query: String)
    case searchNoMatchHere
    case searchLastMatch
    case searchFirstMatch
    /// `Match 2/5`.
    case searchPosition(current: Int, total: Int)
    /// `}`/`{` with no sector filter; names the keys that choose one.
    case sectorPassageNoSector
    /// `}`/`{` in an article with no passage about the chosen sectors.
    case sectorPassageNone
    /// `}` after the last passage, `{` before the first.
    case sectorPassageLast
    case sectorPassageFirst
    /// `P` when every file could be read.
    case problemsNone
    /// The note editor is full: typing and pasting stop at this many characters.
    case noteLimit(Int)
    /// `o`/`y` on an article without a link.
    case linkNone
    /// `o` on a link that is not http(s) (links come from the wild): not opened.
    case linkNotWeb(String)
    /// The link was handed to this browser command.
    case linkOpening(command: String)
    /// No browser could be started; names `$BROWSER`.
    case linkNoBrowser
    /// The browser command exited with a failure (128 + n: killed by signal n).
    case linkFailed(command: String, status: Int32)
    case linkCopied
    /// The terminal could not be written to.
    case linkCopyFailed
    /// `s`: the list's order now.
    case listOrdered(ListOrder)
    /// `m`: the article is read, or unread again.
    case markedRead, markedUnread
    /// `M`: articles marked read (names the key that undoes it); `U`: marked unread again.
    case markedAllRead(count: Int)
    case markAllUndone(count: Int)
    case markAllNothingToUndo
    /// `.` / `,`: no unread article that way.
    case unreadNoneAfter, unreadNoneBefore
    /// `m`, `M`, `.`, `,` without a reading state.
    case readMarksUnavailable

    // Filters and saved views (`Features/Views`).
    /// `0`/Esc cleared the filters; names the key that brings them back.
    case filterCleared
    case filterRestored
    /// Ctrl-C in the period or view-name prompt: closed, nothing changed.
    case promptCancelled
    case periodInvalid(DatePeriodError)
    case viewNameEmpty
    case viewSaved(name: String)
    case viewReplaced(name: String)
    /// `W` without a saved view; names the key that saves one.
    case viewsNone(save: String)
    case viewRecalled(name: String)
    case viewDeleted(name: String, undo: String)
    case viewRestored(name: String)
    case viewsNothingToUndo
    case viewsSaveFailed(reason: String)
    /// `views.json` cannot be used (also sticky, at start).
    case viewsFileBroken(reason: String)
    /// A kept or recalled view's entity no article mentions any more: dropped from the filter.
    case viewEntityGone(name: String)

    // Store warning.
    /// Bookmark changes kept in memory, and why.
    case storeKeptInMemory(count: Int, StoreError)

    // Sticky messages.
    /// On the seed articles: the library is empty, and how to fill it (said while nothing else is).
    case libraryEmpty
    case indexFailed(reason: String)
    case indexTemporary(reason: String, path: String)
    case indexUnavailable(reason: String)
    case searchHistoryUnavailable(reason: String)
    case readingUnavailable(reason: String)
    case sectorUnavailable(reason: String)
    case sectorUnknown(name: String)
    /// The user's `sectors.tsv` cannot be used (file, line, field, why): the built-in sectors are.
    case sectorFileIgnored(reason: String)
    /// A damaged database file was moved aside (never deleted).
    case storeMovedAside(file: String, movedTo: String)
    case storeUnreadable(StoreError)
    /// The bookmark database can only be read: new bookmarks go to the rescue file at the end.
    case storeReadOnly(file: String)
    /// Words already written elsewhere (a data file's error, the search history's notes).
    case said([String])
    /// Several messages, joined by `; `.
    indirect case several([Notice])
    /// `|`: the side panel folded (shown again by the same key) or shown.
    case sideFolded
    case sideShown
    /// `<`, `>`: the panels' shares now, in percent.
    case panelWidths(list: Int, side: Int)
    /// `layout.json` could not be used (why): the default widths are.
    case layoutFileIgnored(reason: String)
    /// Esc or Ctrl-C in the review's title prompt (`x`): nothing written.
    case exportCancelled
    /// `x` with a period filter that no shown bookmark's article date falls in (the period as typed).
    case exportNothingInPeriod(period: String)
}
