import Foundation

/// The reader started in a tmux pane by a small shell script that reports what happened after it.
///
/// The script prints `BEFORE` (which must be visible again once the alternate screen is left),
/// writes the app's pid to a file, runs the app, then prints `EXIT=<status>`, `TTY=sane` or
/// `TTY=raw` (echo and canonical mode restored or not) and `DONE`, and keeps the pane open.
final class ReaderPane {
    let tmux: Tmux
    private let directory: URL

    /// Markers printed by the script.
    static let before = "BEFORE"
    static let done = "DONE"

    /// Starts `program` (the reader by default) with `arguments` in a `width` x `height` pane, with
    /// `set` added to and `unset` removed from its environment.
    init(width: Int, height: Int, program: String = KiosqueBinary.reader, arguments: [String] = [],
         set: [String: String] = [:], unset: [String] = []) throws {
        let binary = try KiosqueBinary.path(program)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let pidFile = directory.appendingPathComponent("pid").path
        let envArguments = unset.map { "-u \(Self.quote($0))" }
            + set.sorted { $0.key < $1.key }.map { Self.quote("\($0.key)=\($0.value)") }
        let script = """
            echo \(Self.before)
            sh -c 'echo $$ > "$1"; shift; exec "$@"' sh \(Self.quote(pidFile)) env \(envArguments.joined(separator: " ")) \(([binary] + arguments).map(Self.quote).joined(separator: " "))
            echo "EXIT=$?"
            if stty -a | grep -Eq -- '(^| )-(icanon|echo)( |;|$)'; then echo TTY=raw; else echo TTY=sane; fi
            echo \(Self.done)
            exec sleep 600

            """
        let scriptPath = directory.appendingPathComponent("run.sh").path
        try script.write(toFile: scriptPath, atomically: true, encoding: .utf8)
        tmux = try Tmux(width: width, height: height, command: "sh \(Self.quote(scriptPath))")
    }

    /// The app's pid, once the script has written it.
    func pid(timeout: Duration = .seconds(10)) throws -> pid_t {
        let deadline = ContinuousClock.now + timeout
        let file = directory.appendingPathComponent("pid").path
        while ContinuousClock.now < deadline {
            if let text = try? String(contentsOfFile: file, encoding: .utf8),
               let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            usleep(20_000)
        }
        throw Spawn.Failure(description: "the script did not write the app's pid")
    }

    /// Waits for the app to end and returns its exit status and the screen after it.
    func waitForExit(timeout: Duration = .seconds(10)) throws -> (status: Int32, screen: String) {
        let screen = try tmux.waitUntil("the app to exit", timeout: timeout) { $0.contains(Self.done) }
        // Without an alternate screen (vt100) the app's last frame stays and the line goes on
        // with what the frame had there: read the digits only.
        guard let line = screen.split(separator: "\n").first(where: { $0.hasPrefix("EXIT=") }),
              let status = Int32(line.dropFirst("EXIT=".count).prefix(while: \.isNumber)) else {
            throw Spawn.Failure(description: "no EXIT= line on screen:\n\(screen)")
        }
        return (status, screen)
    }

    /// Kills the tmux server and removes the temporary files.
    func close() {
        tmux.kill()
        try? FileManager.default.removeItem(at: directory)
    }

    /// Single-quotes a word for sh.
    static func quote(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
