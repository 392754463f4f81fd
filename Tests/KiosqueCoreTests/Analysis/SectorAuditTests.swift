import Foundation
import Testing
@testable import KiosqueCore

/// Regression floors on the blind audits of issue 16: the 691 corpus articles judged in rounds 1–8
/// (`Tests/Fixtures/sector-audit-*.tsv`, ids and judged levels only), 500 of them judged again by
/// two more judges (`sector-rejudged-2026-12-06.tsv`: every article the classifier or a first judge
/// puts in one of the three sectors, and 76 others), classified again from the shared corpus. An
/// article's label is the median of its judgements. The floors sit a little under today's figures
/// (BENCHMARKS.md, "Three judges for the census"); the precision floors sit at or above the issue's
/// targets (central 0.9, mentioned 0.8): a rule that costs precision or recall on the judged
/// articles fails here.
@Suite struct SectorAuditTests {
    static let corpus = TestSupport.corpus
    static let folder = TestSupport.repositoryRoot.appendingPathComponent("Tests/Fixtures")

    /// The data lines of a fixture, split at tabs.
    static func rows(_ name: String) throws -> [[String]] {
        let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
        return text.split(separator: "\n").filter { !$0.hasPrefix("#") && !$0.hasPrefix("sample") }
            .map { $0.split(separator: "\t").map(String.init) }
    }

    /// First judged levels (défense, énergie, éducation) by article id, from every audit fixture.
    static func firstJudged() throws -> [String: [Int]] {
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("sector-audit-") && $0.hasSuffix(".tsv") }
        var judged: [String: [Int]] = [:]
        for name in names {
            for fields in try rows(name) {
                try #require(fields.count >= 5, "\(name): \(fields)")
                judged[fields[1]] = fields[2...4].compactMap { Int($0) }
            }
        }
        return judged
    }

    /// The labels: the median of the three judgements where two more judges judged an article
    /// again, else its first judgement.
    static func judged() throws -> [String: [Int]] {
        var judged = try firstJudged()
        let again = try rows("sector-rejudged-2026-12-06.tsv")
        try #require(again.count == 500)
        for fields in again {
            let levels = fields.dropFirst(2).compactMap { Int($0) }
            let first = try #require(judged[fields[1]], "\(fields[1]) judged again but never judged first")
            try #require(levels.count == 6 && first.count == 3)
            judged[fields[1]] = (0..<3).map { s in [first[s], levels[s], levels[s + 3]].sorted()[1] }
        }
        return judged
    }

    struct Figures {
        var central = (right: 0, predicted: 0), mentioned = (right: 0, predicted: 0), recall = (found: 0, judged: 0)
        func ratio(_ pair: (Int, Int)) -> Double { pair.1 == 0 ? 1 : Double(pair.0) / Double(pair.1) }
    }

    @Test("the judged corpus articles (rounds 1-8, three judges for 500): precision of central and mentioned, recall, above the floors",
          .enabled(if: FileManager.default.fileExists(atPath: corpus), "shared corpus not found beside the repository"))
    func floors() throws {
        let judged = try Self.judged()
        try #require(judged.count == 691)
        let articles = ArticleFiles.load(paths: [Self.corpus]).articles.filter { judged[$0.id.rawValue] != nil }
        try #require(articles.count == judged.count)
        let classifier = SectorTests.classifier
        let sectors = try ["défense", "énergie", "éducation"].map { try #require(classifier.taxonomy.sector(named: $0)) }
        var figures = [Figures](repeating: Figures(), count: sectors.count)
        for article in articles {
            let analysis = classifier.classify(article)
            let levels = try #require(judged[article.id.rawValue])
            for (k, sector) in sectors.enumerated() {
                let predicted = analysis.level(sector), truth = levels[k]
                if predicted == .central { figures[k].central.predicted += 1; if truth == 2 { figures[k].central.right += 1 } }
                if predicted == .mentioned { figures[k].mentioned.predicted += 1; if truth >= 1 { figures[k].mentioned.right += 1 } }
                if truth >= 1 { figures[k].recall.judged += 1; if predicted != .absent { figures[k].recall.found += 1 } }
            }
        }
        // Today (analysis-49, a list names a field alone only as a field of cooperation), with the
        // three judges' median: défense 22/23, 42/51, 65/77; énergie 53/55, 100/103, 155/213;
        // éducation 56/60, 103/126, 163/193. Défense and éducation are censuses, not samples: every
        // défense and éducation article the classifier gives outside the dev gold is judged.
        let floors: [(central: Double, mentioned: Double, recall: Double)] = [(0.93, 0.80, 0.82), (0.93, 0.93, 0.72), (0.92, 0.80, 0.83)]
        for (k, floor) in floors.enumerated() {
            let f = figures[k], name = sectors[k].name
            #expect(f.ratio(f.central) >= floor.central, "\(name) central \(f.central)")
            #expect(f.ratio(f.mentioned) >= floor.mentioned, "\(name) mentioned \(f.mentioned)")
            #expect(f.ratio(f.recall) >= floor.recall, "\(name) recall \(f.recall)")
        }
    }
}
