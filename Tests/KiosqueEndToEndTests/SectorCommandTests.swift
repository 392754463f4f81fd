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

    @Test("sectors --json: the same sectors and counts as the tab-separated lines")
    func sectorsJSON() throws {
        let seeds = try #require(KiosqueBinary.seedsFolder())
        let plain = try KiosqueBinary.run(["sectors", "--no-index", seeds])
        let run = try KiosqueBinary.run(["sectors", "--json", "--no-index", seeds])
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        let items = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
        let lines = plain.stdoutText.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(items.count == lines.count && items.count >= 11)
        for (item, fields) in zip(items, lines) {
            #expect([item["key"] as? String, item["name"] as? String, item["colour"] as? String] == [fields[0], fields[1], fields[2]])
            #expect([item["terms"] as? Int, item["articles"] as? Int, item["central"] as? Int] == [Int(fields[3]), Int(fields[4]), Int(fields[5])])
        }
        let defense = try #require(items.first { $0["key"] as? String == "DEF" })
        #expect(defense["articles"] as? Int ?? 0 >= 1, "a seed is about défense")
    }

    @Test("show --json: the sectors the article is about, with level, score and terms; each paragraph's sectors")
    func showJSONSectors() throws {
        let run = try KiosqueBinary.run(["show", CommandTests.firstID, "--json"])
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        let article = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        let sectors = try #require(article["sectors"] as? [[String: Any]])
        let defense = try #require(sectors.first { $0["name"] as? String == "défense" }, "\(sectors)")
        #expect(defense["key"] as? String == "DEF")
        #expect(defense["level"] as? Int == 2)
        #expect((defense["score"] as? Double ?? 0) >= 9)
        let terms = try #require(defense["terms"] as? [[String: Any]])
        #expect(!terms.isEmpty && terms.allSatisfy { ($0["term"] as? String)?.isEmpty == false && ($0["count"] as? Int ?? 0) >= 1 })
        let counts = terms.compactMap { $0["count"] as? Int }
        #expect(counts == counts.sorted(by: >), "most frequent first")
        #expect(sectors.allSatisfy { ($0["level"] as? Int ?? 0) >= 1 }, "only the sectors the article is about")
        let paragraphs = try #require(article["paragraphs"] as? [[String: Any]])
        #expect(paragraphs.contains { ($0["sectors"] as? [String: Int])?["défense"] == 1 })
        #expect(paragraphs.allSatisfy { $0["sectors"] is [String: Int] })
    }

    @Test("show (text): one line per sector the article is about, after the metadata")
    func showTextSectors() throws {
        let run = try KiosqueBinary.run(["show", CommandTests.firstID])
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        let lines = run.stdoutText.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let sectorLines = lines.filter { $0.hasPrefix("sector: ") }
        #expect(sectorLines.contains { $0.hasPrefix("sector: défense (DEF), level 2 central, score ") && $0.contains(": ") })
        #expect(lines.firstIndex { $0.hasPrefix("sector: ") } == 2, "right after the title and the metadata")
        #expect(!sectorLines.contains { $0.contains("level 0") })
    }

    @Test("$XDG_CONFIG_HOME/kiosque/sectors.tsv replaces the taxonomy; a broken one is named on stderr and the built-in one used")
    func userTaxonomyInTheConfigFolder() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let folder = xdg.folder("config")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent("sectors.tsv")
        try "sector\tdiplomatie africaine\tDAF\tgreen\n\tmalien*\t3\n\tbamako\t3\n".write(to: file, atomically: true, encoding: .utf8)
        let run = try KiosqueBinary.run(["sectors"], environment: xdg.environment)
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        #expect(run.stdoutText.split(separator: "\n").map { $0.split(separator: "\t").prefix(2).joined(separator: " ") }
            == ["DAF diplomatie africaine"])
        let listed = try KiosqueBinary.run(["list", "--sector", "diplomatie africaine"], environment: xdg.environment)
        #expect(listed.status == 0 && listed.stdoutText.contains(CommandTests.firstID), "stderr: \(listed.stderrText)")

        try "sector\tdiplomatie africaine\tDAF\tgreen\n\tmalien*\tbeaucoup\n".write(to: file, atomically: true, encoding: .utf8)
        let broken = try KiosqueBinary.run(["sectors"], environment: xdg.environment)
        #expect(broken.status == 0, "\(broken.stderrText)")
        #expect(broken.stderrText.contains("\(file.path):2: weight: `beaucoup` is not a positive number"), "\(broken.stderrText)")
        #expect(broken.stderrText.contains("the built-in sector taxonomy is used instead"), "\(broken.stderrText)")
        #expect(broken.stdoutText.contains("défense"), "the built-in sectors are counted")
        // In French, the same fault in French; the file's own words (`weight`) as the file writes them.
        var french = xdg.environment
        french["LANG"] = "fr_FR.UTF-8"
        let brokenFr = try KiosqueBinary.run(["sectors"], environment: french)
        #expect(brokenFr.stderrText.contains("\(file.path):2 : weight : `beaucoup` n’est pas un nombre positif ; la taxonomie des secteurs intégrée est utilisée à la place"),
                "\(brokenFr.stderrText)")
        // `show` and `list --sector` still work, on the built-in sectors, and say why.
        let shown = try KiosqueBinary.run(["show", CommandTests.firstID, "--json"], environment: xdg.environment)
        #expect(shown.status == 0, "\(shown.stderrText)")
        #expect(shown.stderrText.contains("\(file.path):2: weight"))
        let article = try #require(try JSONSerialization.jsonObject(with: shown.stdout) as? [String: Any])
        #expect(article["title"] as? String == CommandTests.firstTitle)
        #expect((article["sectors"] as? [[String: Any]])?.contains { $0["name"] as? String == "défense" } == true)
        let defence = try KiosqueBinary.run(["list", "--sector", "défense"], environment: xdg.environment)
        #expect(defence.status == 0 && defence.stdoutText.contains(CommandTests.firstID), "\(defence.stderrText)")
    }
}
