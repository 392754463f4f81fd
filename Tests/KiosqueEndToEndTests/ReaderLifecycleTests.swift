import Foundation
import Testing

/// The real binary in tmux: start, draw, resize, quit, and the terminal restored on every path.
@Suite(.serialized)
struct ReaderLifecycleTests {
    @Test("starts, shows its first frame and quits with q", arguments: [(120, 40), (70, 20)])
    func startsAndQuits(width: Int, height: Int) throws {
        let pane = try ReaderPane(width: width, height: height)
        defer { pane.close() }
        let screen = try pane.tmux.waitFor(Expected.firstFrame)
        #expect(!screen.contains(ReaderPane.before), "the reader draws on the alternate screen")
        try pane.tmux.sendKeys("q")
        let (status, after) = try pane.waitForExit()
        #expect(status == 0)
        Self.expectRestored(after)
    }

    @Test("redraws after resizes and still quits")
    func resize() throws {
        let pane = try ReaderPane(width: 120, height: 40)
        defer { pane.close() }
        try pane.tmux.waitFor(Expected.firstFrame)
        for (width, height) in [(70, 20), (100, 30)] {
            try pane.tmux.resize(width: width, height: height)
            // Keys still arrive after the resize: the app is alive and drawing.
            try pane.tmux.sendKeys("j")
            try pane.tmux.waitUntil("the frame at \(width)x\(height)") { screen in
                let lines = screen.split(separator: "\n", omittingEmptySubsequences: false)
                return screen.contains(Expected.firstFrame) && !screen.contains("EXIT=")
                    && lines.allSatisfy { $0.count <= width }
            }
        }
        try pane.tmux.sendKeys("q")
        let (status, after) = try pane.waitForExit()
        #expect(status == 0)
        Self.expectRestored(after)
    }

    @Test("a signal restores the terminal and exits with 128 + signal (debug, and release when named)",
          arguments: [(SIGTERM, "TERM"), (SIGHUP, "HUP"), (SIGINT, "INT")], KiosqueBinary.signalTested)
    func signal(_ signal: (number: Int32, name: String), program: String) throws {
        let (number, name) = signal
        let pane = try ReaderPane(width: 80, height: 24, program: program)
        defer { pane.close() }
        try pane.tmux.waitFor(Expected.firstFrame)
        let pid = try pane.pid()
        #expect(kill(pid, number) == 0, "kill -\(name) \(pid)")
        let (status, after) = try pane.waitForExit()
        #expect(status == 128 + number)
        Self.expectRestored(after)
    }

    @Test("a signal with work to save: the loop wakes at once, unsaved bookmarks go to a rescue file, the temporary index folder goes",
          arguments: [(SIGTERM, "TERM"), (SIGHUP, "HUP")], KiosqueBinary.signalTested)
    func signalSavesWork(_ signal: (number: Int32, name: String), program: String) throws {
        let (number, name) = signal
        let xdg = XDGFolders()
        defer { xdg.remove() }
        // Files where the data and cache folders should be: no folder can be made there, not even
        // by root. Bookmarks then stay in memory and the index lives in a temporary folder.
        let temporary = xdg.root.appendingPathComponent("tmp")
        try FileManager.default.createDirectory(at: temporary, withIntermediateDirectories: true)
        var environment = xdg.environment
        for kind in ["data", "cache"] {
            let blocked = xdg.root.appendingPathComponent("blocked-\(kind)")
            try Data("not a folder".utf8).write(to: blocked)
            environment["XDG_\(kind.uppercased())_HOME"] = blocked.path
        }
        environment["TMPDIR"] = temporary.path
        let pane = try ReaderPane(width: 120, height: 30, program: program, set: environment)
        defer { pane.close() }
        try pane.tmux.waitFor(Expected.firstFrame)
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).contains { $0.hasPrefix("kiosque-index-") },
                "the index in a temporary folder")
        try pane.tmux.sendKeys("Enter")
        try pane.tmux.sendKeys("b")
        try pane.tmux.waitUntil("the note editor") { Tmux.lines($0).last?.hasPrefix("Note:") == true }
        try pane.tmux.sendKeys("-l", "à sauver")
        try pane.tmux.sendKeys("Enter")
        try pane.tmux.waitFor("Bookmark kept in memory")
        let pid = try pane.pid()
        let sent = ContinuousClock.now
        #expect(kill(pid, number) == 0, "kill -\(name) \(pid)")
        let (status, after) = try pane.waitForExit()
        #expect(ContinuousClock.now - sent < .seconds(5), "the waiting loop woke at once")
        #expect(status == 128 + number)
        Self.expectRestored(after)
        #expect(after.contains("could not be saved in the database"), "the rescue lines on stderr:\n\(after)")
        let state = xdg.root.appendingPathComponent("state/kiosque")
        let rescued = try FileManager.default.contentsOfDirectory(atPath: state.path).filter { $0.hasPrefix("kiosque-unsaved-bookmarks-") }
        #expect(rescued.count == 1, "the rescue file in the state folder: \(rescued)")
        if let file = rescued.first {
            let text = try String(contentsOf: state.appendingPathComponent(file), encoding: .utf8)
            #expect(text.contains("à sauver"))
        }
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary.path).allSatisfy { !$0.hasPrefix("kiosque-index-") },
                "the temporary index folder is removed")
    }

    @Test("at rest the reader's main thread sleeps: no read timeouts, no polling (Linux /proc)",
          .enabled(if: FileManager.default.fileExists(atPath: "/proc/self/status")))
    func sleepsAtRest() throws {
        let pane = try ReaderPane(width: 80, height: 24)
        defer { pane.close() }
        try pane.tmux.waitFor(Expected.firstFrame)
        let pid = try pane.pid()
        /// How many times the main thread gave up the processor (each wait that blocked).
        func switches() -> Int? {
            guard let status = try? String(contentsOfFile: "/proc/\(pid)/task/\(pid)/status", encoding: .utf8) else { return nil }
            let line = status.split(separator: "\n").first { $0.hasPrefix("voluntary_ctxt_switches:") }
            return line.flatMap { Int($0.split(separator: ":")[1].trimmingCharacters(in: .whitespaces)) }
        }
        // Once the start's background work (the index update of the seeds) is over, a whole
        // second passes without the main thread waking: a loop reading keys with a 150 ms
        // timeout would wake six times.
        var quiet = false
        let deadline = ContinuousClock.now + .seconds(20)
        while !quiet && ContinuousClock.now < deadline {
            let before = try #require(switches())
            usleep(1_000_000)
            let after = try #require(switches())
            quiet = after - before <= 1
        }
        #expect(quiet, "the main thread kept waking")
        try pane.tmux.sendKeys("j")
        try pane.tmux.sendKeys("q")
        #expect(try pane.waitForExit().status == 0, "still answers keys")
    }

    @Test("Ctrl-C (a key in raw mode) leaves like SIGINT: 130, terminal restored")
    func controlC() throws {
        let pane = try ReaderPane(width: 80, height: 24)
        defer { pane.close() }
        try pane.tmux.waitFor(Expected.firstFrame)
        try pane.tmux.sendKeys("C-c")
        let (status, after) = try pane.waitForExit()
        #expect(status == 130)
        Self.expectRestored(after)
    }

    @Test("stdin gone under the reader (EOF, no SIGHUP): exits 1 instead of spinning")
    func inputClosed() throws {
        let terminal = try PseudoTerminal()
        let binary = try KiosqueBinary.path()
        let pid = try Spawn.start([binary], environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8",
                                                         "LINES": "24", "COLUMNS": "80"],
                                  stdin: terminal.slavePath, stdout: terminal.slavePath, stderr: terminal.slavePath)
        // The hint bar: curses writes only the cells that change, and the list's rows change as
        // the first index sorts them in (newest first), so a title may come in pieces.
        _ = try terminal.read(until: "quit")
        terminal.closeSlave()
        terminal.closeMaster()
        let status = try Spawn.wait(pid, timeout: .seconds(10), command: [binary])
        #expect(status == 1)
    }

    @Test("a crash signal restores the terminal before the process dies")
    func crash() throws {
        // The Swift backtracer would take seconds to symbolicate a debug build: not what is tested.
        let pane = try ReaderPane(width: 80, height: 24, set: ["SWIFT_BACKTRACE": "enable=no"])
        defer { pane.close() }
        try pane.tmux.waitFor(Expected.firstFrame)
        let pid = try pane.pid()
        #expect(kill(pid, SIGSEGV) == 0)
        let (status, after) = try pane.waitForExit()
        #expect(status == 128 + SIGSEGV)
        Self.expectRestored(after)
    }

    @Test("NO_COLOR: no colour escape sequences on screen")
    func noColor() throws {
        let pane = try ReaderPane(width: 80, height: 24, set: ["NO_COLOR": "1"])
        defer { pane.close() }
        let screen = try pane.tmux.waitUntil("the first frame", escapes: true) { $0.contains(Expected.firstFrame) }
        #expect(Self.colourSequences(in: screen).isEmpty, "colour sequences: \(Self.colourSequences(in: screen))")
        try pane.tmux.sendKeys("q")
        #expect(try pane.waitForExit().status == 0)
    }

    @Test("a terminal without colours: monochrome, the selected row in reverse video",
          arguments: ["xterm-mono", "vt100"])
    func monochromeTerminal(term: String) throws {
        let pane = try ReaderPane(width: 100, height: 30, set: ["TERM": term])
        defer { pane.close() }
        try pane.tmux.waitUntil("the first frame") {
            $0.contains(Expected.firstFrame) && Tmux.isWholeFrame($0, width: 100, height: 30, bottom: Expected.hintBar)
        }
        let screen = try pane.tmux.capture(escapes: true)
        #expect(Self.colourSequences(in: screen).isEmpty, "colour sequences: \(Self.colourSequences(in: screen))")
        let selected = Tmux.lines(screen).first { $0.contains(Expected.firstFrame) && $0.contains(Expected.openMark) } ?? ""
        #expect(selected.contains("\u{1B}[7m\(Expected.openMark)"), "selected row in reverse video: \(selected)")
        try pane.tmux.sendKeys("j")
        try pane.tmux.waitUntil("the selection on the second row", escapes: true) { screen in
            Tmux.lines(screen).contains { $0.contains("\u{1B}[7m\(Expected.unreadMark) \(Expected.secondRow.prefix(10))") }
        }
        try pane.tmux.sendKeys("q")
        #expect(try pane.waitForExit().status == 0)
    }

    /// After the app: the shell's lines from before are back (alternate screen left), the app's
    /// frame is gone and the tty is in its normal mode again.
    static func expectRestored(_ screen: String, sourceLocation: SourceLocation = #_sourceLocation) {
        #expect(screen.contains(ReaderPane.before), "alternate screen left", sourceLocation: sourceLocation)
        #expect(!screen.contains(Expected.firstFrame), "the reader's frame is gone", sourceLocation: sourceLocation)
        #expect(screen.contains("TTY=sane"), "echo and canonical mode restored", sourceLocation: sourceLocation)
    }

    /// SGR sequences in `text` that set a foreground or background colour (39 and 49, back to the
    /// default colours, do not count).
    static func colourSequences(in text: String) -> [String] {
        var found: [String] = []
        var rest = Substring(text)
        while let start = rest.range(of: "\u{1B}[") {
            let afterStart = rest[start.upperBound...]
            guard let end = afterStart.firstIndex(where: { !("0123456789;:".contains($0)) }) else { break }
            let parameters = afterStart[..<end]
            if afterStart[end] == "m" {
                let codes = parameters.split(whereSeparator: { $0 == ";" || $0 == ":" }).compactMap { Int($0) }
                if codes.contains(where: { (30...38).contains($0) || (40...48).contains($0) || (90...107).contains($0) }) {
                    found.append(String(parameters))
                }
            }
            rest = afterStart[end...]
        }
        return found
    }
}
