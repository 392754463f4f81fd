/// The help screen takes every key while it is open.
extension App {
    static func updateHelp(_ state: inout AppState, _ action: Action) {
        guard var help = state.help else { return }
        switch action {
        case .back, .help, .quit:
            state.help = nil
            return
        default:
            guard let motion = Motion(action) else { return }
            let metrics = HelpLayout.metrics(state)
            let target = Int64(help.scroll) + Int64(motion.rows(height: metrics.viewport))
            help.scroll = Int(max(0, min(Int64(metrics.maxScroll), target)))
        }
        state.help = help
    }
}
