internal import CNcursesw
import Foundation
import KiosqueTUI

/// Reads input events from stdscr with a timeout, so that signals are noticed between reads.
///
/// Keys are read from a 1x1 window of their own that is never drawn on: `wget_wch` refreshes the
/// window it reads from when that window has changed, and a refresh of stdscr would paint it over
/// the panels and move the cursor.
///
/// `wget_wch` returns ERR both on timeout and when stdin is gone (EOF, a closed pty); a closed
/// input returns ERR at once, again and again. Many quick ERRs in a row mean the input is gone.
@MainActor
final class InputReader {
    /// What `next()` found.
    enum Outcome: Equatable {
        case event(InputEvent)
        /// Nothing arrived before the timeout (or a key the reader ignores).
        case idle
        /// stdin is closed: reading again would only spin.
        case closed
    }

    private var timeoutMilliseconds: Int32
    private var quickErrors = 0
    /// How many ERRs faster than half the timeout, in a row, mean that stdin is gone.
    private static let closedAfter = 20

    private let window: UnsafeMutablePointer<WINDOW>?

    init(timeoutMilliseconds: Int32 = 150) {
        self.timeoutMilliseconds = timeoutMilliseconds
        window = newwin(1, 1, 0, 0)
        if let window {
            keypad(window, true)
            wtimeout(window, timeoutMilliseconds)
            // Nothing to show: never let wget_wch refresh it.
            untouchwin(window)
        }
    }

    /// Changes how long `next()` waits (the loop waits less while background results arrive).
    func setTimeout(_ milliseconds: Int32) {
        guard milliseconds != timeoutMilliseconds, let window else { return }
        timeoutMilliseconds = milliseconds
        wtimeout(window, milliseconds)
    }

    /// Deletes the input window (before `endwin`).
    func close() {
        if let window { delwin(window) }
    }

    /// Waits at most the timeout for one event.
    func next() -> Outcome {
        guard let window else { return .closed }
        var code: wint_t = 0
        let started = DispatchTime.now().uptimeNanoseconds
        let status = wget_wch(window, &code)
        if status == ERR {
            let elapsed = DispatchTime.now().uptimeNanoseconds - started
            let quick = elapsed < UInt64(timeoutMilliseconds) * 500_000
            quickErrors = quick ? quickErrors + 1 : 0
            return quickErrors >= Self.closedAfter ? .closed : .idle
        }
        quickErrors = 0
        let size = { Size(width: Int(kq_cols()), height: Int(kq_lines())) }
        guard let event = KeyDecoder.decode(status: status, code: UInt32(code), size: size) else { return .idle }
        return .event(event)
    }
}
