import Foundation
import Testing

/// `kiosque list --sector`, `kiosque sectors` and the sector fields of `kiosque analyze`.
@Suite struct SectorCommandTests {
    static let gold = ScorerRegressionTests.gold

    @Test("list --sector energie --json: énergie articles only, central ones first",
          .enabled(if: ScorerRegressionTests.available, "../shared/eval is absent"))
    func listBySector() throws {
        let run = try KiosqueBinary.run(["list", "--sector", "energie", "--json", Self.gold])
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        let items = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
        let levels = items.compactMap { ($0["sectors"] as? [String: Int])?["énergie"] }
        #expect(levels.count == items.count && !items.isEmpty)
        #expect(levels.allSatisfy { $0 >= 1 })
        #expect(levels == levels.sorted(by: >))
    }

    @Test("list --sector with an unknown sector: usage error naming the sectors",
          .enabled(if: ScorerRegressionTests.available, "../shared/eval is absent"))
    func unknownSector() throws {
        let run = try KiosqueBinary.run(["list", "--sector", "astrologie", Self.gold])
        #expect(run.status == 2)
        #expect(run.stderrText.contains("astrologie") && run.stderrText.contains("énergie"))
    }

    @Test("sectors prints every sector with its key, colour and article counts",
          .enabled(if: ScorerRegressionTests.available, "../shared/eval is absent"))
    func sectorsCommand() throws {
        let run = try KiosqueBinary.run(["sectors", Self.gold])
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        let lines = String(decoding: run.stdout, as: UTF8.self).split(separator: "\n")
        #expect(lines.count >= 11)
        #expect(lines.contains { $0.hasPrefix("DEF\tdéfense\tred\t") })
        #expect(lines.contains { $0.hasPrefix("ENE\ténergie\t") })
    }
}
