import Foundation
import Testing
@testable import KiosqueCore

/// Regression floors on the blind audits of issue 16: the 691 corpus articles judged in rounds 1–8
/// (`Tests/Fixtures/sector-audit-*.tsv`, ids and judged levels only), classified again from the
/// shared corpus. The floors sit a little under today's figures (BENCHMARKS.md, rounds 4 to 8); énergie's and éducation's
/// precision floors sit at or above the issue's targets (central 0.9, mentioned 0.8):
/// a rule that costs precision or recall on the judged articles fails here.
@Suite struct SectorAuditTests {
    static let corpus = TestSupport.corpus

    /// Judged levels (défense, énergie, éducation) by article id, from every audit fixture.
    static func judged() throws -> [String: [Int]] {
        let folder = TestSupport.repositoryRoot.appendingPathComponent("Tests/Fixtures")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("sector-audit-") && $0.hasSuffix(".tsv") }
        var judged: [String: [Int]] = [:]
        for name in names {
            let text = try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            for line in text.split(separator: "\n") where !line.hasPrefix("#") && !line.hasPrefix("sample") {
                let fields = line.split(separator: "\t").map(String.init)
                try #require(fields.count >= 5, "\(name): \(line)")
                judged[fields[1]] = fields[2...4].compactMap { Int($0) }
            }
        }
        return judged
    }

    struct Figures {
        var central = (right: 0, predicted: 0), mentioned = (right: 0, predicted: 0), recall = (found: 0, judged: 0)
        func ratio(_ pair: (Int, Int)) -> Double { pair.1 == 0 ? 1 : Double(pair.0) / Double(pair.1) }
    }

    @Test("the judged corpus articles of rounds 1-8: precision of central and mentioned, recall, above the floors",
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
        // Today (analysis-26, teachers as the setting): défense 21/31, 35/49, 62/70; énergie 53/55, 94/106, 149/201;
        // éducation 56/60, 107/133, 167/190. Défense and éducation are censuses, not samples: every défense and
        // éducation article the classifier gave (analysis-25) outside the dev gold is judged (round 8 judged the
        // 86 éducation articles left), so their precision is the corpus's.
        let floors: [(central: Double, mentioned: Double, recall: Double)] = [(0.86, 0.72, 0.86), (0.93, 0.84, 0.72), (0.92, 0.80, 0.86)]
        for (k, floor) in floors.enumerated() {
            let f = figures[k], name = sectors[k].name
            #expect(f.ratio(f.central) >= floor.central, "\(name) central \(f.central)")
            #expect(f.ratio(f.mentioned) >= floor.mentioned, "\(name) mentioned \(f.mentioned)")
            #expect(f.ratio(f.recall) >= floor.recall, "\(name) recall \(f.recall)")
        }
    }
}
