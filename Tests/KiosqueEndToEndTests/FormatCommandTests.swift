import Foundation
import Testing

/// Issue 13 with the real binary, on the folder a new user tries: two saved pages, an RSS feed
/// (two entries), an Atom feed (one), three notes, and a PDF and a PNG that are not articles.
/// Feed values come from the feed reader (its minimal stand-in until the feeds work is merged).
@Suite struct FormatCommandTests {
    static let modes: [[String]] = [[], ["--no-index"]]
    static let skippedLine = "kiosque: warning: 2 files are not articles and were skipped: photo.png, rapport.pdf"
    static let titles = ["Budget : le gouvernement & l'Assemblée", "Inondations dans le Pas-de-Calais", "Note un", "Note deux",
                         "Note trois", "Le réacteur de Flamanville démarre", "Grève à la SNCF", "Le prix du gaz baisse"]

    /// The folder, written by the test in a temporary folder with private XDG folders.
    final class Folder {
        let fixture: CommandFixture
        let path: String

        init() throws {
            fixture = try CommandFixture(corpus: "")
            let folder = fixture.folder.appendingPathComponent("veille")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            path = folder.path
            let files = [
                "page1.html": """
                    <!DOCTYPE html>
                    <html lang="fr"><head><meta charset="utf-8"><title>Le réacteur de Flamanville</title>
                    <meta property="og:title" content="Le réacteur de Flamanville démarre">
                    <script>var x = "<p>pas ça</p>";</script><style>p { color: red }</style></head>
                    <body><h1>Le réacteur de Flamanville démarre</h1>
                    <p>EDF a annoncé mardi le démarrage du réacteur EPR de Flamanville, avec douze ans de retard.</p>
                    <p>Le chantier avait coûté plus de 13 milliards d'euros selon la Cour des comptes.</p>
                    </body></html>
                    """,
                "page2.htm": """
                    <html><body><article><h1>Grève à la SNCF</h1><p>Les syndicats de cheminots appellent à la grève \
                    jeudi pour les salaires.</p><p>La direction propose une prime de 400 euros.</p></article></body></html>
                    """,
                "actu.rss": """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
                    <channel><title>Le Quotidien</title><link>https://quotidien.example/</link><language>fr</language>
                    <item><title>Budget : le gouvernement &amp; l'Assemblée</title><link>https://quotidien.example/budget</link>
                    <guid>https://quotidien.example/budget</guid><pubDate>2024-03-15</pubDate><dc:creator>Marie Dupont</dc:creator>
                    <description><![CDATA[<p>Le projet de budget a été adopté par l'Assemblée nationale.</p><p>Les députés ont voté jeudi soir.</p>]]></description></item>
                    <item><title>Inondations dans le Pas-de-Calais</title><link>https://quotidien.example/inondations</link>
                    <guid isPermaLink="false">id-42</guid><pubDate>2024-03-16</pubDate>
                    <content:encoded><![CDATA[<p>Les pluies ont fait déborder la Canche.</p><script>alert(1)</script>]]></content:encoded></item>
                    </channel></rss>
                    """,
                "veille.atom": """
                    <?xml version="1.0" encoding="utf-8"?>
                    <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr"><title>Veille Énergie</title><id>urn:veille</id>
                    <updated>2024-03-15</updated>
                    <entry><title type="html">Le prix du &lt;b&gt;gaz&lt;/b&gt; baisse</title><id>urn:veille:1</id>
                    <link href="https://veille.example/gaz"/><published>2024-03-14</published><author><name>Paul Martin</name></author>
                    <content type="html">&lt;p&gt;Le prix du gaz a baissé de 5 % en mars.&lt;/p&gt;&lt;p&gt;Les ménages en profiteront.&lt;/p&gt;</content></entry>
                    </feed>
                    """,
                "n1.txt": "Note un\n\nLa réunion avec le ministre est prévue lundi.\n",
                "n2.txt": "Note deux\n\nLe rapport sur l'énergie arrive mardi.\n",
                "n3.txt": "Note trois\n\nAppeler la rédaction du journal.\n",
                "rapport.pdf": "%PDF-1.4 not an article",
                "photo.png": "PNG not an article",
            ]
            for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        }

        func run(_ arguments: [String]) throws -> Spawn.Result { try fixture.run(arguments) }
    }

    /// `id<TAB>date<TAB>title...` lines as (id, date, title).
    static func rows(_ output: String) -> [(id: String, date: String, title: String)] {
        output.split(separator: "\n").map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            return (fields[0], fields.count > 1 ? fields[1] : "", fields.count > 2 ? fields[2] : "")
        }
    }

    @Test("list: all 2 + 3 + 3 articles in corpus order, page titles from the pages (no <!DOCTYPE), one line naming the 2 files that are not articles, exit 0",
          arguments: modes)
    func list(mode: [String]) throws {
        let folder = try Folder()
        let list = try folder.run(["list", folder.path] + mode)
        #expect(list.status == 0, "stderr: \(list.stderrText)")
        let rows = Self.rows(list.stdoutText)
        #expect(rows.map(\.title) == Self.titles.sorted { a, b in
            (Self.titles.firstIndex(of: a) ?? 0) < (Self.titles.firstIndex(of: b) ?? 0)
        })
        #expect(rows.map(\.id).filter { $0.hasPrefix("actu-") }.count == 2)
        #expect(rows.contains { $0.id == "page1" } && rows.contains { $0.id == "page2" })
        #expect(rows.contains { $0.id.hasPrefix("veille-") && $0.date == "2024-03-14" })
        #expect(!list.stdoutText.contains("DOCTYPE") && !list.stdoutText.contains("<"))
        #expect(list.stderrText.split(separator: "\n").map(String.init) == [Self.skippedLine], "\(list.stderrText)")
    }

    @Test("show: a page without markup, a feed entry with its author and feed; --json gives author", arguments: modes)
    func show(mode: [String]) throws {
        let folder = try Folder()
        let page = try folder.run(["show", "page1", folder.path] + mode)
        #expect(page.status == 0, "stderr: \(page.stderrText)")
        #expect(page.stdoutText.hasPrefix("Le réacteur de Flamanville démarre\n"))
        #expect(page.stdoutText.contains("EDF a annoncé mardi le démarrage du réacteur EPR"))
        for markup in ["<p", "<h1", "<!", "<script", "<meta", "DOCTYPE", "var x", "color: red", "og:title", "</"] {
            #expect(!page.stdoutText.contains(markup), "\(markup) in\n\(page.stdoutText)")
        }
        let id = try #require(Self.rows(try folder.run(["list", folder.path] + mode).stdoutText).first?.id)
        let entry = try folder.run(["show", id, folder.path] + mode)
        #expect(entry.status == 0, "stderr: \(entry.stderrText)")
        #expect(entry.stdoutText.contains("Le Quotidien · Marie Dupont · \(folder.path)/actu.rss#1 · https://quotidien.example/budget"),
                "\(entry.stdoutText)")
        #expect(entry.stdoutText.contains("Les députés ont voté jeudi soir."))
        let json = try folder.run(["show", id, "--json", folder.path] + mode)
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        #expect(object["author"] as? String == "Marie Dupont")
        #expect(object["source"] as? String == "Le Quotidien")
    }

    @Test("search, analyze and sectors take every format", arguments: modes)
    func otherCommands(mode: [String]) throws {
        let folder = try Folder()
        let search = try folder.run(["search", "canche", folder.path] + mode)
        #expect(search.status == 0, "stderr: \(search.stderrText)")
        #expect(search.stdoutText.contains("actu-"), "\(search.stdoutText)")
        let flamanville = try folder.run(["search", "flamanville", folder.path] + mode)
        #expect(flamanville.stdoutText.contains("page1"), "\(flamanville.stdoutText)")
        let analyze = try folder.run(["analyze", folder.path] + mode)
        #expect(analyze.status == 0, "stderr: \(analyze.stderrText)")
        #expect(analyze.stdoutText.split(separator: "\n").count == 8)
        for id in ["\"id\":\"page1\"", "\"id\":\"page2\"", "\"id\":\"n3\"", "\"id\":\"veille-"] {
            #expect(analyze.stdoutText.contains(id), "\(id) in\n\(analyze.stdoutText)")
        }
        #expect(analyze.stdoutText.contains("\"canonical\":\"Assemblée nationale\""), "an entity of a feed entry")
        let sectors = try folder.run(["sectors", folder.path] + mode)
        #expect(sectors.status == 0, "stderr: \(sectors.stderrText)")
        #expect(sectors.stderrText.contains(Self.skippedLine))
    }

    @Test("convert: one JSON object a line with every key; a page's id is its file name; --output written, said on stderr; read back the same (titles, dates, sources, paragraphs)")
    func convert() throws {
        let folder = try Folder()
        let out = try folder.run(["convert", folder.path])
        #expect(out.status == 0, "stderr: \(out.stderrText)")
        #expect(out.stderrText.contains(Self.skippedLine))
        let objects = try out.stdoutText.split(separator: "\n").map { line in
            try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any])
        }
        #expect(objects.count == 8)
        for object in objects {
            #expect(Set(object.keys) == ["id", "title", "date", "url", "source", "author", "language", "text"], "\(object.keys)")
            let text = try #require(object["text"] as? String)
            #expect(!text.isEmpty && !text.contains("<"), "\(text)")
            #expect(!text.hasPrefix(object["title"] as? String ?? "-"), "the title is not in the text: \(text)")
        }
        let page = try #require(objects.first { $0["id"] as? String == "page1" })
        #expect(page["text"] as? String == "EDF a annoncé mardi le démarrage du réacteur EPR de Flamanville, avec douze ans de retard."
            + "\n\nLe chantier avait coûté plus de 13 milliards d'euros selon la Cour des comptes.")
        #expect(page["date"] is NSNull && page["author"] is NSNull)
        let entry = try #require(objects.first)
        #expect(entry["date"] as? String == "2024-03-15" && entry["source"] as? String == "Le Quotidien")
        #expect(entry["author"] as? String == "Marie Dupont" && entry["language"] as? String == "fr")

        let file = folder.fixture.folder.appendingPathComponent("converti.jsonl").path
        let written = try folder.run(["convert", folder.path, "--output", file])
        #expect(written.status == 0 && written.stdout.isEmpty)
        #expect(written.stderrText.contains("wrote 8 articles to \(file)"), "\(written.stderrText)")
        #expect(try String(contentsOfFile: file, encoding: .utf8) == out.stdoutText)

        // Read back: converting the output again gives the same objects; list agrees.
        let again = try folder.run(["convert", file])
        #expect(again.status == 0 && again.stderrText.isEmpty, "\(again.stderrText)")
        #expect(again.stdoutText == out.stdoutText)
        let listed = Self.rows(try folder.run(["list", file, "--no-index"]).stdoutText)
        let original = Self.rows(try folder.run(["list", folder.path, "--no-index"]).stdoutText)
        #expect(listed.map(\.id) == original.map(\.id))
        #expect(listed.map(\.title) == original.map(\.title))
        #expect(listed.map(\.date) == original.map(\.date))
    }

    @Test("convert: exit 1 only when nothing is converted; a bad feed beside a note is a warning, exit 0")
    func convertFailures() throws {
        let folder = try Folder()
        let only = folder.fixture.folder.appendingPathComponent("rien")
        try FileManager.default.createDirectory(at: only, withIntermediateDirectories: true)
        try Data("%PDF".utf8).write(to: only.appendingPathComponent("a.pdf"))
        let nothing = try folder.run(["convert", only.path])
        #expect(nothing.status == 1 && nothing.stdout.isEmpty)
        #expect(nothing.stderrText.contains("1 file is not an article and was skipped: a.pdf"), "\(nothing.stderrText)")
        #expect(nothing.stderrText.contains("nothing converted"), "\(nothing.stderrText)")
        try Data("<rss><channel><item><title>x</title>".utf8).write(to: only.appendingPathComponent("cassé.rss"))
        try Data("<html><body><p>Une page sans titre.</p></body></html>".utf8).write(to: only.appendingPathComponent("p.html"))
        let some = try folder.run(["convert", only.path])
        #expect(some.status == 0, "\(some.stderrText)")
        #expect(some.stdoutText.split(separator: "\n").count >= 1)
        #expect(some.stderrText.contains("cassé.rss"), "the broken feed is named: \(some.stderrText)")
        let missing = folder.fixture.folder.appendingPathComponent("no/such/folder/out.jsonl").path
        let unwritable = try folder.run(["convert", folder.path, "--output", missing])
        #expect(unwritable.status == 1 && unwritable.stderrText.contains("cannot write \(missing): the folder"), "\(unwritable.stderrText)")
    }

    @Test("the reader lists every format and names the files that are not articles in its status line and under P")
    func reader() throws {
        let folder = try Folder()
        let pane = try ReaderPane(width: 120, height: 30, arguments: [folder.path])
        defer { pane.close() }
        let screen = try pane.tmux.waitUntil("the list, index done", timeout: .seconds(30)) {
            $0.contains("unread / 8)") && !$0.contains("Indexing") && $0.contains("2 \(Expected.loadIssues)")
        }
        #expect(screen.contains("photo.png"), "\(screen)")
        #expect(!screen.contains("DOCTYPE"))
        try pane.tmux.sendKeys("P")
        // Waits for the rows too: a capture may fall between the title and the rows of the overlay.
        let listed = try pane.tmux.waitUntil("the problems") { $0.contains("Problems (2)") && $0.contains("rapport.pdf") }
        #expect(listed.contains("rapport.pdf") && listed.contains("not an article"), "\(listed)")
        try pane.tmux.sendKeys("Escape")
        try pane.tmux.waitUntil("the overlay closed") { !$0.contains("Problems (") }
        // `s` three times: file order (newest first, oldest first, by outlet, file order).
        for order in ["oldest first", "by outlet", "file order"] {
            try pane.tmux.sendKeys("s")
            try pane.tmux.waitFor("Order: \(order)")
        }
        // The first feed entry (the top row; the selection stayed on its article) opens (read
        // alone from its feed), then the page, without markup.
        try pane.tmux.sendKeys("g", "Enter")
        try pane.tmux.waitUntil("the feed entry's text") { $0.contains("Les députés ont voté jeudi soir.") }
        try pane.tmux.sendKeys("Escape")
        for _ in 0..<5 { try pane.tmux.sendKeys("j") }
        try pane.tmux.sendKeys("Enter")
        let page = try pane.tmux.waitUntil("the page's text") { $0.contains("EDF a annoncé mardi") }
        #expect(!page.contains("<p") && !page.contains("var x") && !page.contains("DOCTYPE"), "\(page)")
        try pane.tmux.sendKeys("q")
        #expect(try pane.waitForExit().status == 0)
    }
}
