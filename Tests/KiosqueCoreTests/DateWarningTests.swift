import Foundation
import Testing
@testable import KiosqueCore

/// A JSONL date no form reads is named in a warning (file, line, value) and the article kept.
@Suite("Dates not understood are warned of")
struct DateWarningTests {
    static let lines = [
        #"{"id": "a", "date": "2024-03-15T08:00:00Z", "text": "Un texte."}"#,
        #"{"id": "b", "date": "15 Marsch 2024", "text": "Un autre texte."}"#,
        #"{"id": "c", "date": "  ", "text": "Sans date, sans avertissement."}"#,
        #"{"id": "d", "date": "Fri, 15 Mar 2024 08:00:00 +0100", "text": "Encore un."}"#,
    ]

    @Test func libraryLoadKeepsTheArticleAndWarns() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("corpus.jsonl", Self.lines.joined(separator: "\n"))
        let result = ArticleFiles.load(paths: [file])
        #expect(result.issues.isEmpty)
        #expect(result.articles.map(\.id.rawValue) == ["a", "b", "c", "d"])
        #expect(result.articles.map { $0.date?.iso8601 } == ["2024-03-15T08:00:00Z", nil, nil, "2024-03-15T08:00:00+01:00"])
        let shown = SystemPath.display(file)
        #expect(result.warnings.map(\.description) == ["\(shown):2: date \"15 Marsch 2024\" not understood, article kept without a date"])
        #expect(result.articles[1].notes.map(\.description) == ["date \"15 Marsch 2024\" not understood, article kept without a date"])
    }

    @Test("a date field not understood in an article its text dates: the warning says the day the text gives")
    func datedByItsText() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("dated.jsonl", #"{"id": "e", "date": "bogus", "text": "Un titre\n\n12 mars 2019\n\nLe gouvernement a annoncé un plan."}"# + "\n")
        let result = ArticleFiles.load(paths: [file])
        #expect(result.articles.first?.date?.iso8601 == "2019-03-12")
        let day = try #require(ArticleDate(year: 2019, month: 3, day: 12))
        #expect(result.warnings.map(\.reason) == [.dateNotUnderstood(value: "bogus", outcome: .datedFromText(day))])
        #expect(result.warnings.first?.description.hasSuffix("date \"bogus\" not understood, article dated 2019-03-12 from its text") == true)
    }

    @Test("the index keeps the warning: a warm catalogue names it among the problems, not among the unreadable")
    func indexKeepsTheWarning() throws {
        let folder = try TemporaryFolder()
        let index = try CorpusIndex(url: folder.url.appendingPathComponent("cache/index.sqlite"))
        defer { try? index.close() }
        _ = try folder.write("corpus/c.jsonl", Self.lines.joined(separator: "\n") + "\n")
        let corpus = folder.url.appendingPathComponent("corpus").path
        try index.update(paths: [corpus], analyser: IndexFixtures.analyser(AnalysisCounter()))
        try index.update(paths: [corpus], analyser: IndexFixtures.analyser(AnalysisCounter()))
        let catalogue = try index.catalogue(paths: [corpus])
        #expect(catalogue.count == 4)
        #expect(catalogue.issues.isEmpty)
        #expect(catalogue.warnings.count == 1)
        #expect(catalogue.warnings.first?.location.hasSuffix("c.jsonl:2") == true)
        #expect(catalogue.warnings.first?.reason.description == "date \"15 Marsch 2024\" not understood, article kept without a date")
        #expect(catalogue.problems == catalogue.warnings)
        // Read back typed (its code stored), from the index and then from the snapshot beside it.
        let warning = LoadReason.dateNotUnderstood(value: "15 Marsch 2024", outcome: .keptUndated)
        #expect(catalogue.warnings.first?.reason == warning)
        #expect(try index.catalogue(paths: [corpus]).warnings.first?.reason == warning)
    }

    @Test func storedIssuesKeepWarningsApart() {
        let file = CorpusFiles.File(path: "/x/c.jsonl", absolutePath: "/x/c.jsonl", kind: .jsonLines)
        let text = StoredIssues.encode(line: 3, reason: .notValidJSON) + StoredIssues.encodeWarning(line: 5, reason: .dateNotUnderstood(value: "x", outcome: .keptUndated))
            + StoredIssues.encode(line: 0, reason: .emptyFile)
        let decoded = StoredIssues.decode(text, file: file)
        #expect(decoded.issues.map(\.description) == ["/x/c.jsonl:3: not valid JSON", "/x/c.jsonl: empty file"])
        #expect(decoded.warnings.map(\.description) == ["/x/c.jsonl:5: date \"x\" not understood, article kept without a date"])
    }

    @Test func aLongValueIsCut() {
        let reason = LoadReason.unreadDate(String(repeating: "x", count: 500), outcome: .keptUndated).description
        #expect(reason.count < 120 && reason.contains("…"))
    }
}
