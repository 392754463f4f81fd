/// Runs the effects that touch disks and databases, at the edge, and answers with messages.
/// The runtime (KiosqueCurses) calls it on its own thread; tests call it directly. A runner
/// answers the effects it knows and returns nothing for the others, so several sit side by side
/// (`EffectRunners`): the stores (`StoreEffects`), the corpus (`CorpusEffects`: article loads and
/// the background index), the searches (`SearchEffects`).
public protocol EffectRunner: AnyObject {
    /// Messages for the state when the program starts (the stored bookmarks and reading state).
    func start() -> [Message]
    /// Runs one effect (not `quit`, which is the runtime's) and returns what came of it;
    /// user-written changes are committed before this returns. Work that takes long (a search)
    /// is started here and answered later by `idle`.
    func run(_ effect: Effect) -> [Message]
    /// Called between key reads: results of background work, retried writes.
    func idle() -> [Message]
    /// The program ends: waits (a bounded time) for writes in flight and returns lines for
    /// standard error, to print once the terminal is restored (e.g. where unsaved bookmarks went).
    func finish() -> [String]
    /// True while background work will post messages (the runtime then reads keys with a
    /// shorter timeout, so they are shown soon).
    var isBusy: Bool { get }
    /// True while an answer the user is waiting for is due (a search typed in the prompt): the
    /// runtime then reads keys with its shortest timeout, so the answer is drawn at once.
    var awaitsAnswer: Bool { get }
}

extension EffectRunner {
    public var isBusy: Bool { false }
    public var awaitsAnswer: Bool { false }
}

/// Several runners side by side: each effect goes to all of them (each answers only its own).
public final class EffectRunners: EffectRunner {
    public let runners: [EffectRunner]

    public init(_ runners: [EffectRunner]) { self.runners = runners }

    public func start() -> [Message] { runners.flatMap { $0.start() } }
    public func run(_ effect: Effect) -> [Message] { runners.flatMap { $0.run(effect) } }
    public func idle() -> [Message] { runners.flatMap { $0.idle() } }
    public func finish() -> [String] { runners.flatMap { $0.finish() } }
    public var isBusy: Bool { runners.contains { $0.isBusy } }
    public var awaitsAnswer: Bool { runners.contains { $0.awaitsAnswer } }
}

/// One message in, its effects run, their messages applied in turn (before anything is drawn):
/// the loop the runtime runs for every key and every message from the edges.
public struct Dispatcher<State> {
    public let update: (inout State, Message) -> [Effect]
    public let runner: EffectRunner?

    public init(update: @escaping (inout State, Message) -> [Effect], runner: EffectRunner?) {
        self.update = update
        self.runner = runner
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
                default: queue += runner?.run(effect) ?? []
                }
            }
        }
        return quit
    }

    /// The start: the runner's messages (stored bookmarks, reading state) applied, then
    /// `Message.started` (the first article is shown when the reading state brought none back).
    public func start(_ state: inout State) {
        for message in runner?.start() ?? [] { apply(message, to: &state) }
        apply(.started, to: &state)
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
