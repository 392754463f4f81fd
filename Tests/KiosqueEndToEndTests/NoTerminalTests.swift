import Foundation
import Testing

/// Without a usable terminal the reader refuses clearly: exit 2, a message, no escape codes.
@Suite(.serialized)
struct NoTerminalTests {
    @Test("stdout to a file, stdin from /dev/null: exit 2, message on stderr, stdout clean")
    func notATerminal() throws {
        let binary = try KiosqueBinary.path()
        let result = try Spawn.run([binary], environment: ["TERM": "xterm-256color", "LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"])
        #expect(result.status == 2)
        #expect(result.stderrText.contains(Expected.noTerminal), "stderr: \(result.stderrText)")
        #expect(result.stderrText.contains(Expected.plainHint))
        #expect(!result.stdout.contains(0x1B), "no escape byte on stdout")
        #expect(!result.stderr.contains(0x1B), "no escape byte on stderr")
    }

    @Test("a tty that the reader cannot use: exit 2 and a message in the pane",
          arguments: [
              (["TERM": "dumb"], [String](), Expected.dumbTerminal),
              ([:], ["TERM"], Expected.termUnset),
              (["LANG": "C", "LC_ALL": "C"], [], Expected.notUTF8),
              (["TERM": "no-such-terminal"], [], Expected.unknownTerminal),
          ])
    func unusableTerminal(set: [String: String], unset: [String], message: String) throws {
        let pane = try ReaderPane(width: 200, height: 20, set: set, unset: unset)
        defer { pane.close() }
        let (status, screen) = try pane.waitForExit()
        #expect(status == 2)
        let joined = screen.replacingOccurrences(of: "\n", with: "")
        #expect(joined.contains(message), "screen:\n\(screen)")
        #expect(joined.contains(Expected.plainHint))
        #expect(screen.contains("TTY=sane"))
    }
}
