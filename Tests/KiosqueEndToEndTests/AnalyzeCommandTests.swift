import Foundation
import Testing

/// `kiosque analyze`, `show --json` and `list --entity` as scripts run them.
@Suite struct AnalyzeCommandTests {
    let environment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]

    /// Runs `body` with a JSONL file of two articles in a fresh folder, removed afterwards.
    func withCorpus(_ body: (String) throws -> Void) throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-analyze-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let lines = [
            #"{"id": "a1", "text": "Menu\n\nLe ministre russe Sergueï Lavrov est à Bamako.\n\nLavrov a parlé le 3 mars 2024."}"#,
            #"{"id": "a2", "text": "L’Union européenne a réagi à Paris."}"#,
        ]
        let path = directory.appendingPathComponent("two.jsonl").path
        try (lines.joined(separator: "\n") + "\n").write(toFile: path, atomically: true, encoding: .utf8)
        try body(path)
    }

    @Test func analyzePrintsOnePredictionLinePerArticle() throws {
        try withCorpus { path in
            let result = try Spawn.run([try KiosqueBinary.path(), "analyze", path], environment: environment)
            #expect(result.status == 0, "stderr: \(result.stderrText)")
            let lines = result.stdoutText.split(separator: "\n")
            #expect(lines.count == 2)
            let first = try #require(try JSONSerialization.jsonObject(with: Data(lines[0].utf8)) as? [String: Any])
            #expect(first["id"] as? String == "a1")
            let entities = try #require(first["entities"] as? [[String: Any]])
            let texts = entities.compactMap { $0["text"] as? String }
            #expect(texts == ["Sergueï Lavrov", "Bamako", "Lavrov", "3 mars 2024"])
            // Offsets are code points into the whole text, the `Menu` block included.
            #expect(entities[0]["start"] as? Int == 24)
            #expect(entities[0]["end"] as? Int == 38)
            #expect(entities[2]["canonical"] as? String == "Sergueï Lavrov")
            #expect(entities[3]["type"] as? String == "DATE")
        }
    }

    @Test func listFiltersByEntity() throws {
        try withCorpus { path in
            for name in ["lavrov", "Sergueï Lavrov", "serguei LAVROV"] {
                let result = try Spawn.run([try KiosqueBinary.path(), "list", "--entity", name, path], environment: environment)
                #expect(result.status == 0)
                #expect(result.stdoutText.hasPrefix("a1"), "\(name): \(result.stdoutText)")
                #expect(result.stdoutText.split(separator: "\n").count == 1)
            }
            let none = try Spawn.run([try KiosqueBinary.path(), "list", "--entity", "lav", path], environment: environment)
            #expect(none.status == 0 && none.stdoutText.isEmpty)
            let bad = try Spawn.run([try KiosqueBinary.path(), "list", "--entity", "--", path], environment: environment)
            #expect(bad.status == 2)
        }
    }

    @Test func showJSONIncludesEntities() throws {
        try withCorpus { path in
            let result = try Spawn.run([try KiosqueBinary.path(), "show", "a2", "--json", path], environment: environment)
            #expect(result.status == 0)
            let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
            let entities = try #require(object["entities"] as? [[String: Any]])
            #expect(entities.compactMap { $0["text"] as? String } == ["Union européenne", "Paris"])
        }
    }
}
