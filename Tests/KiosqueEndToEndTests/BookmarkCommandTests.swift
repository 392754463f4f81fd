import Foundation
import Testing

/// `kiosque bookmarks add | list | export | import`, run as a script would, on a private store.
@Suite(.serialized)
struct BookmarkCommandTests {
    static let seed = "004_45fef588cce4af94"
    /// `Diop a précisé ... Kidal, bastion ... Mali ».` in the seed (see `kiosque show`).
    static let kidalRange = (1158, 1391)
    static let kidalStart = "Diop a précisé dans son intervention que « cette relation bilatérale stratégique"

    /// Adds the Kidal sentence with a note; returns the printed id.
    func addKidal(_ xdg: XDGFolders, note: String = "reprise de Kidal") throws -> String {
        let run = try KiosqueBinary.run(["bookmarks", "add", Self.seed, "--start", "\(Self.kidalRange.0)",
                                         "--end", "\(Self.kidalRange.1)", "--note", note], environment: xdg.environment)
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        let id = run.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(UUID(uuidString: id) != nil, "printed: \(run.stdoutText)")
        return id
    }

    func list(_ xdg: XDGFolders, _ extra: [String] = []) throws -> [[String: Any]] {
        let run = try KiosqueBinary.run(["bookmarks", "list", "--json"] + extra, environment: xdg.environment)
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        return try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
    }

    @Test("add on a seed, then list: quote, note, sectors, entities; with the seeds, the passage is unchanged")
    func addAndList() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let id = try addKidal(xdg)
        #expect(FileManager.default.fileExists(atPath: xdg.folder("data").appendingPathComponent("bookmarks.sqlite").path))
        let items = try list(xdg)
        #expect(items.count == 1)
        let item = try #require(items.first)
        #expect(item["id"] as? String == id.lowercased())
        #expect(item["note"] as? String == "reprise de Kidal")
        let quote = try #require((item["quote"] as? [String: String])?["exact"])
        #expect(quote.hasPrefix(Self.kidalStart) && quote.hasSuffix("pour le Mali »."))
        #expect((item["sectors"] as? [String])?.contains("défense") == true)
        let entities = try #require(item["entities"] as? [[String: Any]])
        #expect(entities.contains { $0["text"] as? String == "Kidal" && $0["kind"] as? String == "LOC" && $0["written"] == nil })
        // The canonical name, with the passage's other spelling of it.
        #expect(entities.contains { $0["kind"] as? String == "PER" && $0["text"] as? String == "Abdoulaye Diop"
                && $0["written"] as? [String] == ["Diop"] })
        #expect(item["anchor"] == nil, "no corpus read without paths")

        let seeds = try #require(KiosqueBinary.seedsFolder())
        let anchored = try #require(try list(xdg, [seeds]).first?["anchor"] as? [String: Any])
        #expect(anchored["status"] as? String == "unchanged")
        #expect(anchored["start"] as? Int == Self.kidalRange.0)

        let plain = try KiosqueBinary.run(["bookmarks", "list"], environment: xdg.environment)
        let fields = plain.stdoutText.split(separator: "\n").first.map { $0.split(separator: "\t", omittingEmptySubsequences: false) }
        #expect(fields?.count == 9)
        #expect(fields.map { [String($0[1]), String($0[3]), String($0[4]), String($0[7]), String($0[8])] }
                == [Self.seed, "1158-1391", "stored", "reprise de Kidal", ""])
    }

    @Test("tags: add --tag, list --tag (case, accents and # ignored), tags in list; export --format html, by tag, self-contained")
    func tagsAndHTML() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let tagged = try KiosqueBinary.run(["bookmarks", "add", Self.seed, "--start", "\(Self.kidalRange.0)", "--end",
                                            "\(Self.kidalRange.1)", "--note", "reprise de Kidal", "--tag", "Sécurité", "--tag", "#Mali"],
                                           environment: xdg.environment)
        #expect(tagged.status == 0, "stderr: \(tagged.stderrText)")
        let taggedID = tagged.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
        let plainID = try addKidal(xdg, note: "sans étiquette").lowercased()

        let plain = try KiosqueBinary.run(["bookmarks", "list"], environment: xdg.environment)
        let lines = plain.stdoutText.split(separator: "\n").map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(lines.map(\.last) == ["#Sécurité #Mali", ""], "\(plain.stdoutText)")
        for query in ["securite", "SÉCURITÉ", "#mali"] {
            #expect(try list(xdg, ["--tag", query]).map { $0["id"] as? String } == [taggedID], "--tag \(query)")
        }
        #expect(try list(xdg, ["--tag", "energie", "--tag", "mali"]).count == 1, "any of the tags")
        #expect(try list(xdg, ["--tag", "energie"]).isEmpty)
        #expect(try list(xdg).first?["tags"] as? [String] == ["Sécurité", "Mali"])
        #expect(try list(xdg).map { $0["id"] as? String } == [taggedID, plainID])

        let file = xdg.root.appendingPathComponent("revue.html")
        let run = try KiosqueBinary.run(["bookmarks", "export", "--format", "html", "--title", "Veille <Sahel>", "--output", file.path],
                                        environment: xdg.environment.merging(["LANG": "fr_FR.UTF-8"]) { $1 })
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        let html = try String(contentsOf: file, encoding: .utf8)
        #expect(html.hasPrefix("<!DOCTYPE html>\n<html lang=\"fr\">"))
        #expect(html.contains("<h1>Veille &lt;Sahel&gt;</h1>"))
        let sections = html.components(separatedBy: "<h2>").dropFirst().map { $0.components(separatedBy: "</h2>")[0] }
        #expect(sections == ["#Mali", "#Sécurité", "Sans étiquette"])
        #expect(html.contains("<blockquote>" + Self.kidalStart))
        #expect(html.contains("@media print"))
        #expect(!html.lowercased().contains("<script") && !html.contains("src=") && !html.contains("<link"))
        // Only the tagged one with --tag; stdout without --output.
        let only = try KiosqueBinary.run(["bookmarks", "export", "--format", "html", "--tag", "mali"], environment: xdg.environment)
        #expect(only.status == 0)
        #expect(only.stdoutText.components(separatedBy: "<blockquote>").count == 3, "one passage, under #Mali and #Sécurité")
        #expect(!only.stdoutText.contains("sans étiquette"))
        // A tag nobody used: the review is empty, and standard error says so.
        let empty = try KiosqueBinary.run(["bookmarks", "export", "--format", "html", "--tag", "nucléaire"], environment: xdg.environment)
        #expect(empty.status == 0)
        #expect(empty.stderrText.contains("no bookmark to export for these criteria: the review is empty"), "\(empty.stderrText)")
        #expect(!empty.stdoutText.contains("<blockquote>") && empty.stdoutText.contains("</html>"))

        // The JSON file keeps the tags into another store.
        let target = XDGFolders()
        defer { target.remove() }
        let json = xdg.root.appendingPathComponent("signets.json")
        #expect(try KiosqueBinary.run(["bookmarks", "export", "--format", "json", "--output", json.path], environment: xdg.environment).status == 0)
        #expect(try KiosqueBinary.run(["bookmarks", "import", json.path], environment: target.environment).status == 0)
        #expect(try list(target, ["--tag", "mali"]).first?["tags"] as? [String] == ["Sécurité", "Mali"])
    }

    @Test("a note that starts with a dash is the note, not an option")
    func noteStartingWithDash() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        _ = try addKidal(xdg, note: "-2+3 % en un an")
        #expect(try list(xdg).first?["note"] as? String == "-2+3 % en un an")
    }

    @Test("export markdown to a file: says where on standard error; the file has the quote and the note")
    func exportMarkdown() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        _ = try addKidal(xdg)
        let file = xdg.root.appendingPathComponent("revue.md")
        let run = try KiosqueBinary.run(["bookmarks", "export", "--format", "markdown", "--output", file.path],
                                        environment: xdg.environment.merging(["LANG": "fr_FR.UTF-8"]) { $1 })
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderrText.contains(file.path))
        let text = try String(contentsOf: file, encoding: .utf8)
        #expect(text.hasPrefix("# Revue de presse\n"))
        #expect(text.contains("\n## défense\n"))
        #expect(text.contains("\n> " + Self.kidalStart))
        #expect(text.contains("**Note\u{A0}:** reprise de Kidal"))
        // --sector with a key, --since a day; stdout when no --output.
        let filtered = try KiosqueBinary.run(["bookmarks", "export", "--format", "csv", "--sector", "DEF", "--since", "2024-03-01"],
                                             environment: xdg.environment)
        #expect(filtered.status == 0, "stderr: \(filtered.stderrText)")
        #expect(filtered.stdoutText.hasPrefix("\u{FEFF}id,created,"))
        #expect(filtered.stdoutText.contains("reprise de Kidal"))
        let none = try KiosqueBinary.run(["bookmarks", "export", "--format", "json", "--sector", "energie"], environment: xdg.environment)
        let object = try #require(try JSONSerialization.jsonObject(with: none.stdout) as? [String: Any])
        #expect((object["bookmarks"] as? [Any])?.isEmpty == true)
    }

    @Test("export json, import into another store twice: the bookmark once; w3c export has both selectors")
    func importRoundTrip() throws {
        let source = XDGFolders(), target = XDGFolders()
        defer { source.remove(); target.remove() }
        let id = try addKidal(source)
        let file = source.root.appendingPathComponent("signets.json")
        #expect(try KiosqueBinary.run(["bookmarks", "export", "--format", "json", "--output", file.path],
                                      environment: source.environment).status == 0)
        let first = try KiosqueBinary.run(["bookmarks", "import", file.path], environment: target.environment)
        #expect(first.status == 0, "stderr: \(first.stderrText)")
        #expect(first.stdoutText.contains("1 added"))
        let second = try KiosqueBinary.run(["bookmarks", "import", file.path], environment: target.environment)
        #expect(second.stdoutText.contains("0 added, 0 updated, 1 already there"))
        let imported = try list(target)
        #expect(imported.map { $0["id"] as? String } == [id.lowercased()])
        #expect(imported.first?["note"] as? String == "reprise de Kidal")

        let w3c = try KiosqueBinary.run(["bookmarks", "export", "--format", "w3c"], environment: target.environment)
        let collection = try #require(try JSONSerialization.jsonObject(with: w3c.stdout) as? [String: Any])
        #expect(collection["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        let item = try #require(((collection["first"] as? [String: Any])?["items"] as? [[String: Any]])?.first)
        let selectors = ((item["target"] as? [String: Any])?["selector"] as? [[String: Any]])?.compactMap { $0["type"] as? String }
        #expect(selectors == ["TextQuoteSelector", "TextPositionSelector"])
    }

    @Test("kill -9 as soon as add has printed its id: the bookmark is in the database")
    func killedAfterAdd() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        try FileManager.default.createDirectory(at: xdg.root, withIntermediateDirectories: true)
        let out = xdg.root.appendingPathComponent("out").path, err = xdg.root.appendingPathComponent("err").path
        let environment = KiosqueBinary.baseEnvironment.merging(xdg.environment) { $1 }
            .merging(["HOME": xdg.root.path]) { $1 }
        let pid = try Spawn.start([try KiosqueBinary.path(), "bookmarks", "add", Self.seed, "--start", "\(Self.kidalRange.0)",
                                   "--end", "\(Self.kidalRange.1)", "--note", "tué"],
                                  environment: environment, stdin: "/dev/null", stdout: out, stderr: err)
        // The id is printed only once the bookmark is committed: kill the moment it appears.
        let deadline = ContinuousClock.now + .seconds(20)
        var printed = ""
        while ContinuousClock.now < deadline {
            printed = (try? String(contentsOfFile: out, encoding: .utf8)) ?? ""
            if printed.contains("\n") { break }
            usleep(1000)
        }
        kill(pid, SIGKILL)
        _ = try Spawn.wait(pid, timeout: .seconds(10), command: ["bookmarks", "add"])
        let id = printed.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(UUID(uuidString: id) != nil, "printed: \(printed)")
        let items = try list(xdg)
        #expect(items.map { $0["id"] as? String } == [id.lowercased()])
        #expect(items.first?["note"] as? String == "tué")
    }

    @Test("two processes adding at once: both bookmarks are kept")
    func twoProcesses() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        try FileManager.default.createDirectory(at: xdg.root, withIntermediateDirectories: true)
        let environment = KiosqueBinary.baseEnvironment.merging(xdg.environment) { $1 }.merging(["HOME": xdg.root.path]) { $1 }
        let pids = try (0..<2).map { i in
            try Spawn.start([try KiosqueBinary.path(), "bookmarks", "add", Self.seed, "--start", "\(16 + i * 10)", "--end", "171",
                             "--note", "processus \(i)"],
                            environment: environment, stdin: "/dev/null",
                            stdout: xdg.root.appendingPathComponent("out\(i)").path,
                            stderr: xdg.root.appendingPathComponent("err\(i)").path)
        }
        for pid in pids { #expect(try Spawn.wait(pid, timeout: .seconds(30), command: ["bookmarks", "add"]) == 0) }
        let notes = try list(xdg).compactMap { $0["note"] as? String }.sorted()
        #expect(notes == ["processus 0", "processus 1"])
    }

    @Test("a damaged database: moved aside with a warning, the command still works")
    func damagedDatabase() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let folder = xdg.folder("data")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Data("pas une base".utf8).write(to: folder.appendingPathComponent("bookmarks.sqlite"))
        let run = try KiosqueBinary.run(["bookmarks", "list"], environment: xdg.environment)
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        #expect(run.stderrText.contains("moved to"))
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        #expect(names.contains { $0.hasPrefix("bookmarks.corrupt-") })
        _ = try addKidal(xdg)
    }

    /// Runs `kiosque ARGUMENTS` as a user that cannot write `xdg`'s data folder: as root (where
    /// permissions do not stop writes) the tree is given to `nobody`, the folder made read-only
    /// and the binary run as `nobody` with `setpriv`; otherwise the folder is just made read-only.
    /// Nil (the test skips) when neither can be done.
    func runWithReadOnlyData(_ xdg: XDGFolders, _ arguments: [String]) throws -> Spawn.Result? {
        let folder = xdg.folder("data")
        let fm = FileManager.default
        var command = [try KiosqueBinary.path()] + arguments
        if geteuid() == 0 {
            let setpriv = "/usr/bin/setpriv"
            guard fm.isExecutableFile(atPath: setpriv) else { return nil }
            let nobody: uid_t = 65534
            for path in [xdg.root.path] + (fm.subpaths(atPath: xdg.root.path) ?? []).map({ xdg.root.path + "/" + $0 }) {
                guard chown(path, nobody, gid_t(nobody)) == 0 else { return nil }
            }
            command = [setpriv, "--reuid=\(nobody)", "--regid=\(nobody)", "--clear-groups"] + command
        }
        try fm.setAttributes([.posixPermissions: 0o555], ofItemAtPath: folder.path)
        return try Spawn.run(command, environment: KiosqueBinary.baseEnvironment.merging(xdg.environment) { $1 })
    }

    @Test("a read-only data folder (the real one: run as another user): list and export show the stored bookmarks, exit 0, and warn")
    func readOnlyDataFolder() throws {
        let xdg = XDGFolders()
        defer {
            try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: xdg.folder("data").path)
            xdg.remove()
        }
        let id = try addKidal(xdg)
        guard let listed = try runWithReadOnlyData(xdg, ["bookmarks", "list", "--json"]) else {
            print("skipped: cannot run as another user (no setpriv, or chown refused)")
            return
        }
        #expect(listed.status == 0, "stderr: \(listed.stderrText)")
        let items = try JSONSerialization.jsonObject(with: listed.stdout) as? [[String: Any]]
        #expect(items?.map { $0["id"] as? String } == [id.lowercased()])
        #expect(listed.stderrText.contains("is read-only"), "stderr: \(listed.stderrText)")
        #expect(listed.stderrText.contains("rescue file"), "stderr: \(listed.stderrText)")

        let exported = try #require(try runWithReadOnlyData(xdg, ["bookmarks", "export", "--format", "json"]))
        #expect(exported.status == 0, "stderr: \(exported.stderrText)")
        let object = try JSONSerialization.jsonObject(with: exported.stdout) as? [String: Any]
        let notes = (object?["bookmarks"] as? [[String: Any]])?.compactMap { $0["note"] as? String }
        #expect(notes == ["reprise de Kidal"])
        #expect(exported.stderrText.contains("is read-only"), "stderr: \(exported.stderrText)")
        // Nothing was written beside the database.
        #expect(try FileManager.default.contentsOfDirectory(atPath: xdg.folder("data").path) == ["bookmarks.sqlite"])
    }

    @Test("usage errors exit 2, missing articles and bad files exit 1, each with a message")
    func errors() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        func status(_ arguments: [String]) throws -> (Int32, String) {
            let run = try KiosqueBinary.run(["bookmarks"] + arguments, environment: xdg.environment)
            return (run.status, run.stderrText)
        }
        #expect(try status(["export", "--format", "xml"]).0 == 2)
        let sector = try status(["export", "--format", "markdown", "--sector", "astrologie"])
        #expect(sector.0 == 2 && sector.1.contains("énergie"))
        #expect(try status(["export", "--format", "csv", "--since", "2024-13-01"]).0 == 2)
        #expect(try status(["add", Self.seed, "--start", "10", "--end", "5"]).0 == 2)
        #expect(try status(["add", "absent", "--start", "0", "--end", "5"]).0 == 1)
        let file = xdg.root.appendingPathComponent("autre.json")
        try FileManager.default.createDirectory(at: xdg.root, withIntermediateDirectories: true)
        try Data(#"{"format": "autre"}"#.utf8).write(to: file)
        let bad = try status(["import", file.path])
        #expect(bad.0 == 1 && bad.1.contains("not a Kiosque bookmark file"))
        #expect(try status(["import", xdg.root.appendingPathComponent("absent.json").path]).0 == 1)
    }
}
