import Foundation
import Testing

/// Issue 11 with the real binary: page debris names nobody (`list --entity`, `show --json`),
/// two files of the same name get two ids that `show` tells apart, duplicate JSONL ids are
/// warned about and reachable; with the index and without it alike.
@Suite struct CorpusCommandTests {
    static let modes: [[String]] = [[], ["--no-index"]]

    @Test("list --entity benzema seeds finds nothing (he is only in an unrelated headline of the page debris); lavrov is found",
          arguments: modes)
    func debrisEntity(mode: [String]) throws {
        let seeds = try #require(KiosqueBinary.seedsFolder())
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let benzema = try KiosqueBinary.run(["list", "--entity", "benzema", seeds] + mode, environment: xdg.environment)
        #expect(benzema.status == 0, "stderr: \(benzema.stderrText)")
        #expect(benzema.stdoutText.isEmpty, "\(benzema.stdoutText)")
        let search = try KiosqueBinary.run(["search", "benzema", seeds] + mode, environment: xdg.environment)
        #expect(search.status == 1 && search.stdout.isEmpty, "the search agrees")
        let lavrov = try KiosqueBinary.run(["list", "--entity", "lavrov", seeds] + mode, environment: xdg.environment)
        #expect(lavrov.stdoutText.contains(CommandTests.firstID), "stderr: \(lavrov.stderrText)")
        let shown = try KiosqueBinary.run(["show", CommandTests.firstID, "--json", seeds] + mode, environment: xdg.environment)
        #expect(shown.status == 0, "stderr: \(shown.stderrText)")
        let article = try #require(try JSONSerialization.jsonObject(with: shown.stdout) as? [String: Any])
        let names = try #require(article["entities"] as? [[String: Any]]).compactMap { $0["canonical"] as? String }
        #expect(names.contains("Sergueï Lavrov"))
        #expect(!names.contains { $0.contains("Benzema") }, "\(names)")
    }

    @Test("a/x.txt and b/x.txt: list shows a/x and b/x, show gives each its own text, show x names both (exit 1)",
          arguments: modes)
    func twoFilesOfTheSameName(mode: [String]) throws {
        let fixture = try CommandFixture(corpus: "")
        let a = fixture.folder.appendingPathComponent("articles/a"), b = fixture.folder.appendingPathComponent("articles/b")
        try FileManager.default.createDirectory(at: a, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: b, withIntermediateDirectories: true)
        try "Premier titre\n\nLe texte est là.\n".write(to: a.appendingPathComponent("x.txt"), atomically: true, encoding: .utf8)
        try "Premier titre\n\nLe texte est lè.\n".write(to: b.appendingPathComponent("x.txt"), atomically: true, encoding: .utf8)
        let folder = fixture.folder.appendingPathComponent("articles").path
        let list = try fixture.run(["list", folder] + mode)
        #expect(list.status == 0, "stderr: \(list.stderrText)")
        #expect(list.stdoutText.split(separator: "\n").map { $0.split(separator: "\t").first.map(String.init) ?? "" } == ["a/x", "b/x"])
        for (id, text) in [("a/x", "Le texte est là."), ("b/x", "Le texte est lè.")] {
            let shown = try fixture.run(["show", id, folder] + mode)
            #expect(shown.status == 0, "stderr: \(shown.stderrText)")
            #expect(shown.stdoutText.contains(text), "\(id): \(shown.stdoutText)")
        }
        let ambiguous = try fixture.run(["show", "x", folder] + mode)
        #expect(ambiguous.status == 1)
        #expect(ambiguous.stdout.isEmpty)
        #expect(ambiguous.stderrText.contains("'x' names 2 articles: a/x, b/x"), "\(ambiguous.stderrText)")
        let unknown = try fixture.run(["show", "y", folder] + mode)
        #expect(unknown.status == 1 && unknown.stderrText.contains("no article with id 'y'"), "\(unknown.stderrText)")
    }

    @Test("the same JSONL id on two lines: a warning naming the file and line, two ids (d, d#2), each shown")
    func duplicateJSONLIDs() throws {
        let fixture = try CommandFixture(corpus: """
            {"id": "d", "title": "Un", "text": "Le premier texte."}
            {"id": "d", "title": "Deux", "text": "Le second texte."}

            """)
        for mode in Self.modes {
            let list = try fixture.run(["list", fixture.corpus] + mode)
            #expect(list.status == 0, "stderr: \(list.stderrText)")
            #expect(list.stdoutText.split(separator: "\n").map { String($0.split(separator: "\t")[0]) } == ["d", "d#2"])
            #expect(list.stderrText.contains("\(fixture.corpus):2: duplicate id \"d\" (first at \(fixture.corpus):1)"),
                    "\(list.stderrText)")
            let second = try fixture.run(["show", "d#2", fixture.corpus] + mode)
            #expect(second.stdoutText.contains("Le second texte."), "\(second.stderrText)")
        }
    }
}
