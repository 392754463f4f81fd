import Foundation

/// The terminal's clipboard through OSC 52 (`ESC ] 52 ; c ; <base64> BEL`), which xterm, kitty,
/// foot, WezTerm, iTerm2 and tmux (with `set-clipboard on`) understand; a terminal that does not
/// ignores the sequence. Written straight to the terminal between frames, never through curses:
/// the last frame was flushed, and the sequence moves no cursor. Inside tmux the plain sequence
/// is written (no DCS wrapping): tmux passes it on when `set-clipboard` allows it.
public enum TerminalClipboard {
    /// The OSC 52 sequence that puts `text` in the clipboard (`c`).
    public static func sequence(for text: String) -> String {
        "\u{1B}]52;c;" + Data(text.utf8).base64EncodedString() + "\u{07}"
    }

    /// Writes the sequence for `text` to standard output (the terminal curses draws on); false
    /// when it could not be written whole.
    public static func copy(_ text: String) -> Bool {
        var bytes = Array(sequence(for: text).utf8)[...]
        while !bytes.isEmpty {
            let written = bytes.withUnsafeBytes { write(STDOUT_FILENO, $0.baseAddress, $0.count) }
            if written < 0 {
                if errno == EINTR { continue }
                return false
            }
            bytes = bytes.dropFirst(written)
        }
        return true
    }
}
