import Foundation
import Testing

/// `kiosque search` on a small corpus written by the test, with private XDG folders.
@Suite struct SearchCommandTests {
    static let corpus = [
        #"{"id": "elec", "title": "Le prix de l’électricité", "date": "2019-02-01", "text": "Le prix de l’Électricité augmente encore. Les centrales nucléaires produisent l'électricité du pays."}"#,
        #"{"id": "def", "title": "Défense", "text": "La défense nationale et le budget des armées."}"#,
        #"{"id": "none", "title": "Autre", "text": "Rien à voir avec le sujet, sinon l’eau."}"#,
    ].joined(separator: "\n") + "\n"

    @Test("search electricite: the article with each hit marked in a snippet; nothing on stderr; the index is made")
    func plain() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let run = try fixture.run(["search", "electricite", fixture.corpus])
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        #expect(run.stderrText.isEmpty)
        let lines = run.stdoutText.split(separator: "\n").map(String.init)
        #expect(lines.first == "elec\t2019-02-01\tLe prix de l’[électricité]")
        #expect(lines.count == 3)
        #expect(lines[1].hasPrefix("    ") && lines[1].contains("l’[Électricité] augmente"))
        #expect(lines[2].contains("produisent l'[électricité] du pays."))
        #expect(FileManager.default.fileExists(atPath: fixture.indexFile))
        // Again from the index, warm: the same output.
        let again = try fixture.run(["search", "electricite", fixture.corpus])
        #expect(again.stdoutText == run.stdoutText && again.stderrText.isEmpty)
    }

    static let filtered = [
        #"{"id": "a1", "title": "Le budget", "text": "Le budget de l’État pour l’année. Le ministre Bruno Le Maire présente le budget."}"#,
        #"{"id": "a2", "title": "Le budget des armées", "text": "Le budget des armées augmente : la défense nationale, les militaires, les missiles et la dissuasion nucléaire de l’armée de terre."}"#,
        #"{"id": "a3", "title": "Budget et climat", "text": "Un budget pour le climat, dit Bruno Le Maire à Paris."}"#,
    ].joined(separator: "\n") + "\n"

    @Test("--sector, --entity and --limit: the matches list would keep, the first N; --limit 0 is a usage error")
    func filtersAndLimit() throws {
        let fixture = try CommandFixture(corpus: Self.filtered)
        func ids(_ arguments: [String]) throws -> [String] {
            let run = try fixture.run(["search", "budget", fixture.corpus] + arguments + ["--json"])
            #expect(run.status == 0, "\(arguments): \(run.stderrText)")
            let items = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
            return items.compactMap { $0["id"] as? String }
        }
        #expect(try ids([]) == ["a1", "a2", "a3"])
        #expect(try ids(["--sector", "defense"]) == ["a2"])
        #expect(try ids(["--entity", "bruno le maire"]) == ["a1", "a3"])
        #expect(try ids(["--limit", "2"]) == ["a1", "a2"])
        #expect(try ids(["--entity", "le maire", "--limit", "1"]) == ["a1"])
        let zero = try fixture.run(["search", "budget", fixture.corpus, "--limit", "0"])
        #expect(zero.status == 2 && zero.stderrText.contains("--limit"))
        let unknown = try fixture.run(["search", "budget", fixture.corpus, "--sector", "astrologie"])
        #expect(unknown.status == 2 && unknown.stderrText.contains("astrologie"))
    }

    @Test("--json: ranges of each hit into the text, the snippet and the hit inside it")
    func json() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let run = try fixture.run(["search", "Defense", fixture.corpus, "--json"])
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        let items = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
        #expect(items.map { $0["id"] as? String } == ["def"])
        let matches = try #require(items.first?["matches"] as? [[String: Any]])
        #expect(matches.count == 1)
        #expect(matches.first?["start"] as? Int == 3 && matches.first?["end"] as? Int == 10)
        #expect(matches.first?["text"] as? String == "défense")
        let title = try #require(items.first?["title_matches"] as? [[String: Any]])
        #expect(title.first?["start"] as? Int == 0 && title.first?["end"] as? Int == 7)
    }

    @Test("a prefix and a phrase; no match exits 1; a bad query exits 2 with a clear message")
    func queries() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let prefix = try fixture.run(["search", "nucl*", fixture.corpus])
        #expect(prefix.stdoutText.contains("[nucléaires]"))
        let phrase = try fixture.run(["search", "\"prix de l'electricite\"", fixture.corpus])
        #expect(phrase.stdoutText.split(separator: "\n").first == "elec\t2019-02-01\tLe [prix de l’électricité]")
        let none = try fixture.run(["search", "charbon", fixture.corpus])
        #expect(none.status == 1 && none.stdoutText.isEmpty && none.stderrText.contains("no article matches"))
        let bad = try fixture.run(["search", "\"prix de", fixture.corpus])
        #expect(bad.status == 2)
        #expect(bad.stderrText.contains("never closed") && !bad.stderrText.lowercased().contains("sqlite"))
    }

    @Test("--no-index gives the same output without making an index")
    func noIndex() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let direct = try fixture.run(["search", "electricite", fixture.corpus, "--no-index"])
        #expect(direct.status == 0)
        #expect(!FileManager.default.fileExists(atPath: fixture.xdg.folder("cache").path))
        let indexed = try fixture.run(["search", "electricite", fixture.corpus])
        #expect(direct.stdoutText == indexed.stdoutText)
    }

    @Test("two searches at once on the same new index: both succeed with the same output")
    func twoProcesses() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        var lines: [String] = []
        for n in 1...120 {
            lines.append(#"{"id": "n\#(n)", "text": "Article \#(n) sur le prix de l’électricité et la défense, paragraphe \#(n * 7)."}"#)
        }
        let big = fixture.folder.appendingPathComponent("big.jsonl").path
        try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: big))
        var pids: [pid_t] = []
        var outs: [String] = []
        for k in 0..<2 {
            let out = fixture.folder.appendingPathComponent("out\(k)").path
            let err = fixture.folder.appendingPathComponent("err\(k)").path
            pids.append(try Spawn.start([try KiosqueBinary.path(), "search", "electricite", big],
                                        environment: fixture.environment.merging(["HOME": fixture.folder.path]) { $1 },
                                        stdin: "/dev/null", stdout: out, stderr: err))
            outs.append(out)
        }
        for pid in pids {
            #expect(try Spawn.wait(pid, timeout: .seconds(60), command: ["kiosque", "search"]) == 0)
        }
        let first = try String(contentsOfFile: outs[0], encoding: .utf8)
        let second = try String(contentsOfFile: outs[1], encoding: .utf8)
        #expect(first == second)
        #expect(first.split(separator: "\n").filter { !$0.hasPrefix(" ") }.count == 120)
        let again = try fixture.run(["search", "electricite", big])
        #expect(again.stdoutText == first && again.stderrText.isEmpty)
    }

    @Test("every command that brings the index up to date shows its progress on standard error when it is a terminal",
          arguments: [["search", "electricite"], ["sectors"], ["analyze"], ["list", "--sector", "energie"]])
    func progressOnTerminal(_ command: [String]) throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let terminal = try PseudoTerminal()
        defer { terminal.closeMaster() }
        let out = fixture.folder.appendingPathComponent("stdout").path
        let pid = try Spawn.start([try KiosqueBinary.path()] + command + [fixture.corpus],
                                  environment: fixture.environment.merging(["HOME": fixture.folder.path]) { $1 },
                                  stdin: "/dev/null", stdout: out, stderr: terminal.slavePath)
        terminal.closeSlave()
        let seen = try terminal.read(until: "articles")
        let status = try Spawn.wait(pid, timeout: .seconds(30), command: ["kiosque"] + command)
        #expect(status == 0)
        #expect(seen.contains("Indexing 0/3 articles") || seen.contains("Indexing 3/3 articles"), "\(seen)")
        let stdout = try String(contentsOfFile: out, encoding: .utf8)
        #expect(command[0] != "search" || stdout.hasPrefix("elec\t"))
        #expect(!stdout.isEmpty)
    }
}
