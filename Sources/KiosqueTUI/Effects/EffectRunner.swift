/// Runs the effects that touch disks and databases, at the edge, and answers with messages.
/// The runtime (KiosqueCurses) calls it on its own thread; tests call it directly.
public protocol EffectRunner: AnyObject {
    /// Messages for the state when the program starts (the stored bookmarks and reading state).
    func start() -> [Message]
    /// Runs one effect (not `quit`, `analyse` nor `search`, which are the runtime's) and returns what came
    /// of it; user-written changes are committed before this returns.
    func run(_ effect: Effect) -> [Message]
    /// Called between key reads: results of background work, retried writes.
    func idle() -> [Message]
    /// The program ends: waits (a bounded time) for writes in flight and returns lines for
    /// standard error, to print once the terminal is restored (e.g. where unsaved bookmarks went).
    func finish() -> [String]
}

/// One message in, its effects run, their messages applied in turn (before anything is drawn):
/// the loop the runtime runs for every key and every message from the edges.
public struct Dispatcher<State> {
    public let update: (inout State, Message) -> [Effect]
    public let runner: EffectRunner?
    /// What to do with `Effect.analyse` (the analysis worker's priority queue).
    public let analyse: (Int) -> Void
    /// What to do with `Effect.search`: the runtime hands it to its `SearchWorker` (the answer
    /// comes later, between key reads) and returns nothing; tests may answer at once.
    public let search: (SearchRequest) -> [Message]

    public init(update: @escaping (inout State, Message) -> [Effect], runner: EffectRunner?,
                analyse: @escaping (Int) -> Void = { _ in }, search: @escaping (SearchRequest) -> [Message] = { _ in [] }) {
        self.update = update
        self.runner = runner
        self.analyse = analyse
        self.search = search
    }

    /// Applies `message` and everything its effects answer; returns true when an effect quits.
    @discardableResult
    public func apply(_ message: Message, to state: inout State) -> Bool {
        var queue = [message]
        var quit = false
        // Messages answer effects, which may have effects in turn; a bound keeps a faulty
        // update from looping forever.
        var budget = 64
        while !queue.isEmpty && budget > 0 {
            budget -= 1
            for effect in update(&state, queue.removeFirst()) {
                switch effect {
                case .quit: quit = true
                case .analyse(let article): analyse(article)
                case .search(let request): queue += search(request)
                default: queue += runner?.run(effect) ?? []
                }
            }
        }
        return quit
    }

    /// The start: the runner's messages (stored bookmarks, reading state) applied.
    public func start(_ state: inout State) {
        for message in runner?.start() ?? [] { apply(message, to: &state) }
    }

    /// Between key reads: the runner's idle messages; true when one of them changed something.
    public func idle(_ state: inout State) -> Bool {
        let messages = runner?.idle() ?? []
        for message in messages { apply(message, to: &state) }
        return !messages.isEmpty
    }

    /// The end, whatever ended it: the state's last words (`Message.stopping`), then the runner
    /// finishes; returns its lines for standard error.
    public func stop(_ state: inout State) -> [String] {
        apply(.stopping, to: &state)
        return runner?.finish() ?? []
    }
}
