import KiosqueTUI

/// The event loop: read an event, update, run the effects, render, draw the changes.
///
/// Between key reads it lets the effect runner report background work (the index worker's
/// progress, catalogues, entity index; search answers; retried writes), reading keys with a
/// shorter timeout while news is still to come, and the shortest while a search the user typed
/// runs. Effects go through a `Dispatcher`: the runner's answers (an article loaded, a bookmark
/// committed, a review written) are applied before the next frame; searches run off the key path.
///
/// Generic over the state so that the loop can run other programs than the reader (the backend
/// demo used by the end-to-end tests). Every curses call happens here or below, on the main actor.
@MainActor
struct ReaderRuntime<State> {
    let drawer: FrameDrawer
    let input: InputReader
    let dispatcher: Dispatcher<State>
    let render: (State) -> Frame
    let runner: EffectRunner?

    init(drawer: FrameDrawer, input: InputReader, update: @escaping (inout State, Message) -> [Effect],
         render: @escaping (State) -> Frame, effects: EffectRunner?) {
        self.drawer = drawer
        self.input = input
        self.render = render
        runner = effects
        dispatcher = Dispatcher(update: update, runner: effects)
    }

    /// How long a key read waits while a search answer is due, while other background work runs,
    /// and when none does (milliseconds): a search's answer is drawn within `searchTimeout` of
    /// its arrival.
    static var searchTimeout: Int32 { 15 }
    static var busyTimeout: Int32 { 40 }
    static var idleTimeout: Int32 { 150 }

    /// Runs until the program quits, Ctrl-C or a quit signal arrives, or stdin closes; whatever
    /// ends it, the state gets `Message.stopping` and the runner finishes. Returns how it ended
    /// and the runner's lines for standard error.
    ///
    /// The state first gets a `.resize` with the screen size and the runner's start messages
    /// (stored bookmarks, reading state), then is rendered.
    func run(state initial: State) -> (ending: ReaderEnding, messages: [String]) {
        var state = initial
        let ending = loop(&state)
        return (ending, dispatcher.stop(&state))
    }

    private func loop(_ state: inout State) -> ReaderEnding {
        if dispatcher.apply(.resize(drawer.screenSize), to: &state) { return .quit }
        dispatcher.start(&state)
        drawer.draw(render(state))
        while true {
            if let signal = SignalTrap.takeQuitSignal() { return .signal(signal) }
            input.setTimeout(runner?.awaitsAnswer == true ? Self.searchTimeout
                             : runner?.isBusy == true ? Self.busyTimeout : Self.idleTimeout)
            if dispatcher.idle(&state) { drawer.draw(render(state)) }
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
            if dispatcher.apply(message, to: &state) { return .quit }
            drawer.draw(render(state))
        }
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
