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
    /// `0`, `Ctrl-t`: clear the list filter and the highlighted entity.
    case clearFilter
}
