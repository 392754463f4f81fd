import Foundation

/// Starts programs with `posix_spawn`, an empty signal mask and default signal actions.
///
/// Inside `swift test`, children started with Foundation's `Process` inherit a mask that blocks
/// SIGTERM, SIGCHLD, SIGWINCH...: tmux and the app would ignore kill and resize (NCURSES.md).
/// Output goes to files, never pipes, and every wait has a deadline.
enum Spawn {
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    /// What a finished program gave.
    struct Result {
        /// The exit status, or 128 + signal when it was killed.
        var status: Int32
        var stdout: Data
        var stderr: Data
        var stdoutText: String { String(decoding: stdout, as: UTF8.self) }
        var stderrText: String { String(decoding: stderr, as: UTF8.self) }
    }

    /// Runs `arguments` (the first is an absolute path) to completion, killing it after `timeout`.
    static func run(_ arguments: [String], environment: [String: String], stdin: String = "/dev/null",
                    timeout: Duration = .seconds(10)) throws -> Result {
        let directory = FileManager.default.temporaryDirectory
            .appendingPathComponent("kiosque-spawn-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let out = directory.appendingPathComponent("stdout").path
        let err = directory.appendingPathComponent("stderr").path
        // A private HOME unless the test gives one: nothing the program writes under the XDG
        // folders (bookmarks, index, history) reaches the real home or another test.
        var environment = environment
        if environment["HOME"] == nil {
            let home = directory.appendingPathComponent("home")
            try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
            environment["HOME"] = home.path
        }
        let pid = try start(arguments, environment: environment, stdin: stdin, stdout: out, stderr: err)
        let status = try wait(pid, timeout: timeout, command: arguments)
        return Result(status: status,
                      stdout: FileManager.default.contents(atPath: out) ?? Data(),
                      stderr: FileManager.default.contents(atPath: err) ?? Data())
    }

    /// Starts a program with its standard streams on the given files; returns its pid.
    static func start(_ arguments: [String], environment: [String: String], stdin: String,
                      stdout: String, stderr: String) throws -> pid_t {
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, stdin, O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, stdout, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        posix_spawn_file_actions_addopen(&actions, 2, stderr, O_WRONLY | O_CREAT | O_TRUNC, 0o644)

        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF))

        let argv = arguments.map { strdup($0) } + [nil]
        let envp = environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        let result = posix_spawn(&pid, arguments[0], &actions, &attributes, argv, envp)
        guard result == 0 else {
            throw Failure(description: "cannot start \(arguments[0]): \(String(cString: strerror(result)))")
        }
        return pid
    }

    /// Waits for `pid` until `timeout`, then kills it and throws.
    static func wait(_ pid: pid_t, timeout: Duration, command: [String]) throws -> Int32 {
        let deadline = ContinuousClock.now + timeout
        var status: Int32 = 0
        while true {
            let done = waitpid(pid, &status, WNOHANG)
            if done == pid { break }
            if done < 0 { throw Failure(description: "waitpid failed for \(command)") }
            if ContinuousClock.now > deadline {
                kill(pid, SIGKILL)
                _ = waitpid(pid, &status, 0)
                throw Failure(description: "timed out after \(timeout): \(command.joined(separator: " "))")
            }
            usleep(10_000)
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros: decode the status by hand.
        let signal = status & 0x7F
        return signal == 0 ? (status >> 8) & 0xFF : 128 + signal
    }
}
