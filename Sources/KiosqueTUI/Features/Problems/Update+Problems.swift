/// The load problems overlay (`P`) takes every key while it is open: motions scroll it; Esc, `q`
/// and `P` close it.
extension App {
    /// `P`: opens the overlay, or says that every file could be read.
    static func openProblems(_ state: inout AppState) {
        if state.issues.isEmpty {
            state.notice = .problemsNone
        } else {
            state.problems = ProblemsState()
        }
    }

    static func updateProblems(_ state: inout AppState, _ action: Action) {
        guard var problems = state.problems else { return }
        switch action {
        case .back, .problems, .quit:
            state.problems = nil
            return
        default:
            guard let motion = Motion(action) else { return }
            let metrics = ProblemsLayout.metrics(state)
            let target = Int64(problems.scroll) + Int64(motion.rows(height: metrics.viewport))
            problems.scroll = Int(max(0, min(Int64(metrics.maxScroll), target)))
        }
        state.problems = problems
    }
}
