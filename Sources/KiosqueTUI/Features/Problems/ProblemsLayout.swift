import KiosqueCore

/// The problems overlay's rows and box for the screen size: shared by `ProblemsView`, which draws
/// them, and `update`, which scrolls them.
enum ProblemsLayout {
    struct Row: Hashable {
        var text: String
        /// The location line of a problem (else a line of its reason, indented).
        var isLocation: Bool
    }

    static let maximumWidth = 100
    /// Columns the reason is indented by, under its location.
    static let indent = 2

    /// Every row before scrolling: each problem's location (cut from its start when too long,
    /// so that the file name stays), then its reason wrapped to the box.
    static func rows(_ state: AppState) -> [Row] {
        let width = max(1, frame(state).width - 4)
        var rows: [Row] = []
        for issue in state.issues {
            rows.append(Row(text: Truncation.truncateLeading(issue.location, width: width), isLocation: true))
            for part in Wrapper.wrap(state.strings.loadReason(issue.reason), width: max(1, width - indent)) {
                rows.append(Row(text: part, isLocation: false))
            }
        }
        return rows
    }

    static func frame(_ state: AppState) -> CenteredBox { CenteredBox(screen: state.size, maximumWidth: maximumWidth) }

    /// The box on screen for a number of rows.
    static func box(_ state: AppState, rowCount: Int) -> Rect { frame(state).rect(rowCount: rowCount) }

    /// Rows visible at once and the largest scroll.
    static func metrics(_ state: AppState) -> (viewport: Int, maxScroll: Int) { frame(state).metrics(rowCount: rows(state).count) }
}
