import Foundation

/// A private tmux server with one pane of a fixed size, for driving the real binary.
///
/// Each instance has its own socket (`tmux -L`), no config (`-f /dev/null`) and is started through
/// `Spawn` (empty signal mask). Call `kill()` in a `defer`. Every wait polls with a deadline.
final class Tmux {
    let socket: String
    private let environment: [String: String]
    private let tmuxPath: String

    /// Starts the server with a detached session of `width` x `height` running `command` (a shell
    /// command line, run by tmux through `sh -c`).
    init(width: Int, height: Int, command: String) throws {
        guard let path = Tmux.locate() else {
            throw Spawn.Failure(description: "tmux not found in PATH: install it (see .ci/run)")
        }
        tmuxPath = path
        socket = "kiosque-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
        environment = [
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "HOME": NSTemporaryDirectory(),
            "LANG": "C.UTF-8",
            "TERM": "tmux-256color",
        ]
        try tmux(["new-session", "-d", "-x", "\(width)", "-y", "\(height)",
                  "-e", "LANG=C.UTF-8", "-e", "TERM=tmux-256color", command])
    }

    /// Runs one tmux command against this server and returns its stdout.
    @discardableResult
    func tmux(_ arguments: [String], timeout: Duration = .seconds(10)) throws -> String {
        let result = try Spawn.run([tmuxPath, "-L", socket, "-f", "/dev/null"] + arguments,
                                   environment: environment, timeout: timeout)
        guard result.status == 0 else {
            throw Spawn.Failure(description: "tmux \(arguments.joined(separator: " ")) exited \(result.status): \(result.stderrText)")
        }
        return result.stdoutText
    }

    /// Sends keys as `tmux send-keys` names them (`q`, `Enter`, `Up`, `C-c`...).
    func sendKeys(_ keys: String...) throws {
        try tmux(["send-keys", "-t", "0"] + keys)
    }

    /// The visible text of the pane; with `escapes`, colours and attributes as escape sequences.
    func capture(escapes: Bool = false) throws -> String {
        try tmux(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : []))
    }

    /// Polls the pane until `predicate` holds, returning the screen, or throws with the last screen.
    @discardableResult
    func waitUntil(_ what: String, timeout: Duration = .seconds(10), escapes: Bool = false,
                   _ predicate: (String) -> Bool) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var screen = ""
        while ContinuousClock.now < deadline {
            screen = try capture(escapes: escapes)
            if predicate(screen) { return screen }
            usleep(50_000)
        }
        throw Spawn.Failure(description: "timed out after \(timeout) waiting for \(what); screen:\n\(screen)")
    }

    /// Waits until the pane shows `text`.
    @discardableResult
    func waitFor(_ text: String, timeout: Duration = .seconds(10)) throws -> String {
        try waitUntil("\"\(text)\"", timeout: timeout) { $0.contains(text) }
    }

    /// The lines of a captured screen (the last newline does not make an empty line).
    static func lines(_ screen: String) -> [Substring] {
        var lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
        if lines.last?.isEmpty == true { lines.removeLast() }
        return lines
    }

    /// A whole frame of `width` x `height` has been drawn: `height` lines, none wider than the
    /// pane, and the bottom line (written last) starts with `bottom`.
    static func isWholeFrame(_ screen: String, width: Int, height: Int, bottom: String) -> Bool {
        let lines = lines(screen)
        return lines.count == height && lines.allSatisfy { $0.count <= width }
            && lines[height - 1].hasPrefix(bottom)
    }

    /// Resizes the window (and its pane): the program in it gets SIGWINCH.
    func resize(width: Int, height: Int) throws {
        try tmux(["resize-window", "-t", "0", "-x", "\(width)", "-y", "\(height)"])
    }

    /// Stops the server and everything in it.
    func kill() {
        _ = try? tmux(["kill-server"], timeout: .seconds(5))
    }

    private static func locate() -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/tmux" }
            .first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
