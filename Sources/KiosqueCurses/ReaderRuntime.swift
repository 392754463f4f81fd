import KiosqueTUI

/// The event loop: read an event, update, run the effects, render, draw the changes.
///
/// Between key reads it empties the analysis worker's inbox into `update` (as
/// `Message.analyzed`), reading keys with a shorter timeout while results are still to come.
///
/// Generic over the state so that the loop can run other programs than the reader (the backend
/// demo used by the end-to-end tests). Every curses call happens here or below, on the main actor.
@MainActor
struct ReaderRuntime<State> {
    let drawer: FrameDrawer
    let input: InputReader
    let update: (inout State, Message) -> [Effect]
    let render: (State) -> Frame
    /// The background analysis, if the program has one.
    let worker: AnalysisWorker?

    /// How long a key read waits while the analysis runs, and when it does not (milliseconds).
    static var busyTimeout: Int32 { 40 }
    static var idleTimeout: Int32 { 150 }

    /// Runs until the program quits, Ctrl-C or a quit signal arrives, or stdin closes.
    ///
    /// The state first gets a `.resize` with the screen size, then is rendered.
    func run(state initial: State) -> ReaderEnding {
        var state = initial
        if let ending = apply(.resize(drawer.screenSize), to: &state) { return ending }
        drawer.draw(render(state))
        while true {
            if let signal = SignalTrap.takeQuitSignal() { return .signal(signal) }
            input.setTimeout(worker?.isBusy == true ? Self.busyTimeout : Self.idleTimeout)
            if let worker, case let messages = worker.takeMessages(), !messages.isEmpty {
                for message in messages {
                    if let ending = apply(message, to: &state) { return ending }
                }
                drawer.draw(render(state))
            }
            let message: Message
            switch input.next() {
            case .closed:
                return .inputClosed
            case .idle:
                continue
            case .event(.redraw):
                drawer.invalidate()
                drawer.draw(render(state))
                continue
            case .event(.interrupt):
                return .interrupted
            case .event(.resize(let size)):
                drawer.invalidate()
                message = .resize(size)
            case .event(.key(let key)):
                message = .key(key)
            }
            if let ending = apply(message, to: &state) { return ending }
            drawer.draw(render(state))
        }
    }

    /// Updates the state and runs the effects; returns an ending when one of them quits.
    private func apply(_ message: Message, to state: inout State) -> ReaderEnding? {
        for effect in update(&state, message) {
            switch effect {
            case .quit: return .quit
            case .analyse(let article): worker?.prioritize(article)
            }
        }
        return nil
    }
}

/// Why the loop ended, and the process exit status that goes with it.
enum ReaderEnding: Equatable {
    /// The program asked to quit: 0.
    case quit
    /// Ctrl-C typed in the reader: 130, as if SIGINT had arrived.
    case interrupted
    /// SIGINT, SIGTERM or SIGHUP arrived: 128 + signal.
    case signal(Int32)
    /// stdin was closed: 1.
    case inputClosed

    var exitStatus: Int32 {
        switch self {
        case .quit: return 0
        case .interrupted: return 128 + 2
        case .signal(let number): return 128 + number
        case .inputClosed: return 1
        }
    }
}
