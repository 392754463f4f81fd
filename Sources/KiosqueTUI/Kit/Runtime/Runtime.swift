import Foundation

/// The messages every program on the runtime understands: a key, the screen size, the start
/// (after the services' first messages) and the stop (whatever ends the program).
/// An enum's cases satisfy these requirements (`Message.key`, `Message.resize`...).
public protocol RuntimeMessage: Sendable {
    static func key(_ key: Key) -> Self
    static func resize(_ size: Size) -> Self
    static var started: Self { get }
    static var stopping: Self { get }
}

/// What became of one effect: the messages it answers at once (applied before the next frame),
/// or the program ends.
public enum EffectOutcome<Msg> {
    case answered([Msg])
    case quit

    /// Nothing answered now (the answer, if any, comes later through the mailbox).
    public static var none: EffectOutcome<Msg> { .answered([]) }
}

/// The program's edges as the runtime sees them: services started once, each effect handed to
/// the one service that does it (the handler's own exhaustive `switch`), services stopped once.
/// Answers that come later are posted to the runtime's `Mailbox`.
public protocol EffectHandler<Msg, Eff>: AnyObject {
    associatedtype Msg: RuntimeMessage
    associatedtype Eff
    /// Starts the services; returns their first messages (stored bookmarks, reading state...).
    func start() -> [Msg]
    /// Runs one effect. Synchronous answers (a bookmark committed) are returned, so they are
    /// applied before the frame that could say so is drawn.
    func handle(_ effect: Eff) -> EffectOutcome<Msg>
    /// Stops the services, in the handler's stated order; returns lines for standard error, to
    /// print once the terminal is restored.
    func stop() -> [String]
    /// Called after each message and what its effects answered were applied: the handler's
    /// moment to tidy its own resources (the reader keeps the mapped catalogue's resident pages
    /// under a budget). Cheap: it runs for every key.
    func settled()
}

extension EffectHandler {
    public func settled() {}
}

/// A handler for programs without effects other than `quit` (the backend demo): `isQuit` says
/// which effect ends the program.
public final class QuitOnlyHandler<Msg: RuntimeMessage, Eff>: EffectHandler {
    private let isQuit: (Eff) -> Bool
    public init(isQuit: @escaping (Eff) -> Bool) { self.isQuit = isQuit }
    public func start() -> [Msg] { [] }
    public func handle(_ effect: Eff) -> EffectOutcome<Msg> { isQuit(effect) ? .quit : .none }
    public func stop() -> [String] { [] }
}

/// One message in, its effects handled, their answers applied in turn (before anything is
/// drawn): what the runtime does for every key and every message from the mailbox.
public struct Dispatcher<State, Msg: RuntimeMessage, Eff> {
    public let update: (inout State, Msg) -> [Eff]
    public let handler: any EffectHandler<Msg, Eff>

    public init(update: @escaping (inout State, Msg) -> [Eff], handler: any EffectHandler<Msg, Eff>) {
        self.update = update
        self.handler = handler
    }

    /// Applies `message` and everything its effects answer; returns true when an effect quits.
    @discardableResult
    public func apply(_ message: Msg, to state: inout State) -> Bool {
        var queue = [message]
        var quit = false
        // Messages answer effects, which may have effects in turn; a bound keeps a faulty
        // update from looping forever.
        var budget = 64
        while !queue.isEmpty && budget > 0 {
            budget -= 1
            for effect in update(&state, queue.removeFirst()) {
                switch handler.handle(effect) {
                case .quit: quit = true
                case .answered(let messages): queue += messages
                }
            }
        }
        handler.settled()
        return quit
    }

    /// Applies every message in order; true when one quits.
    @discardableResult
    public func apply(_ messages: [Msg], to state: inout State) -> Bool {
        var quit = false
        for message in messages where apply(message, to: &state) { quit = true }
        return quit
    }

    /// The start: the services start and their messages are applied, then `started`.
    @discardableResult
    public func start(_ state: inout State) -> Bool {
        let quit = apply(handler.start(), to: &state)
        return apply(.started, to: &state) || quit
    }

    /// Waits at most `timeout` seconds for the mailbox, then applies what it holds (tests,
    /// benchmarks); true when something was applied.
    @discardableResult
    public func receive(from mailbox: Mailbox<Msg>, to state: inout State, waiting timeout: Double = 0) -> Bool {
        if timeout > 0 { mailbox.wait(timeout: timeout) }
        let messages = mailbox.drain()
        apply(messages, to: &state)
        return !messages.isEmpty
    }

    /// The end, whatever ended it: the state's last words (`stopping`), then the services stop;
    /// returns their lines for standard error.
    public func stop(_ state: inout State) -> [String] {
        apply(.stopping, to: &state)
        return handler.stop()
    }
}

/// What the terminal gives the loop.
public enum InputEvent: Hashable, Sendable {
    case key(Key)
    /// The terminal changed size; the backend already knows the new size.
    case resize(Size)
    /// Ctrl-L: the user asks for a full repaint.
    case redraw
    /// Ctrl-C (raw mode delivers it as a key, not SIGINT): leave the program.
    case interrupt
    /// SIGINT, SIGTERM or SIGHUP arrived.
    case quitSignal(Int32)
    /// The input is gone (stdin closed): reading again would only spin.
    case closed
}

/// A terminal as the runtime uses it: draws frames and reads input, nothing else.
@MainActor
public protocol TerminalBackend: AnyObject {
    var screenSize: Size { get }
    /// Writes the changes since the last frame and shows them.
    func draw(_ frame: Frame)
    /// Forgets what is on screen: the next `draw` repaints everything.
    func invalidate()
    /// The input events pending now, without blocking (empty when none).
    func pendingEvents() -> [InputEvent]
    /// The descriptors that become readable when input (or a signal) is pending, for `poll`.
    var inputDescriptors: [Int32] { get }
}

/// Why the loop ended, and the process exit status that goes with it.
public enum RuntimeEnding: Hashable, Sendable {
    /// The program asked to quit: 0.
    case quit
    /// Ctrl-C typed in the program: 130, as if SIGINT had arrived.
    case interrupted
    /// SIGINT, SIGTERM or SIGHUP arrived: 128 + signal.
    case signal(Int32)
    /// stdin was closed: 1.
    case inputClosed

    public var exitStatus: Int32 {
        switch self {
        case .quit: return 0
        case .interrupted: return 128 + 2
        case .signal(let number): return 128 + number
        case .inputClosed: return 1
        }
    }
}

/// The event loop, generic over the program's state, messages and effects:
/// 1. the state gets `resize` with the screen size, the services start (`Dispatcher.start`),
///    the first frame is drawn;
/// 2. the loop waits with `poll(2)` on the terminal's descriptors and the mailbox's together,
///    with no timeout: nothing runs while nothing happens;
/// 3. on waking it applies the pending input events, then every message of the mailbox (each
///    with its effects and their synchronous answers), then draws one frame;
/// 4. whatever ends it (quit, Ctrl-C, a quit signal, stdin closed), the state gets `stopping`
///    and the handler stops its services. Ctrl-C is a key instead while `interruptIsKey` says
///    so (a text being typed is never thrown away).
@MainActor
public struct Runtime<State, Msg: RuntimeMessage, Eff> {
    public let backend: any TerminalBackend
    public let mailbox: Mailbox<Msg>
    public let dispatcher: Dispatcher<State, Msg, Eff>
    public let render: (State) -> Frame
    /// True when Ctrl-C is a key for the program in this state (a prompt being typed, which it
    /// cancels or keeps) rather than the end of it.
    public let interruptIsKey: (State) -> Bool

    public init(backend: any TerminalBackend, mailbox: Mailbox<Msg>, update: @escaping (inout State, Msg) -> [Eff],
                render: @escaping (State) -> Frame, handler: any EffectHandler<Msg, Eff>,
                interruptIsKey: @escaping (State) -> Bool = { _ in false }) {
        self.backend = backend
        self.mailbox = mailbox
        self.render = render
        self.interruptIsKey = interruptIsKey
        dispatcher = Dispatcher(update: update, handler: handler)
    }

    /// Runs until the program ends; returns how it ended, the last state and the services'
    /// lines for standard error.
    public func run(state initial: State) -> (ending: RuntimeEnding, state: State, messages: [String]) {
        var state = initial
        let ending = loop(&state)
        let lines = dispatcher.stop(&state)
        return (ending, state, lines)
    }

    private func loop(_ state: inout State) -> RuntimeEnding {
        if dispatcher.apply(.resize(backend.screenSize), to: &state) { return .quit }
        if dispatcher.start(&state) { return .quit }
        backend.draw(render(state))
        while true {
            waitForWork()
            var changed = false
            for event in backend.pendingEvents() {
                switch event {
                case .closed: return .inputClosed
                case .interrupt:
                    guard interruptIsKey(state) else { return .interrupted }
                    if dispatcher.apply(.key(.ctrl("c")), to: &state) { return .quit }
                    changed = true
                case .quitSignal(let number): return .signal(number)
                case .redraw:
                    backend.invalidate()
                    changed = true
                case .resize(let size):
                    backend.invalidate()
                    if dispatcher.apply(.resize(size), to: &state) { return .quit }
                    changed = true
                case .key(let key):
                    if dispatcher.apply(.key(key), to: &state) { return .quit }
                    changed = true
                }
            }
            let messages = mailbox.drain()
            if dispatcher.apply(messages, to: &state) { return .quit }
            if changed || !messages.isEmpty { backend.draw(render(state)) }
        }
    }

    /// Blocks until a descriptor is readable or a signal interrupts the wait.
    private func waitForWork() {
        if !mailbox.isEmpty { return }
        var descriptors = (backend.inputDescriptors + [mailbox.wakeDescriptor])
            .filter { $0 >= 0 }
            .map { pollfd(fd: $0, events: Int16(POLLIN), revents: 0) }
        // -1: no timeout. EINTR (SIGWINCH, a quit signal) returns at once: the backend then
        // reports what it was.
        _ = poll(&descriptors, nfds_t(descriptors.count), -1)
    }
}
