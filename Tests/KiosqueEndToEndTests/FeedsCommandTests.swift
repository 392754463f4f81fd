import Foundation
import Testing

/// `kiosque feeds add | list | remove | import | export`, run as a script would, with private XDG folders.
@Suite struct FeedsCommandTests {
    func feeds(_ arguments: [String], _ xdg: XDGFolders, language: String = "C.UTF-8") throws -> Spawn.Result {
        try KiosqueBinary.run(["feeds"] + arguments, environment: xdg.environment.merging(["LANG": language, "LC_ALL": ""]) { $1 })
    }

    func listed(_ xdg: XDGFolders) throws -> [[String: Any]] {
        let run = try feeds(["list", "--json"], xdg)
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        return try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
    }

    func urlsFile(_ xdg: XDGFolders) -> URL { xdg.folder("config").appendingPathComponent("urls") }

    @Test("add writes the urls file in newsboat's syntax; list shows it, never fetched; remove by name")
    func addListRemove() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let added = try feeds(["add", "https://www.lemonde.fr/rss/une.xml", "--name", "Le Monde", "--tag", "presse",
                               "--tag", "à la une", "--full-text"], xdg)
        #expect(added.status == 0, "stderr: \(added.stderrText)")
        #expect(added.stdoutText == "added https://www.lemonde.fr/rss/une.xml\n")
        #expect(try feeds(["add", "https://www.liberation.fr/rss"], xdg).status == 0)
        #expect(try String(contentsOf: urlsFile(xdg), encoding: .utf8) == """
            https://www.lemonde.fr/rss/une.xml presse "à la une" kiosque:fulltext "~Le Monde"
            https://www.liberation.fr/rss

            """)
        let text = try feeds(["list"], xdg)
        #expect(text.status == 0)
        #expect(text.stdoutText == "Le Monde\thttps://www.lemonde.fr/rss/une.xml\tpresse, à la une, kiosque:fulltext\tnever\t—\t—\n"
            + "https://www.liberation.fr/rss\thttps://www.liberation.fr/rss\t\tnever\t—\t—\n")
        let rows = try listed(xdg)
        #expect(rows.count == 2)
        #expect(rows.first?["name"] as? String == "Le Monde")
        #expect(rows.first?["tags"] as? [String] == ["presse", "à la une"])
        #expect(rows.first?["full_text"] as? Bool == true)
        #expect(rows.first?["last_fetch"] is NSNull)
        #expect(rows.first?["article_count"] is NSNull)
        let removed = try feeds(["remove", "le monde"], xdg)
        #expect(removed.status == 0, "stderr: \(removed.stderrText)")
        #expect(try listed(xdg).map { $0["url"] as? String } == ["https://www.liberation.fr/rss"])
    }

    @Test("list reads the fetcher's state file: last fetch, status, article count")
    func listWithState() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        #expect(try feeds(["add", "https://a.fr/rss"], xdg).status == 0)
        let state = xdg.folder("state").appendingPathComponent("feeds.json")
        try FileManager.default.createDirectory(at: state.deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data("""
            {"version": 1, "feeds": {"https://a.fr/rss": {"last_fetch": "2025-12-04T12:00:00Z", "last_status": "HTTP 404", "article_count": 7}}}
            """.utf8).write(to: state)
        let run = try feeds(["list"], xdg)
        #expect(run.stdoutText == "https://a.fr/rss\thttps://a.fr/rss\t\t2025-12-04T12:00:00Z\tHTTP 404\t7\n", "stderr: \(run.stderrText)")
        // A damaged state file is moved aside, said, and the list still prints.
        try Data("{ broken".utf8).write(to: state)
        let damaged = try feeds(["list"], xdg)
        #expect(damaged.status == 0)
        #expect(damaged.stdoutText.contains("\tnever\t—\t—"))
        #expect(damaged.stderrText.contains("feeds.corrupt-"), "stderr: \(damaged.stderrText)")
        let names = try FileManager.default.contentsOfDirectory(atPath: state.deletingLastPathComponent().path)
        #expect(names.contains { $0.hasPrefix("feeds.corrupt-") })
    }

    @Test("refused: a URL already there (exit 1, named), an unknown feed to remove (exit 1, named), a bad URL (exit 2)")
    func refusals() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        #expect(try feeds(["add", "https://a.fr/rss", "--name", "Alpha"], xdg).status == 0)
        let before = try Data(contentsOf: urlsFile(xdg))
        let again = try feeds(["add", "HTTPS://A.FR/rss"], xdg)
        #expect(again.status == 1)
        #expect(again.stderrText == "kiosque: HTTPS://A.FR/rss is already subscribed as \"Alpha\" (urls:1); nothing added\n")
        let unknown = try feeds(["remove", "https://b.fr/rss"], xdg)
        #expect(unknown.status == 1)
        #expect(unknown.stderrText.contains("\"https://b.fr/rss\""), "stderr: \(unknown.stderrText)")
        let bad = try feeds(["add", "ftp://x"], xdg)
        #expect(bad.status == 2)
        #expect(bad.stderrText.contains("\"ftp://x\" is not an http(s) URL"))
        #expect(try Data(contentsOf: urlsFile(xdg)) == before)
    }

    @Test("a hand-edited file: bad lines named with their number, the rest used, comments kept when rewriting")
    func handEdited() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let original = "# mes flux\n\nhttps://a.fr/rss tag \"~A\"\nftp://x\n"
        try FileManager.default.createDirectory(at: urlsFile(xdg).deletingLastPathComponent(), withIntermediateDirectories: true)
        try Data(original.utf8).write(to: urlsFile(xdg))
        let run = try feeds(["list"], xdg)
        #expect(run.status == 0)
        #expect(run.stdoutText.hasPrefix("A\thttps://a.fr/rss\ttag\t"))
        #expect(run.stderrText == "kiosque: warning: urls:4: \"ftp://x\" is not an http(s) URL; the line is ignored\n")
        #expect(try feeds(["add", "https://b.fr/rss"], xdg).status == 0)
        #expect(try String(contentsOf: urlsFile(xdg), encoding: .utf8) == original + "https://b.fr/rss\n")
    }

    @Test("French locale: messages in French")
    func french() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let run = try feeds(["remove", "Le Canard"], xdg, language: "fr_FR.UTF-8")
        #expect(run.status == 1)
        #expect(run.stderrText == "kiosque: aucun abonnement n’a l’URL ou le nom « Le Canard » ; kiosque feeds list les affiche\n")
    }

    @Test("import OPML (nested categories as tags), export, import the export elsewhere: the same list")
    func importExportRoundTrip() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let opml = xdg.root.appendingPathComponent("abonnements.opml")
        try FileManager.default.createDirectory(at: xdg.root, withIntermediateDirectories: true)
        try Data("""
            <?xml version="1.0" encoding="UTF-8"?>
            <opml version="2.0"><head><title>x</title></head><body>
              <outline text="Presse"><outline text="Nationale">
                <outline text="Le Monde" xmlUrl="https://www.lemonde.fr/rss/une.xml" htmlUrl="https://www.lemonde.fr/"/>
              </outline></outline>
              <outline text="Blog" xmlUrl="https://blog.example.fr/feed" category="tech,kiosque:fulltext"/>
              <outline text="Vieux" xmlUrl="gopher://old.example/"/>
            </body></opml>
            """.utf8).write(to: opml)
        let imported = try feeds(["import", opml.path], xdg)
        #expect(imported.status == 0, "stderr: \(imported.stderrText)")
        #expect(imported.stdoutText == "\(opml.path): 2 subscription(s) added, 0 already there\n")
        #expect(imported.stderrText.contains("gopher://old.example/"))
        let again = try feeds(["import", opml.path], xdg)
        #expect(again.stdoutText == "\(opml.path): 0 subscription(s) added, 2 already there\n")
        let rows = try listed(xdg)
        #expect(rows.map { $0["tags"] as? [String] } == [["Presse", "Nationale"], ["tech"]])
        #expect(rows.map { $0["full_text"] as? Bool } == [false, true])
        #expect(rows.first?["site_url"] as? String == "https://www.lemonde.fr/")

        let exported = xdg.root.appendingPathComponent("export.opml")
        let export = try feeds(["export", "--output", exported.path], xdg)
        #expect(export.status == 0, "stderr: \(export.stderrText)")
        #expect(export.stderrText.contains(exported.path))
        let stdoutExport = try feeds(["export"], xdg)
        #expect(stdoutExport.stdoutText.contains("xmlUrl=\"https://blog.example.fr/feed\""))

        let other = XDGFolders()
        defer { other.remove() }
        #expect(try feeds(["import", exported.path], other).status == 0)
        let first = try feeds(["list", "--json"], xdg)
        let second = try feeds(["list", "--json"], other)
        #expect(second.stdoutText == first.stdoutText)
        #expect(try String(contentsOf: urlsFile(other), encoding: .utf8) == String(contentsOf: urlsFile(xdg), encoding: .utf8))
    }

    @Test("import refuses a file that is not OPML (exit 1, named); export refuses a path inside Kiosque's folders")
    func importAndExportRefusals() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        try FileManager.default.createDirectory(at: xdg.root, withIntermediateDirectories: true)
        let rss = xdg.root.appendingPathComponent("feed.xml")
        try Data("<rss version=\"2.0\"><channel/></rss>".utf8).write(to: rss)
        let run = try feeds(["import", rss.path], xdg)
        #expect(run.status == 1)
        #expect(run.stderrText == "kiosque: \(rss.path) is not an OPML file: its root element is <rss>, not <opml>\n")
        let missing = try feeds(["import", xdg.root.appendingPathComponent("absent.opml").path], xdg)
        #expect(missing.status == 1)
        #expect(missing.stderrText.contains("absent.opml"))
        let own = try feeds(["export", "--output", urlsFile(xdg).path], xdg)
        #expect(own.status == 2)
        #expect(!FileManager.default.fileExists(atPath: urlsFile(xdg).path))
    }
}
