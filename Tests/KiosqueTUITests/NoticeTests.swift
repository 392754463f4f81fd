import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("Notices are values worded by the status bar when it draws")
struct NoticeTests {
    static let path = "~/data/kiosque/exports/un/dossier/assez/long/pour/ne/pas/tenir/revue-de-presse-2024-02-29-1200.md"

    @Test("a written review's path is cut to the width of the frame being drawn, and shown whole after a widening resize")
    func exportPathFollowsTheFrame() throws {
        var state = Fixtures.state(width: 100, height: 24)
        _ = App.update(&state, .reviewExported(.success(ReviewFile(path: Self.path, passages: 2))))
        #expect(state.notice == .exportWritten(path: Self.path, passages: 2), "kept as a value")
        let narrowRow = try #require(state.screen.row(containing: "Press review written"))
        let narrow = state.screen.lines[narrowRow]
        #expect(narrow.contains("revue-de-presse-2024-02-29-1200.md"), "the file name stays: \(narrow)")
        #expect(!narrow.contains(Self.path), "the folder is cut at 100 columns")
        _ = App.update(&state, .resize(Size(width: 220, height: 24)))
        let wideRow = try #require(state.screen.row(containing: "Press review written"))
        let wide = state.screen.lines[wideRow]
        #expect(wide.contains("Press review written (2 passages): \(Self.path)"), "whole at 220 columns: \(wide)")
    }

    @Test("a notice names the key of the live key map when it is drawn")
    func keysNamedAtRender() {
        var state = Fixtures.state()
        state.press("n")
        #expect(state.notice == .searchNone)
        #expect(state.noticeText == "No search: / to search")
    }
}
