import Foundation
import Testing
@testable import KiosqueCore

/// Dates with their time in the index: the packed integer, stored and read back, sorted.
@Suite("Dates stored in the index")
struct DateStorageTests {
    static let texts = [
        "2024", "2024-01", "2024-01-01", "2024-03-15", "2024-03-15T00:00:00Z", "2024-03-15T08:00:00+01:00",
        "2024-03-15T02:00:00-05:00", "2024-03-15T07:00:00Z", "2024-03-15T07:00:00", "2024-03-15T23:30:00-05:00",
        "2024-03-16", "1999-12-31T23:59:59+14:00", "1969-07-20T20:17:40Z", "9999-12-31T12:00:00-11:00",
        "1000-01-01T00:30:00+01:00", "9999-12-31T23:30:00-05:00",
    ]

    @Test func packedRoundTripsAndOrdersAsTheDates() throws {
        let dates = try Self.texts.map { try #require(ArticleDate(iso8601: $0)) }
        for date in dates {
            #expect(ArticleDate(packed: date.packed) == date, "\(date)")
            #expect(date.packed > 0)
        }
        for a in dates {
            for b in dates {
                #expect((a < b) == (a.packed < b.packed), "\(a) vs \(b)")
                #expect((a == b) == (a.packed == b.packed), "\(a) vs \(b)")
            }
        }
        #expect(ArticleDate(packed: 0) == nil && ArticleDate(packed: -5) == nil)
        #expect(ArticleDate(packed: 7) == nil, "no date packs to 7")
    }

    @Test("a timestamp is stored whole in the index and read back; sorting the catalogue's dates sorts by instant")
    func indexRoundTrip() throws {
        let folder = try TemporaryFolder()
        let index = try CorpusIndex(url: folder.url.appendingPathComponent("cache/index.sqlite"))
        defer { try? index.close() }
        let dates = ["Fri, 15 Mar 2024 08:00:00 +0100", "2024-03-15T07:30:00Z", "2024-03-15", "15.03.2024 à 06h00",
                     "2024-03-14T23:30:00-05:00"]
        let lines = dates.enumerated().map { IndexFixtures.line("a\($0.offset)", "Un texte sur le gaz.", date: $0.element) }
        _ = try folder.write("corpus/a.jsonl", lines.joined(separator: "\n") + "\n")
        let corpus = folder.url.appendingPathComponent("corpus").path
        try index.update(paths: [corpus], analyser: IndexFixtures.analyser(AnalysisCounter()))
        let catalogue = try CorpusIndex(url: index.url).catalogue(paths: [corpus])
        let stored = (0..<catalogue.count).map { catalogue.date(at: $0)?.iso8601 }
        #expect(stored == ["2024-03-15T08:00:00+01:00", "2024-03-15T07:30:00Z", "2024-03-15", "2024-03-15T06:00:00",
                           "2024-03-14T23:30:00-05:00"])
        let sorted = (0..<catalogue.count).sorted { (catalogue.date(at: $0)?.packed ?? 0) < (catalogue.date(at: $1)?.packed ?? 0) }
        #expect(sorted == [2, 4, 3, 0, 1])
        #expect(catalogue.issues.isEmpty)
    }
}
