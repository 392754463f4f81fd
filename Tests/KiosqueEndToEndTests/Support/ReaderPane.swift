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
    ///
    /// The XDG folders (`XDG_DATA_HOME`, `XDG_STATE_HOME`, `XDG_CACHE_HOME`, `XDG_CONFIG_HOME`)
    /// are private to the pane unless `set` names them: a test that reopens the reader passes the
    /// same `XDGFolders` to both panes.
    init(width: Int, height: Int, program: String = KiosqueBinary.reader, arguments: [String] = [],
         set: [String: String] = [:], unset: [String] = []) throws {
        let binary = try KiosqueBinary.path(program)
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let set = XDGFolders(root: directory.appendingPathComponent("xdg")).environment
            .merging(set) { _, given in given }
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

/// XDG base folders under one temporary root, as environment variables for the program.
struct XDGFolders {
    let root: URL

    /// Folders under a new temporary root; `remove()` deletes it.
    init(root: URL = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-xdg-\(UUID().uuidString)")) {
        self.root = root
    }

    var environment: [String: String] {
        ["XDG_DATA_HOME": root.appendingPathComponent("data").path,
         "XDG_STATE_HOME": root.appendingPathComponent("state").path,
         "XDG_CACHE_HOME": root.appendingPathComponent("cache").path,
         "XDG_CONFIG_HOME": root.appendingPathComponent("config").path]
    }

    /// Where the program keeps its files of one kind, e.g. `folder("data")` for the bookmarks.
    func folder(_ kind: String) -> URL { root.appendingPathComponent(kind).appendingPathComponent("kiosque") }

    func remove() { try? FileManager.default.removeItem(at: root) }
}
