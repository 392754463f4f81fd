import KiosqueTUI

/// The event loop: read an event, `App.update`, run the effects, `App.render`, draw the changes.
///
/// Every curses call happens here or below, on the main actor.
@MainActor
struct ReaderRuntime {
    /// Why the loop ended.
    enum Ending: Equatable {
        /// The app asked to quit.
        case quit
        /// SIGINT, SIGTERM or SIGHUP arrived.
        case signal(Int32)
        /// stdin was closed.
        case inputClosed

        /// The process exit status: 0 on quit, 128 + signal, 1 when input was lost.
        var exitStatus: Int32 {
            switch self {
            case .quit: return 0
            case .signal(let number): return 128 + number
            case .inputClosed: return 1
            }
        }
    }

    let drawer: FrameDrawer
    let input: InputReader

    /// Runs until the app quits, a quit signal arrives or stdin closes.
    func run(state initial: AppState) -> Ending {
        var state = initial
        state.size = drawer.screenSize
        drawer.draw(App.render(state))
        while true {
            if let signal = SignalTrap.takeQuitSignal() { return .signal(signal) }
            let message: Message
            switch input.next() {
            case .closed:
                return .inputClosed
            case .idle:
                continue
            case .event(.redraw):
                drawer.invalidate()
                drawer.draw(App.render(state))
                continue
            case .event(.resize(let size)):
                drawer.invalidate()
                message = .resize(size)
            case .event(.key(let key)):
                message = .key(key)
            }
            for effect in App.update(&state, message) {
                switch effect {
                case .quit: return .quit
                }
            }
            drawer.draw(App.render(state))
        }
    }
}
