import Foundation
import Testing

/// Bad input end to end: each bad file is named with its reason (stderr for the commands, status
/// line in the reader), the other articles open, and nothing from an article reaches the terminal raw.
@Suite(.serialized)
struct BadInputTests {
    @Test("list names each bad file with its reason on stderr, lists the good ones, exit 1")
    func list() throws {
        let folder = try BadFolder()
        defer { folder.remove() }
        let result = try KiosqueBinary.run(["list", folder.path])
        #expect(result.status == 1)
        for title in BadFolder.goodTitles {
            #expect(result.stdoutText.contains(title), "\(title) listed:\n\(result.stdoutText)")
        }
        #expect(result.stdoutText.contains("Titre ␛]0;pwned␇ piégé"), "controls as visible symbols:\n\(result.stdoutText)")
        #expect(!result.stdout.contains(0x1B), "no ESC byte on stdout")
        for (name, reason) in BadFolder.badFiles {
            let line = "\(folder.path)/\(name): \(reason)"
            #expect(result.stderrText.contains(line), "\(line) on stderr:\n\(result.stderrText)")
        }
        #expect(!result.stderr.contains(0x1B), "no ESC byte on stderr")
    }

    @Test("the reader names a bad file in its status line and shows control characters as symbols")
    func reader() throws {
        let folder = try BadFolder()
        defer { folder.remove() }
        let pane = try ReaderPane(width: 120, height: 30, arguments: [folder.path])
        defer { pane.close() }
        // Once the index is built (a private cache folder: at start), every bad file is known
        // and the status line has its whole width for the issues.
        var screen = try pane.tmux.waitUntil("the first frame, index done") {
            Tmux.isWholeFrame($0, width: 120, height: 30, bottom: Expected.hintBar) && !$0.contains("Indexing")
                && $0.contains("\(BadFolder.badFiles.count) \(Expected.loadIssues)") && $0.contains("Articles (")
        }
        let status = Tmux.lines(screen)[28]
        #expect(status.contains("\(BadFolder.badFiles.count) \(Expected.loadIssues)"), "status: \(status)")
        #expect(BadFolder.badFiles.contains { status.contains("\($0.name): \($0.reason)") }, "a file and its reason: \(status)")
        #expect(status.contains("(P: all)"), "the key that lists them all: \(status)")
        // P lists every one, with its reason; Esc closes.
        try pane.tmux.sendKeys("P")
        let listed = try pane.tmux.waitUntil("every problem listed") { screen in
            screen.contains("Problems (\(BadFolder.badFiles.count))") && BadFolder.badFiles.allSatisfy { screen.contains($0.name) }
        }
        for file in BadFolder.badFiles {
            #expect(listed.contains(file.name) && listed.contains(file.reason), "\(file.name): \(file.reason) in\n\(listed)")
        }
        try pane.tmux.sendKeys("Escape")
        try pane.tmux.waitUntil("the overlay closed") { !$0.contains("Problems (") }

        // `s` three times: file order (newest first, oldest first, by outlet, file order).
        for order in ["oldest first", "by outlet", "file order"] {
            try pane.tmux.sendKeys("s")
            try pane.tmux.waitFor("Order: \(order)")
        }
        // The article with escape sequences (second by path): visible symbols, nothing interpreted.
        try pane.tmux.sendKeys("g", "j", "Enter")
        screen = try pane.tmux.waitUntil("the escape article", escapes: true) { $0.contains("rouge") && $0.contains("fin.") }
        #expect(screen.contains("␛]0;pwned␇"), "ESC and BEL drawn as symbols:\n\(screen)")
        #expect(!screen.contains("\u{1B}]0;pwned"), "no title escape reaches the terminal")
        #expect(!screen.contains("\u{1B}[31m"), "no red from the article text")
        let title = try pane.tmux.tmux(["display-message", "-p", "-t", "0", "#{pane_title}"])
        #expect(!title.contains("pwned"), "pane title untouched: \(title)")

        // The Latin-1 article opens too, decoded.
        try pane.tmux.sendKeys("Escape", "j", "Enter")
        try pane.tmux.waitFor("L'été fut long à Kidal.")
        try pane.tmux.sendKeys("q")
        #expect(try pane.waitForExit().status == 0)
    }

    @Test("a folder that does not exist: a clear message, exit 1")
    func missingFolder() throws {
        let path = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-missing-\(UUID().uuidString)").path
        let result = try KiosqueBinary.run(["list", path])
        #expect(result.status == 1)
        #expect(result.stderrText.contains("\(path): no such file or folder"), "stderr: \(result.stderrText)")
        #expect(result.stdout.isEmpty)
    }

    @Test("a folder without permission is named, the rest loads",
          .enabled(if: geteuid() != 0, "running as root: permission bits do not stop root, nothing to test"))
    func noPermission() throws {
        let folder = try BadFolder()
        defer { folder.remove() }
        let locked = folder.url.appendingPathComponent("verrouille")
        try FileManager.default.createDirectory(at: locked, withIntermediateDirectories: true)
        try BadFolder.article("Caché").write(to: locked.appendingPathComponent("cache.txt"), atomically: true, encoding: .utf8)
        chmod(locked.path, 0)
        defer { chmod(locked.path, 0o755) }
        let result = try KiosqueBinary.run(["list", folder.path])
        #expect(result.status == 1)
        #expect(result.stderrText.contains("\(locked.path): permission denied"), "stderr: \(result.stderrText)")
        #expect(result.stdoutText.contains(BadFolder.goodTitles[0]))
    }

    @Test("a 50 MB text file is named with the size limit, the rest loads")
    func hugeFile() throws {
        let folder = try BadFolder()
        defer { folder.remove() }
        let big = folder.url.appendingPathComponent("enorme.txt")
        try BadFolder.writeLargeText(to: big, bytes: 50 * 1_048_576)
        defer { try? FileManager.default.removeItem(at: big) }
        let result = try KiosqueBinary.run(["list", folder.path])
        #expect(result.status == 1)
        let line = result.stderrText.split(separator: "\n").first { $0.contains("\(big.path):") } ?? ""
        #expect(line.contains("too large") && line.contains("limit 10 MB"), "stderr: \(result.stderrText)")
        #expect(result.stdoutText.contains(BadFolder.goodTitles[0]))
    }
}

/// A temporary folder of good and bad input. Sorted by path, the articles are: the good one, the
/// one with escape sequences, the Latin-1 one, the good line of the JSONL file.
struct BadFolder {
    let url: URL
    var path: String { url.path }

    /// Titles of the articles that must load.
    static let goodTitles = ["Le bon article", "Un été latin", "Ligne JSON valide"]
    /// The bad files (relative paths) and the reason the program gives.
    static let badFiles: [(name: String, reason: String)] = [
        ("4_lignes.jsonl:2", "not valid JSON"),
        ("5_binaire.txt", "binary file"),
        ("6_vide.txt", "empty file"),
        ("7_boucle.txt", "symbolic link loop"),
        ("8_dossier/retour", "symbolic link loop"),
    ]

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-bad-\(UUID().uuidString)")
        let manager = FileManager.default
        try manager.createDirectory(at: url.appendingPathComponent("8_dossier"), withIntermediateDirectories: true)
        func write(_ name: String, _ data: Data) throws {
            try data.write(to: url.appendingPathComponent(name))
        }
        try write("1_bon.txt", Data(Self.article("Le bon article").utf8))
        let hostile = "Titre \u{1B}]0;pwned\u{07} piégé\n\n28 février 2024\n\n"
            + "Texte \u{1B}[31mrouge\u{1B}[0m avec \u{01} et \u{08} et \u{85} et \u{9B}2J et \u{202E}inversé\u{202C} fin.\n"
        try write("2_echappements.txt", Data(hostile.utf8))
        try write("3_latin.txt", "Un été latin\n\nL’été fut long à Kidal. Une deuxième phrase.\n"
            .replacingOccurrences(of: "’", with: "'").data(using: .isoLatin1)!)
        let jsonl = #"{"id":"j1","title":"Ligne JSON valide","date":"2024-01-02","source":"Agence","url":"https://example.org/1","text":"Une phrase. Une autre."}"#
            + "\n{pas du JSON\n"
        try write("4_lignes.jsonl", Data(jsonl.utf8))
        try write("5_binaire.txt", Data([0x7F, 0x45, 0x4C, 0x46, 0x02, 0x01, 0x00, 0x00] + (0..<2048).map { UInt8($0 % 256) }))
        try write("6_vide.txt", Data())
        try manager.createSymbolicLink(atPath: url.appendingPathComponent("7_boucle.txt").path, withDestinationPath: "7_boucle.txt")
        try manager.createSymbolicLink(atPath: url.appendingPathComponent("8_dossier/retour").path, withDestinationPath: "..")
    }

    /// A short article in UTF-8 with a title, a date and two sentences.
    static func article(_ title: String) -> String {
        "\(title)\n\n28 février 2024\n\nLa ville de Kidal est loin. Une autre phrase suit.\n"
    }

    /// Writes `bytes` of French text, in large blocks.
    static func writeLargeText(to url: URL, bytes: Int) throws {
        let paragraph = String(repeating: "Le président a déclaré que la situation était grave. ", count: 40) + "\n\n"
        var block = Data()
        while block.count < 1_048_576 { block.append(contentsOf: paragraph.utf8) }
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw Spawn.Failure(description: "cannot create \(url.path)")
        }
        let handle = try FileHandle(forWritingTo: url)
        defer { try? handle.close() }
        try handle.write(contentsOf: Data("Un très grand fichier\n\n".utf8))
        var written = 0
        while written < bytes {
            try handle.write(contentsOf: block)
            written += block.count
        }
    }

    func remove() {
        try? FileManager.default.removeItem(at: url)
    }
}
