import Foundation
import Testing

/// The whole evaluation of issue 3, as a user runs it: `kiosque analyze` on the gold file, then
/// `shared/eval/score.py` on its output. Fails below the figures.
@Suite(.serialized)
struct ScorerRegressionTests {
    static let gold = SharedMaterial.devGold
    static let scorer = SharedMaterial.scorer
    static let python = ["/usr/bin/python3", "/usr/local/bin/python3"].first {
        FileManager.default.isExecutableFile(atPath: $0)
    }
    static let available = SharedMaterial.hasDevGold && python != nil

    @Test("score.py on `kiosque analyze` of dev-gold.jsonl: overlap >= 0.85, exact >= 0.75, DATE >= 0.80; sectors F1 1.0 and central recall 1.0 each, paragraphs >= 0.94",
          .enabled(if: available, "../shared/eval or python3 is absent"))
    func devSetFigures() throws {
        let analysis = try KiosqueBinary.run(["analyze", Self.gold], timeout: .seconds(60))
        #expect(analysis.status == 0, "stderr: \(analysis.stderrText)")
        let predictions = FileManager.default.temporaryDirectory
            .appendingPathComponent("kiosque-pred-\(UUID().uuidString).jsonl")
        try analysis.stdout.write(to: predictions)
        defer { try? FileManager.default.removeItem(at: predictions) }

        let python = try #require(Self.python)
        let scored = try Spawn.run([python, Self.scorer, Self.gold, predictions.path, "--json"],
                                   environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"],
                                   timeout: .seconds(60))
        #expect(scored.status == 0, "score.py: \(scored.stderrText)")
        let report = try #require(try JSONSerialization.jsonObject(with: scored.stdout) as? [String: Any])
        #expect((report["missing_predictions"] as? [Any])?.isEmpty == true)
        let overlap = try Self.f1(report, "overlap", "micro_PLO")
        let exact = try Self.f1(report, "exact", "micro_PLO")
        let date = try Self.f1(report, "exact", "DATE")
        #expect(overlap >= 0.85, "overlap micro F1 PER/LOC/ORG \(overlap)")
        #expect(exact >= 0.75, "exact micro F1 PER/LOC/ORG \(exact)")
        #expect(date >= 0.80, "DATE F1 \(date)")

        // Sectors (issues 4 and 16): article F1 per sector (issue 16: 1.0 each, with `presse-374`,
        // terrorism at home, at défense 0), central recall, paragraph F1.
        let sectors = try #require(report["sectors"] as? [String: Any])
        for name in ["défense", "énergie", "éducation"] {
            let entry = try #require(sectors[name] as? [String: Any])
            let f1 = try #require(entry["f1"] as? Double)
            let central = try #require(entry["central_recall"] as? Double)
            #expect(f1 >= 0.999, "\(name) article F1 \(f1)")
            #expect(central >= 0.999, "\(name) central recall \(central)")
        }
        let paragraphs = try #require(sectors["paragraphs"] as? [String: Any])
        let paragraphF1 = try #require(paragraphs["f1"] as? Double)
        #expect(paragraphF1 >= 0.94, "sector paragraph F1 \(paragraphF1)")
    }

    static func f1(_ report: [String: Any], _ mode: String, _ type: String) throws -> Double {
        let table = try #require(report[mode] as? [String: Any])
        let entry = try #require(table[type] as? [String: Any])
        return try #require(entry["f1"] as? Double)
    }
}
