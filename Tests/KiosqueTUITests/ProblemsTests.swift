import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("the load problems: the count in the status line, every one in the P overlay")
struct ProblemsTests {
    static let issues = (1...30).map { LoadIssue(location: "corpus/dossier-\($0)/fichier-\($0).bin", reason: .other("binary file (\($0))")) }

    @Test("the status line gives the count, the first problem cut to the room left, and the key that shows them all")
    func statusLine() {
        let state = Fixtures.state(issues: Self.issues, width: 80, height: 24)
        let line = state.screen.lines[22]
        #expect(line.hasPrefix(" 30 problems reading the files: …"), "the first location is cut from its start: \(line)")
        #expect(line.contains("/fichier-1.bin: binary file (1) (P: all)"), "its name, its reason and the key stay: \(line)")
        #expect(line.hasSuffix(" 1/3 "))
    }

    @Test("P lists every problem with its location and reason; j scrolls; Esc, q and P close it")
    func overlay() throws {
        var state = Fixtures.state(issues: Self.issues, width: 100, height: 30)
        state.press("P")
        let overlay = try #require(App.render(state).overlays.last)
        let text = overlay.grid.text
        #expect(text.contains("Problems (30)"))
        #expect(text.contains("corpus/dossier-1/fichier-1.bin") && text.contains("binary file (1)"))
        #expect(!text.contains("fichier-30.bin"), "60 rows do not fit: the overlay scrolls")
        #expect(state.screen.lines[29].hasPrefix("j scroll  Esc close"))
        state.press("G")
        let bottom = try #require(App.render(state).overlays.last).grid.text
        #expect(bottom.contains("corpus/dossier-30/fichier-30.bin") && bottom.contains("binary file (30)"))
        #expect(!bottom.contains("fichier-1.bin"))
        #expect(state.list.selected == 0, "the keys scroll the overlay, not the list")
        state.press("Esc")
        for close in ["Esc", "q", "P"] {
            state.press("P")
            #expect(state.problems != nil)
            #expect(state.press(close).isEmpty, "\(close) closes, never quits")
            #expect(state.problems == nil, "\(close)")
        }
        #expect(App.render(state).overlays.isEmpty)
    }

    @Test("in French; and without problems, P says every file could be read")
    func frenchAndNone() throws {
        var french = Fixtures.state(issues: Array(Self.issues.prefix(2)), language: .french)
        french.press("P")
        let text = try #require(App.render(french).overlays.last).grid.text
        #expect(text.contains("Problèmes (2)") && text.contains("Échap, P ou q pour fermer"))
        var none = Fixtures.state()
        none.press("P")
        #expect(none.problems == nil)
        #expect(none.noticeText == "No problem reading the files")
    }
}
