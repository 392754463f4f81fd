import Foundation
import Testing

/// `kiosque list --period/--since/--until` and `--view NAME`/`--views` through the real binary.
@Suite struct PeriodViewCommandTests {
    static let corpus = [
        #"{"id": "jan", "title": "Janvier", "date": "2019-01-03", "source": "Le Monde", "text": "Le nucléaire civil en débat."}"#,
        #"{"id": "feb", "title": "Février", "date": "2019-02-20", "source": "Le Monde", "text": "La centrale nucléaire redémarre."}"#,
        #"{"id": "rfi", "title": "RFI", "date": "2019-01-10", "source": "RFI", "text": "Le nucléaire iranien."}"#,
        #"{"id": "none", "title": "Sans date", "source": "Le Monde", "text": "Un texte sur le nucléaire, sans date."}"#,
        #"{"id": "gaz", "title": "Gaz", "date": "2019-01-05", "source": "Le Monde", "text": "Le prix du gaz."}"#,
    ].joined(separator: "\n") + "\n"

    static func ids(_ run: Spawn.Result) -> [String] {
        run.stdoutText.split(separator: "\n").compactMap { $0.split(separator: "\t").first.map(String.init) }
    }

    @Test("--since/--until and --period keep the dated articles of the period (undated out); bad dates are usage errors")
    func period() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let range = try fixture.run(["list", fixture.corpus, "--since", "2019-01-01", "--until", "2019-02-15"])
        #expect(range.status == 0, "\(range.stderrText)")
        #expect(Self.ids(range) == ["jan", "rfi", "gaz"])
        let french = try fixture.run(["list", fixture.corpus, "--period", "4/1/2019..", "--order", "newest"])
        #expect(Self.ids(french) == ["feb", "rfi", "gaz"])
        let until = try fixture.run(["list", fixture.corpus, "--until", "janvier 2019"])
        #expect(Self.ids(until) == ["jan", "rfi", "gaz"])
        let bad = try fixture.run(["list", fixture.corpus, "--since", "hier"])
        #expect(bad.status == 2 && bad.stderrText.contains("--since") && bad.stderrText.contains("hier"), "\(bad.stderrText)")
        let both = try fixture.run(["list", fixture.corpus, "--period", "7", "--since", "2019-01-01"])
        #expect(both.status == 2 && both.stderrText.contains("--period cannot go with --since"))
    }

    @Test("--view NAME applies a saved view (search, outlet, period, order); --views lists them; an unknown name fails with the names")
    func savedView() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let views = #"""
        {"version": 1, "views": [
          {"name": "Nucléaire Monde", "view": {"order": "oldest", "sectors": [], "match": "any", "search": "nucléaire",
                                              "outlet": "le monde", "period": "2019-01-01..2019-12-31"}},
          {"name": "RFI", "view": {"order": "newest", "sectors": [], "match": "any", "outlet": "RFI"}}
        ]}
        """#
        let config = fixture.xdg.folder("config")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        try Data(views.utf8).write(to: config.appendingPathComponent("views.json"))
        let run = try fixture.run(["list", fixture.corpus, "--view", "nucleaire monde"])
        #expect(run.status == 0, "\(run.stderrText)")
        #expect(Self.ids(run) == ["jan", "feb"], "Le Monde, nucléaire, dated, oldest first: \(run.stdoutText)")
        let narrowed = try fixture.run(["list", fixture.corpus, "--view", "Nucléaire Monde", "--until", "2019-01-31"])
        #expect(Self.ids(narrowed) == ["jan"], "the command line's period replaces the view's")
        let listed = try fixture.run(["list", "--views"])
        #expect(listed.status == 0)
        #expect(listed.stdoutText.contains("Nucléaire Monde\tsearch=nucléaire\toutlet=le monde\tperiod=2019-01-01..2019-12-31\torder=oldest"),
                "\(listed.stdoutText)")
        let unknown = try fixture.run(["list", fixture.corpus, "--view", "RFJ"])
        #expect(unknown.status == 2)
        #expect(unknown.stderrText.contains("did you mean `RFI`") && unknown.stderrText.contains("Nucléaire Monde, RFI"), "\(unknown.stderrText)")
    }

    @Test("a damaged views.json: --view names the file and the place, exit 1, the file untouched")
    func damaged() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let config = fixture.xdg.folder("config")
        try FileManager.default.createDirectory(at: config, withIntermediateDirectories: true)
        let url = config.appendingPathComponent("views.json")
        let text = #"{"version": 1, "views": [{"view": {}}]}"#
        try Data(text.utf8).write(to: url)
        let run = try fixture.run(["list", fixture.corpus, "--view", "x"])
        #expect(run.status == 1)
        #expect(run.stderrText.contains(url.path) && run.stderrText.contains("views[0].name: missing"), "\(run.stderrText)")
        #expect(try String(contentsOf: url, encoding: .utf8) == text)
    }
}
