import KiosqueTUI
import Testing
@testable import KiosqueCurses

/// Colour level decisions and the fallbacks of the pair cache, without a terminal.
struct ColorTests {
    @Test("NO_COLOR (non-empty), TERM=dumb and terminals without colours are monochrome")
    func monochrome() {
        let term = ["TERM": "xterm-256color"]
        #expect(ColorSupport.detect(environment: term.merging(["NO_COLOR": "1"]) { $1 }, hasColors: true,
                                    colorCount: 256, wants256: true) == .monochrome)
        #expect(ColorSupport.detect(environment: ["TERM": "dumb"], hasColors: true, colorCount: 8,
                                    wants256: false) == .monochrome)
        #expect(ColorSupport.detect(environment: term, hasColors: false, colorCount: 0, wants256: false) == .monochrome)
        // An empty NO_COLOR does not count (no-color.org).
        #expect(ColorSupport.detect(environment: term.merging(["NO_COLOR": ""]) { $1 }, hasColors: true,
                                    colorCount: 256, wants256: false) == .system16)
    }

    @Test("16 system colours by default, 256 only when asked and available")
    func levels() {
        let term = ["TERM": "xterm-256color"]
        #expect(ColorSupport.detect(environment: term, hasColors: true, colorCount: 256, wants256: false) == .system16)
        #expect(ColorSupport.detect(environment: term, hasColors: true, colorCount: 256, wants256: true) == .indexed256)
        #expect(ColorSupport.detect(environment: term, hasColors: true, colorCount: 8, wants256: true) == .system16)
    }

    @Test("indexed colours fall back to a system colour")
    func nearestSystem() {
        #expect(ColorPairs.nearestSystem(9) == 9)
        #expect(ColorPairs.nearestSystem(196) == 9)   // bright red in the cube
        #expect(ColorPairs.nearestSystem(16) == 0)    // black
        #expect(ColorPairs.nearestSystem(231) == 15)  // white
        #expect(ColorPairs.nearestSystem(250) == 15)
    }

    @Test("UTF-8 code set names")
    func codesets() {
        #expect(TerminalCheck.isUTF8("UTF-8"))
        #expect(TerminalCheck.isUTF8("utf8"))
        #expect(!TerminalCheck.isUTF8("ANSI_X3.4-1968"))
        #expect(!TerminalCheck.isUTF8(""))
    }

    @Test("a UTF-8 locale that is not installed falls back to C.UTF-8 for the character type")
    func characterTypeFallback() {
        #expect(TerminalCheck.characterTypeFallback(environment: ["LANG": "fr_FR.UTF-8"]) == "C.UTF-8")
        #expect(TerminalCheck.characterTypeFallback(environment: ["LANG": "fr_FR.utf8@euro"]) == "C.UTF-8")
        // LC_ALL, then LC_CTYPE, win over LANG; empty values do not count.
        #expect(TerminalCheck.characterTypeFallback(environment: ["LC_ALL": "C", "LANG": "fr_FR.UTF-8"]) == nil)
        #expect(TerminalCheck.characterTypeFallback(environment: ["LC_ALL": "", "LC_CTYPE": "fr_FR.UTF-8", "LANG": "C"]) == "C.UTF-8")
        // No UTF-8 asked for: no fallback, the reader then refuses with its message.
        #expect(TerminalCheck.characterTypeFallback(environment: ["LANG": "fr_FR.ISO-8859-1"]) == nil)
        #expect(TerminalCheck.characterTypeFallback(environment: ["LANG": "fr_FR"]) == nil)
        #expect(TerminalCheck.characterTypeFallback(environment: [:]) == nil)
    }

    @Test("graphemes become NUL-terminated wchar_t arrays, at most CCHARW_MAX characters")
    func wideCharacters() {
        #expect(GridWriter.wideCharacters("é") == [0xE9, 0])
        #expect(GridWriter.wideCharacters("") == [32, 0])
        #expect(GridWriter.wideCharacters("e\u{301}") == [0x65, 0x301, 0])
        #expect(GridWriter.wideCharacters("a\u{301}\u{302}\u{303}\u{304}\u{305}\u{306}").count == 6)
    }
}
