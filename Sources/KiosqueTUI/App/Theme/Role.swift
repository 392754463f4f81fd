/// What a piece of the screen is, for the theme to give it a style.
public enum Role: String, CaseIterable, Hashable, Sendable {
    case text, heading, teaser
    case articleTitle, articleMeta
    /// The sentence under the passage cursor, and its mark in the left margin.
    case cursorSentence, cursorMark
    case border, borderFocused, panelTitle, panelTitleFocused
    /// The selected list row when the list has the focus, and when it has not.
    case selection, selectionInactive
    case listDate, openMark
    case tabActive, tabInactive
    case status, statusWarning
    case hintKey, hintText
    case sectionTitle, outlineHeading, outlineCurrent, detailLabel
    case helpBorder, helpTitle, helpGroup, helpKey, helpText
    /// Messages standing in for content: no articles, terminal too small.
    case notice
    /// Entity mentions, one style per type; each keeps an attribute of its own in monochrome.
    case entityPerson = "entity.person"
    case entityLocation = "entity.location"
    case entityOrganization = "entity.organization"
    case entityDate = "entity.date"
    /// Every mention of the entity chosen with Enter in the entity view.
    case entityHighlight = "entity.highlight"
    /// The mention `]` / `[` went to.
    case entityMark = "entity.mark"
    /// A sector's mark in the list for a central article (level 2) and for a mention (level 1);
    /// the sector's own colour (from the taxonomy) is laid over them when there are colours.
    case sectorCentral = "sector.central"
    case sectorMentioned = "sector.mentioned"
    /// The margin mark `┃` of a passage of an active sector in the reader (also in its colour).
    case sectorPassage = "sector.passage"
    /// A checked sector in the picker.
    case sectorChecked = "sector.checked"
    /// The margin mark of a bookmarked passage in the reader.
    case bookmarkMark = "bookmark.mark"
    /// A bookmark's note, and the state of a passage no longer found (or not in the corpus),
    /// in the bookmark view.
    case bookmarkNote = "bookmark.note"
    case bookmarkDetached = "bookmark.detached"
    /// The selected sentences in the reader (`v`, `V`).
    case passageSelected = "passage.selected"
    /// An unread article's title in the list, and its mark.
    case listUnread = "list.unread"
    case unreadMark = "list.unreadMark"
    /// The label of a one-line prompt (the note editor) and its text.
    case promptLabel = "prompt.label"
    case promptText = "prompt.text"
    /// The search's matches in the reader (title and text), laid over the text's and entities'
    /// styles; the current match (`n`/`N`) more strongly. Both keep an attribute in monochrome.
    case searchMatch = "search.match"
    case searchCurrent = "search.current"
    /// The count of matching articles at the right of the search prompt.
    case promptInfo = "prompt.info"
}
