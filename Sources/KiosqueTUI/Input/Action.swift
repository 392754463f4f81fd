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
}
