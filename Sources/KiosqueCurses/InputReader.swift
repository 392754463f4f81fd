internal import CNcursesw
import Foundation
import KiosqueTUI

/// Reads the pending input events from stdscr without blocking: the runtime waits with `poll`
/// on stdin and the signal pipe, then takes what is there.
///
/// Keys are read from a 1x1 window of their own that is never drawn on: `wget_wch` refreshes the
/// window it reads from when that window has changed, and a refresh of stdscr would paint it over
/// the panels and move the cursor.
///
/// The window reads with no delay (`wtimeout(0)`); an escape sequence's bytes still get curses'
/// short Esc delay. `wget_wch` returns ERR both when nothing is pending and when stdin is gone
/// (EOF, a closed pty): stdin readable (or hung up) with nothing to read, many times in a row,
/// means the input is gone.
@MainActor
final class InputReader {
    private var emptyReads = 0
    /// How many wake-ups in a row on a readable stdin that gives nothing mean that stdin is gone.
    private static let closedAfter = 20

    private let window: UnsafeMutablePointer<WINDOW>?

    init() {
        window = newwin(1, 1, 0, 0)
        if let window {
            keypad(window, true)
            wtimeout(window, 0)
            // Nothing to show: never let wget_wch refresh it.
            untouchwin(window)
        }
    }

    /// Deletes the input window (before `endwin`).
    func close() {
        if let window { delwin(window) }
    }

    /// Every event pending now: a quit signal first, then the keys and resizes.
    func pending() -> [InputEvent] {
        if let signal = SignalTrap.takeQuitSignal() { return [.quitSignal(signal)] }
        guard let window else { return [.closed] }
        var events: [InputEvent] = []
        var readAny = false
        while true {
            var code: wint_t = 0
            let status = wget_wch(window, &code)
            if status == ERR { break }
            readAny = true
            let size = { Size(width: Int(kq_cols()), height: Int(kq_lines())) }
            if let event = KeyDecoder.decode(status: status, code: UInt32(code), size: size) { events.append(event) }
        }
        if readAny || !Self.stdinReadable() {
            emptyReads = 0
        } else {
            emptyReads += 1
            if emptyReads >= Self.closedAfter { return events + [.closed] }
        }
        return events
    }

    /// True when a read of stdin would not block (data, EOF or hang-up).
    private static func stdinReadable() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        return poll(&descriptor, 1, 0) > 0
    }
}
