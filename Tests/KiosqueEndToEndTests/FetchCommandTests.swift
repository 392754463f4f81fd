import Foundation
import Glibc
import KiosqueTestServer
import Testing

/// `kiosque fetch` and `kiosque import` with the real binary, private XDG folders and a local HTTP
/// server on 127.0.0.1 started by each test; the commands then open the library by default.
@Suite struct FetchCommandTests {
    static func rss(_ title: String, _ items: [(guid: String, title: String, text: String)]) -> String {
        var body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>\(title)</title>"
        for item in items {
            body += "<item><title>\(item.title)</title><link>http://127.0.0.1/\(item.guid)</link><guid>\(item.guid)</guid>"
                + "<description>\(item.text)</description></item>"
        }
        return body + "</channel></rss>"
    }

    func kiosque(_ arguments: [String], _ xdg: XDGFolders) throws -> Spawn.Result {
        try KiosqueBinary.run(arguments, environment: xdg.environment, timeout: .seconds(60))
    }

    func batchFiles(_ xdg: XDGFolders) -> [String] {
        let folder = xdg.folder("data").appendingPathComponent("library/articles")
        guard let walker = FileManager.default.enumerator(atPath: folder.path) else { return [] }
        return walker.compactMap { $0 as? String }.filter { $0.hasSuffix(".jsonl") || $0.contains(".pending-") }
    }

    @Test("fetch keeps the entries in the library, a second fetch costs a 304, list opens the library")
    func fetchThenNotModified() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let feed = Self.rss("Le Quotidien", [("a1", "Les gilets jaunes à Paris", "Des manifestants ont défilé à Paris."),
                                             ("a2", "La centrale de Flamanville", "EDF annonce un retard de l'EPR.")])
        let server = try LocalHTTPServer { request, _ in
            if request.headers["if-none-match"] == "\"v1\"" { return .status(304) }
            return .feed(feed, headers: [("ETag", "\"v1\"")])
        }
        defer { server.stop() }
        #expect(try kiosque(["feeds", "add", server.base + "/rss", "--name", "Le Quotidien"], xdg).status == 0)
        let first = try kiosque(["fetch"], xdg)
        #expect(first.status == 0, "stderr: \(first.stderrText)")
        #expect(first.stdoutText == "Le Quotidien: 2 new, 0 updated (2 entries)\n")
        let second = try kiosque(["fetch"], xdg)
        #expect(second.status == 0)
        #expect(second.stdoutText == "Le Quotidien: unchanged since the last fetch\n")
        #expect(server.received.last?.headers["if-none-match"] == "\"v1\"")
        let list = try kiosque(["list"], xdg)
        #expect(list.status == 0, "stderr: \(list.stderrText)")
        let titles = list.stdoutText.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(titles.map { $0[2] } == ["Les gilets jaunes à Paris", "La centrale de Flamanville"])
        #expect(titles.allSatisfy { $0[3] == "Le Quotidien" })
        #expect(try kiosque(["search", "retard"], xdg).stdoutText.contains("La centrale de Flamanville"))
    }

    @Test("an entry that leaves its feed stays; a changed entry is one article, updated")
    func entriesLeaveAndChange() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let server = try LocalHTTPServer { _, hit in
            switch hit {
            case 1: return .feed(Self.rss("Q", [("a", "Premier", "Texte premier."), ("b", "Second", "Premier jet du second.")]))
            case 2: return .feed(Self.rss("Q", [("b", "Second", "Texte corrigé du second."), ("c", "Troisième", "Texte troisième.")]))
            default: return .feed(Self.rss("Q", [("a", "Premier", "Texte premier."), ("c", "Troisième", "Texte troisième.")]))
            }
        }
        defer { server.stop() }
        #expect(try kiosque(["feeds", "add", server.base + "/rss", "--name", "Q"], xdg).status == 0)
        #expect(try kiosque(["fetch"], xdg).status == 0)
        let second = try kiosque(["fetch", "Q"], xdg)
        #expect(second.stdoutText == "Q: 1 new, 1 updated (2 entries)\n", "stderr: \(second.stderrText)")
        let list = try kiosque(["list"], xdg)
        let rows = list.stdoutText.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.map { $0[2] } == ["Premier", "Second", "Troisième"])
        let id = try #require(rows.first { $0[2] == "Second" }?[0])
        let shown = try kiosque(["show", id], xdg)
        #expect(shown.stdoutText.contains("Texte corrigé du second."))
        #expect(!shown.stdoutText.contains("Premier jet"))
        // The entry that left comes back: still one article.
        let third = try kiosque(["fetch"], xdg)
        #expect(third.stdoutText == "Q: nothing new (2 entries)\n", "stderr: \(third.stderrText)")
        #expect(try kiosque(["list"], xdg).stdoutText.split(separator: "\n").count == 3)
    }

    @Test("two kiosque fetch at once take turns: every entry once, no file left pending")
    func twoFetchesAtOnce() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let server = try LocalHTTPServer { request, _ in
            var response = LocalHTTPServer.Response.feed(Self.rss(request.path, (1...40).map { ("\(request.path)-\($0)", "Titre \($0)", "Texte \($0) de \(request.path).") }))
            response.delay = 0.2
            return response
        }
        defer { server.stop() }
        for name in ["un", "deux", "trois"] {
            #expect(try kiosque(["feeds", "add", server.base + "/" + name, "--name", name], xdg).status == 0)
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-twice-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var environment = xdg.environment.merging(KiosqueBinary.baseEnvironment) { $1 }
        environment["HOME"] = scratch.path
        let pids = try (0..<2).map { k in
            try Spawn.start([try KiosqueBinary.path(), "fetch"], environment: environment, stdin: "/dev/null",
                            stdout: scratch.appendingPathComponent("out\(k)").path, stderr: scratch.appendingPathComponent("err\(k)").path)
        }
        for pid in pids { #expect(try Spawn.wait(pid, timeout: .seconds(60), command: ["fetch"]) == 0) }
        let ids = try kiosque(["list"], xdg).stdoutText.split(separator: "\n").map { $0.split(separator: "\t")[0] }
        #expect(ids.count == 120)
        #expect(Set(ids).count == 120)
        #expect(!batchFiles(xdg).contains { $0.contains(".pending-") })
        let added = try (0..<2).map { k in
            try String(contentsOf: scratch.appendingPathComponent("out\(k)"), encoding: .utf8)
        }.joined().split(separator: "\n").compactMap { line -> Int? in
            guard let colon = line.firstIndex(of: ":") else { return nil }
            return Int(line[line.index(colon, offsetBy: 2)...].prefix { $0.isNumber })
        }.reduce(0, +)
        #expect(added == 120, "each entry reported new by exactly one of the two")
    }

    @Test("failures are named per feed and set the exit code; the other feeds are kept")
    func failuresAreNamed() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let server = try LocalHTTPServer { request, _ in
            switch request.path {
            case "/gone": return .status(404)
            case "/page": return LocalHTTPServer.Response(status: 200, headers: [("Content-Type", "text/html")],
                                                          body: Data("<html><body><p>Bonjour</p></body></html>".utf8))
            default: return .feed(Self.rss("Bon", [("x", "Un article", "Un texte.")]))
            }
        }
        defer { server.stop() }
        for (path, name) in [("/gone", "Parti"), ("/page", "Page"), ("/rss", "Bon")] {
            #expect(try kiosque(["feeds", "add", server.base + path, "--name", name], xdg).status == 0)
        }
        let run = try kiosque(["fetch"], xdg)
        #expect(run.status == 1)
        let lines = run.stdoutText.split(separator: "\n").map(String.init)
        #expect(lines.count == 3)
        #expect(lines[0].hasPrefix("Parti: failed: ") && lines[0].contains("404"))
        #expect(lines[1].hasPrefix("Page: failed: "))
        #expect(lines[2] == "Bon: 1 new, 0 updated (1 entries)")
        #expect(run.stderrText.contains("3 feeds: 1 new articles in the library, 2 failed"))
    }

    @Test("kill -9 in the middle of a fetch leaves no torn file; the next fetch keeps every entry once")
    func killedFetch() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let slow = Atomic(true)
        let server = try LocalHTTPServer { request, _ in
            var response = LocalHTTPServer.Response.feed(Self.rss(request.path, (1...30).map { ("\(request.path)-\($0)", "Titre \($0)", "Texte \($0).") }))
            if request.path == "/slow", slow.value { response.delay = 20 }
            return response
        }
        defer { server.stop() }
        for name in ["fast", "slow"] {
            #expect(try kiosque(["feeds", "add", server.base + "/" + name, "--name", name], xdg).status == 0)
        }
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-kill-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: scratch) }
        var environment = xdg.environment.merging(KiosqueBinary.baseEnvironment) { $1 }
        environment["HOME"] = scratch.path
        let pid = try Spawn.start([try KiosqueBinary.path(), "fetch"], environment: environment, stdin: "/dev/null",
                                  stdout: scratch.appendingPathComponent("out").path, stderr: scratch.appendingPathComponent("err").path)
        // Kill it once the fast feed was served and the slow one is hanging.
        let deadline = Date().addingTimeInterval(20)
        while Date() < deadline && (server.hits("/fast") == 0 || server.hits("/slow") == 0) { usleep(50_000) }
        usleep(300_000)
        kill(pid, SIGKILL)
        _ = try Spawn.wait(pid, timeout: .seconds(10), command: ["fetch"])
        #expect(server.hits("/fast") == 1)
        #expect(!batchFiles(xdg).contains { $0.contains(".pending-") && !$0.hasSuffix(".jsonl") })
        slow.value = false
        let second = try kiosque(["fetch"], xdg)
        #expect(second.status == 0, "stderr: \(second.stderrText)")
        #expect(!batchFiles(xdg).contains { $0.contains(".pending-") })
        let list = try kiosque(["list"], xdg)
        let ids = list.stdoutText.split(separator: "\n").map { $0.split(separator: "\t")[0] }
        #expect(ids.count == 60)
        #expect(Set(ids).count == 60)
        let third = try kiosque(["fetch"], xdg)
        #expect(third.stdoutText.split(separator: "\n").allSatisfy { $0.hasSuffix("nothing new (30 entries)") })
    }

    @Test("a --full-text feed: each new entry's page is fetched and its text kept; a page that fails keeps the summary")
    func fullText() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let page = """
            <html><head><title>La grève à Flamanville</title></head><body>
            <nav><a href="/">Accueil</a> <a href="/sport">Sport</a></nav>
            <article><h1>La grève à Flamanville</h1>
            <p>Les salariés de la centrale de Flamanville ont voté la grève mardi matin, à l'appel de plusieurs syndicats.</p>
            <p>La direction d'EDF assure que la production d'électricité n'est pas menacée à court terme.</p>
            </article><footer>Mentions légales</footer></body></html>
            """
        let server = try LocalHTTPServer { request, _ in
            switch request.path {
            case "/rss":
                let base = "http://127.0.0.1:\(request.headers["host"]?.split(separator: ":").last ?? "80")"
                return .feed("""
                    <?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Résumés</title>
                    <item><title>La grève à Flamanville</title><link>\(base)/greve</link><guid>g1</guid><description>Résumé court.</description></item>
                    <item><title>Un autre sujet</title><link>\(base)/absent</link><guid>g2</guid><description>Seul le résumé.</description></item>
                    </channel></rss>
                    """)
            case "/greve":
                return LocalHTTPServer.Response(status: 200, headers: [("Content-Type", "text/html; charset=utf-8")], body: Data(page.utf8))
            default:
                return .status(404)
            }
        }
        defer { server.stop() }
        #expect(try kiosque(["feeds", "add", server.base + "/rss", "--name", "Résumés", "--full-text"], xdg).status == 0)
        let run = try kiosque(["fetch"], xdg)
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        #expect(server.hits("/greve") == 1 && server.hits("/absent") == 1)
        let rows = try kiosque(["list"], xdg).stdoutText.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        let greve = try #require(rows.first { $0[2] == "La grève à Flamanville" }?[0])
        let other = try #require(rows.first { $0[2] == "Un autre sujet" }?[0])
        let shown = try kiosque(["show", greve], xdg).stdoutText
        #expect(shown.contains("ont voté la grève mardi matin"))
        #expect(shown.contains("production d'électricité"))
        #expect(!shown.contains("Mentions légales") && !shown.contains("Résumé court."))
        #expect(try kiosque(["show", other], xdg).stdoutText.contains("Seul le résumé."))
        // Fetched again, the entries already kept do not fetch their pages again.
        // Fetched again, the entries already kept do not fetch their pages again, and the feed's
        // summary does not replace the page's text.
        _ = try kiosque(["fetch"], xdg)
        #expect(server.hits("/greve") == 1)
        #expect(try kiosque(["show", greve], xdg).stdoutText.contains("ont voté la grève mardi matin"))
    }

    @Test("a feed moved for good (301) is followed, and the subscription takes its new address; a 302 is not")
    func movedFeed() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let server = try LocalHTTPServer { request, _ in
            switch request.path {
            case "/old": return .redirect(301, to: "/new")
            case "/temporary": return .redirect(302, to: "/new2")
            case "/new": return .feed(Self.rss("Nouveau", [("n1", "Un", "Texte un.")]))
            case "/new2": return .feed(Self.rss("Autre", [("m1", "Deux", "Texte deux.")]))
            default: return .status(404)
            }
        }
        defer { server.stop() }
        #expect(try kiosque(["feeds", "add", server.base + "/old", "--name", "Déménagé"], xdg).status == 0)
        #expect(try kiosque(["feeds", "add", server.base + "/temporary", "--name", "Ailleurs"], xdg).status == 0)
        let first = try kiosque(["fetch"], xdg)
        #expect(first.status == 0, "stderr: \(first.stderrText)")
        #expect(first.stderrText.contains("Déménagé moved for good to \(server.base)/new"))
        let urls = try String(contentsOf: xdg.folder("config").appendingPathComponent("urls"), encoding: .utf8)
        #expect(urls.contains("\(server.base)/new \"~Déménagé\""), "\(urls)")
        #expect(urls.contains("\(server.base)/temporary"))
        _ = try kiosque(["fetch"], xdg)
        #expect(server.hits("/old") == 1 && server.hits("/new") == 2)
        #expect(server.hits("/temporary") == 2)
        let listed = try kiosque(["feeds", "list"], xdg).stdoutText
        #expect(listed.contains("Déménagé\t\(server.base)/new\t\t"), "\(listed)")
    }

    @Test("a bookmark on a fetched article follows it when the feed changes its text (bookmarks list reads the library)")
    func bookmarkFollowsAnUpdate() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let sentence = "Le préfet a annoncé la fermeture des écoles."
        let server = try LocalHTTPServer { _, hit in
            .feed(Self.rss("Q", [("a", "Tempête", hit == 1 ? "\(sentence) Les routes sont coupées."
                                                    : "Mise à jour : la tempête a faibli. \(sentence) Les routes sont coupées.")]))
        }
        defer { server.stop() }
        #expect(try kiosque(["feeds", "add", server.base + "/rss", "--name", "Q"], xdg).status == 0)
        #expect(try kiosque(["fetch"], xdg).status == 0)
        let id = try #require(try kiosque(["list"], xdg).stdoutText.split(separator: "\t").first.map(String.init))
        // The library keeps the entry's text as it came: the sentence opens it.
        let from = 0
        let to = sentence.unicodeScalars.count
        let added = try kiosque(["bookmarks", "add", id, "--start", "\(from)", "--end", "\(to)", "--note", "écoles"], xdg)
        #expect(added.status == 0, "stderr: \(added.stderrText)")
        #expect(try kiosque(["fetch"], xdg).stdoutText == "Q: 0 new, 1 updated (1 entries)\n")
        let listed = try kiosque(["bookmarks", "list"], xdg)
        #expect(listed.status == 0, "stderr: \(listed.stderrText)")
        let fields = listed.stdoutText.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        #expect(fields.count >= 8, "\(listed.stdoutText)")
        #expect(fields[1] == id)
        #expect(fields[4] == "found", "\(listed.stdoutText)")
        #expect(fields[3] != "\(from)-\(to)", "the range follows the passage into the new text")
    }

    @Test("import adds files to the library once; with an empty library the commands show the seeds")
    func importThenList() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let seeds = try kiosque(["list"], xdg)
        #expect(seeds.status == 0)
        #expect(seeds.stdoutText.split(separator: "\n").count == 2)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-import-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try Data("Un titre importé\n\nLe texte de l'article importé.\n".utf8).write(to: folder.appendingPathComponent("note.txt"))
        let imported = try kiosque(["import", folder.path], xdg)
        #expect(imported.status == 0, "stderr: \(imported.stderrText)")
        #expect(imported.stdoutText == "1 articles added to the library, 0 updated, 0 already there\n")
        #expect(try kiosque(["import", folder.path], xdg).stdoutText == "0 articles added to the library, 0 updated, 1 already there\n")
        let list = try kiosque(["list"], xdg)
        let rows = list.stdoutText.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.map { $0[2] } == ["Un titre importé"])
        #expect(rows.first?[0] == "note")
    }
}

/// A flag shared with the server's handler thread.
private final class Atomic: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: Bool
    init(_ value: Bool) { stored = value }
    var value: Bool {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
