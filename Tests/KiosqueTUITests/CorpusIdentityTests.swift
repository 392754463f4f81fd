import Foundation
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
        #expect(state.issues.first?.reason.description.contains("duplicate id \"d\" (first at /corpus/feed.jsonl:1)") == true)
    }
}

/// Page debris names nobody in the reader (issue 11): the seed's unrelated headline about Karim
/// Benzema, which the recogniser does find, is not in the entity view.
@Suite struct DebrisEntityViewTests {
    @Test("the entity view of the Mali–Russia seed lists Sergueï Lavrov, not Karim Benzema")
    func seedEntityPanel() throws {
        let seed = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("seeds/000_214017a4d4061c86.txt").path
        let article = try #require(ArticleFiles.load(paths: [seed]).articles.first)
        let entities = try EntityRecognizer.bundled().entities(in: article.text)
        #expect(entities.contains { $0.canonical.contains("Benzema") }, "the test looks at a real name")
        var state = Fixtures.state([article], width: 160, height: 80, entities: [0: entities])
        state.press("Enter", "E")
        let screen = state.screen.text
        #expect(screen.contains("Sergueï Lavrov"))
        #expect(!screen.contains("Benzema"), "\(screen)")
    }
}
