import KiosqueCore
import Testing
@testable import KiosqueTUI

/// The reader names a JSONL id found twice among its load problems (issue 12, item 10), and
/// lists the two articles under two ids.
@Suite struct DuplicateIDTests {
    static func summary(_ id: String, line: Int) -> ArticleSummary {
        ArticleSummary(id: ArticleID(id), title: "Titre \(line)", date: nil, source: nil,
                       place: ArticlePlace(path: "/corpus/feed.jsonl", kind: .jsonLines, line: line, bytes: 0..<10),
                       sectorLevels: [], sectorScores: [])
    }

    @Test("two lines with id d: ids d and d#2, and the status line's problems name feed.jsonl:2")
    func duplicateIsAProblem() {
        let catalogue = Catalogue(summaries: [Self.summary("d", line: 1), Self.summary("e", line: 2), Self.summary("d", line: 3)],
                                  analysisIDs: [1, 2, 3], sectorCount: 0)
        #expect(catalogue.ids.map(\.rawValue) == ["d", "e", "d#2"])
        let state = AppState(catalogue: catalogue, size: Size(width: 120, height: 40), display: DisplayOptions())
        #expect(state.issues.map(\.location) == ["/corpus/feed.jsonl:3"])
        #expect(state.issues.first?.reason.contains("duplicate id \"d\" (first at /corpus/feed.jsonl:1)") == true)
    }
}
