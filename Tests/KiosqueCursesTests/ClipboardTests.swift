import Testing
@testable import KiosqueCurses

@Suite("The terminal's clipboard (OSC 52)")
struct ClipboardTests {
    @Test func theSequenceHoldsTheTextInBase64() {
        #expect(TerminalClipboard.sequence(for: "https://a.org/é") == "\u{1B}]52;c;aHR0cHM6Ly9hLm9yZy/DqQ==\u{07}")
        #expect(TerminalClipboard.sequence(for: "") == "\u{1B}]52;c;\u{07}")
        // Control characters in a link cannot end the sequence early: they are encoded.
        let sequence = TerminalClipboard.sequence(for: "x\u{07}\u{1B}\\")
        #expect(sequence.filter { $0 == "\u{07}" }.count == 1 && sequence.filter { $0 == "\u{1B}" }.count == 1)
    }
}
