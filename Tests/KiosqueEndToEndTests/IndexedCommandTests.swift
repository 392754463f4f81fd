import Foundation
import Testing

/// `sectors`, `list --sector/--entity` and `analyze` read the index's stored analyses (issue 6:
/// an unchanged article is never analysed twice), with the same output as without the index.
@Suite struct IndexedCommandTests {
    /// Two énergie articles, one défense, and an `Algérie` written decomposed (e + U+0301).
    static let corpus = [
        #"{"id": "elec", "title": "Le prix de l’électricité", "date": "2019-02-01", "text": "Le prix de l’électricité augmente encore.\n\nLes centrales nucléaires d’EDF produisent l’électricité du pays, selon Jean Dupont."}"#,
        #"{"id": "def", "title": "Défense", "text": "La défense nationale et le budget des armées.\n\nLe ministère des Armées commande des frégates et des blindés."}"#,
        #"{"id": "alg", "title": "Alge\u0301rie", "text": "En Alge\u0301rie, le gaz naturel et le pétrole font l’essentiel des exportations d’énergie.\n\nSonatrach investit à Alger."}"#,
    ].joined(separator: "\n") + "\n"

    static let commands: [[String]] = [
        ["sectors"], ["list", "--sector", "energie", "--sector", "DEF"], ["list", "--sector", "énergie", "--json"],
        ["list", "--entity", "algerie"], ["analyze"],
    ]

    @Test("each command gives byte for byte the same output from the index (cold, then warm) as with --no-index; nothing on stderr")
    func sameOutput() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        for command in Self.commands {
            let direct = try fixture.run(command + [fixture.corpus, "--no-index"])
            #expect(direct.status == 0, "\(command): \(direct.stderrText)")
            #expect(!direct.stdout.isEmpty, "\(command)")
            let cold = try fixture.run(command + [fixture.corpus])
            let warm = try fixture.run(command + [fixture.corpus])
            #expect(FileManager.default.fileExists(atPath: fixture.indexFile))
            for run in [cold, warm] {
                #expect(run.status == 0 && run.stderrText.isEmpty, "\(command): \(run.stderrText)")
                #expect(run.stdout == direct.stdout, "\(command): \(run.stdoutText) vs \(direct.stdoutText)")
            }
        }
        // The decomposed spelling survives the index: its bytes, not only an equal-looking string.
        let analysis = try fixture.run(["analyze", fixture.corpus])
        #expect(analysis.stdout.range(of: Data("Alge\u{301}rie".utf8)) != nil)
    }

    @Test("an article added to the file is analysed and listed at the next command; a removed one disappears")
    func followsTheFiles() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let before = try fixture.run(["list", "--sector", "défense", fixture.corpus])
        #expect(before.stdoutText.split(separator: "\n").map { $0.split(separator: "\t").first } == ["def"])
        let added = #"{"id": "arm", "title": "Armement", "text": "L’armée de terre reçoit ses nouveaux chars ; la défense antiaérienne des bases militaires est renforcée."}"#
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: fixture.corpus))
        try handle.seekToEnd()
        try handle.write(contentsOf: Data((added + "\n").utf8))
        try handle.close()
        let after = try fixture.run(["list", "--sector", "défense", fixture.corpus])
        #expect(Set(after.stdoutText.split(separator: "\n").compactMap { $0.split(separator: "\t").first }) == ["def", "arm"])
        try Data(Self.corpus.utf8).write(to: URL(fileURLWithPath: fixture.corpus))
        let removed = try fixture.run(["list", "--sector", "défense", fixture.corpus])
        #expect(removed.stdoutText == before.stdoutText)
    }

    @Test("a bad line: the same warning naming it and exit code 1 with and without the index, cold and warm; the rest is counted")
    func badLine() throws {
        let fixture = try CommandFixture(corpus: Self.corpus + "{\"id\": \"broken\", \"text\": \n")
        let direct = try fixture.run(["sectors", fixture.corpus, "--no-index"])
        #expect(direct.status == 1 && direct.stderrText.contains("corpus.jsonl:4"), "\(direct.stderrText)")
        for _ in 0..<2 {
            let run = try fixture.run(["sectors", fixture.corpus])
            #expect(run.status == 1 && run.stdout == direct.stdout)
            #expect(run.stderrText == direct.stderrText && direct.stderrText.contains("1 input could not be read"),
                    "\(run.stderrText)")
        }
    }

    @Test("random bytes in the middle of the index: the run that finds them goes on without it, the next sets it aside and makes it again (issue 12, item 5)")
    func damagedIndex() throws {
        let lines = (1...200).map { n in
            #"{"id": "a\#(n)", "title": "Article \#(n)", "text": "Article \#(n)\n\nLe prix de l’électricité et la défense nationale, numéro \#(n), selon Jean Dupont à Paris."}"#
        }
        let fixture = try CommandFixture(corpus: lines.joined(separator: "\n") + "\n")
        let direct = try fixture.run(["analyze", fixture.corpus, "--no-index"])
        #expect(direct.status == 0)
        let cold = try fixture.run(["analyze", fixture.corpus])
        #expect(cold.status == 0 && cold.stdout == direct.stdout, "\(cold.stderrText)")
        let url = URL(fileURLWithPath: fixture.indexFile)
        var bytes = try Data(contentsOf: url)
        #expect(bytes.count > 60_000, "\(bytes.count)")
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        for i in (bytes.count / 3)..<(2 * bytes.count / 3) {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            bytes[i] = UInt8(truncatingIfNeeded: state >> 56)
        }
        try bytes.write(to: url)
        // The run that finds the damage (at opening or at a read) still answers, from the
        // articles or from a new index.
        let first = try fixture.run(["analyze", fixture.corpus])
        #expect(first.status == 0 && first.stdout == direct.stdout, "\(first.stderrText)")
        #expect(first.stderrText.contains("cannot be used") || first.stderrText.contains("is made again"), "\(first.stderrText)")
        // By the next run at the latest, the file was set aside and made again.
        let second = try fixture.run(["analyze", fixture.corpus])
        #expect(second.status == 0 && second.stdout == direct.stdout, "\(second.stderrText)")
        #expect(!second.stderrText.contains("without it"), "\(second.stderrText)")
        let third = try fixture.run(["analyze", fixture.corpus])
        #expect(third.status == 0 && third.stdout == direct.stdout && third.stderrText.isEmpty, "\(third.stderrText)")
        let names = try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path)
        #expect(names.contains { $0.hasPrefix("index.corrupt-") }, "\(names)")
    }

    @Test("an index that cannot be made (the cache folder is a file): a warning, then the same output without it")
    func unusableIndex() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let blocker = fixture.folder.appendingPathComponent("not-a-folder")
        try Data("x".utf8).write(to: blocker)
        let direct = try fixture.run(["sectors", fixture.corpus, "--no-index"])
        let run = try fixture.run(["sectors", fixture.corpus], environment: ["XDG_CACHE_HOME": blocker.path])
        #expect(run.status == 0)
        #expect(run.stderrText.contains("the index cannot be used") && run.stderrText.contains("without it"))
        #expect(run.stdout == direct.stdout)
    }

    @Test("on the evaluation set, analyze from the index equals the direct analysis",
          .enabled(if: SharedMaterial.hasDevGold, "../shared/eval is absent"))
    func evaluationSet() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let direct = try fixture.run(["analyze", SharedMaterial.devGold], environment: ["KIOSQUE_NO_INDEX": "1"])
        let indexed = try fixture.run(["analyze", SharedMaterial.devGold])
        #expect(direct.status == 0 && indexed.status == 0, "\(indexed.stderrText)")
        #expect(indexed.stdout == direct.stdout && !direct.stdout.isEmpty)
    }
}
