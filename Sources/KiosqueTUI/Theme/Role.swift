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
}
