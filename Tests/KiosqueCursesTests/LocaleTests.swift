import Testing
@testable import KiosqueCurses

@Suite("Locale asked for by the environment")
struct LocaleTests {
    @Test func aMissingFrenchUTF8LocaleStillAsksForUTF8() {
        #expect(TerminalCheck.asksForUTF8(["LANG": "fr_FR.UTF-8"]))
        #expect(TerminalCheck.asksForUTF8(["LANG": "fr_FR.utf8@euro"]))
        #expect(TerminalCheck.asksForUTF8(["LC_CTYPE": "fr_CA.UTF-8", "LANG": "C"]))
    }

    @Test func otherCodesetsOrNoneDoNot() {
        #expect(!TerminalCheck.asksForUTF8(["LANG": "fr_FR.ISO-8859-1"]))
        #expect(!TerminalCheck.asksForUTF8(["LANG": "fr_FR"]))
        #expect(!TerminalCheck.asksForUTF8([:]))
        // LC_ALL wins over LANG, as POSIX says.
        #expect(!TerminalCheck.asksForUTF8(["LC_ALL": "C", "LANG": "fr_FR.UTF-8"]))
    }
}
