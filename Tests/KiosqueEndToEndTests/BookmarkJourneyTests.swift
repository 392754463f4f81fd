import Foundation
import Testing

/// The bookmark journey of issue 5 on the seeds, with the real binary in tmux: bookmark the
/// sentence about Kidal with a note typed from the keyboard, quit, reopen (same XDG folders):
/// the article and the position come back with the mark, `B` lists the bookmark, `x` writes
/// the press review. And `kill -9` right after the status line confirms a bookmark keeps it.
/// Every wait has a deadline.
@Suite(.serialized)
struct BookmarkJourneyTests {
    static let kidalStart = "Diop a précisé dans son intervention"
    static let note = "reprise de Kidal, à suivre"

    /// The reader row holding the passage cursor `▌`, if any.
    static func cursorRow(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains("│▌ ") }.map(String.init)
    }

    /// Opens seed 004 (the first row, newest first) and moves the cursor down to the sentence
    /// about Kidal.
    func openKidal(_ tmux: Tmux) throws {
        try tmux.waitFor(Expected.firstFrame)
        try tmux.sendKeys("Enter")
        try tmux.waitUntil("seed 004 in the reader") { Self.cursorRow($0)?.contains("Cette relation bilatérale") == true }
        var presses = 0
        while Self.cursorRow(try tmux.capture())?.contains(Self.kidalStart) != true && presses < 15 {
            let before = Self.cursorRow(try tmux.capture())
            try tmux.sendKeys("j")
            presses += 1
            try tmux.waitUntil("the cursor to move", timeout: .seconds(5)) { Self.cursorRow($0) != before }
        }
        #expect(Self.cursorRow(try tmux.capture())?.contains(Self.kidalStart) == true, "the Kidal sentence after \(presses) moves")
    }

    /// `b`, the note typed key by key, Enter; waits for the status line to confirm.
    func bookmark(_ tmux: Tmux, note: String) throws {
        try tmux.sendKeys("b")
        try tmux.waitUntil("the note editor") { Tmux.lines($0).last?.hasPrefix("Note:") == true }
        try tmux.sendKeys("-l", note)
        try tmux.waitUntil("the note typed") { Tmux.lines($0).last?.hasPrefix("Note: \(note)") == true }
        try tmux.sendKeys("Enter")
        try tmux.waitUntil("the bookmark saved") { $0.contains("Bookmark saved") && !$0.contains("Note: ") }
    }

    @Test("bookmark Kidal with a note, quit, reopen: mark, article and position back; B lists it; x writes the review")
    func bookmarkQuitReopenExport() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        do {
            let pane = try ReaderPane(width: 120, height: 30, set: xdg.environment)
            defer { pane.close() }
            try openKidal(pane.tmux)
            try bookmark(pane.tmux, note: Self.note)
            let marked = try pane.tmux.waitUntil("the margin mark") { Self.cursorRow($0)?.contains("◆│") == true }
            #expect(Self.cursorRow(marked)?.contains(Self.kidalStart) == true)
            try pane.tmux.sendKeys("q")
            let (status, _) = try pane.waitForExit()
            #expect(status == 0)
        }

        let pane = try ReaderPane(width: 120, height: 30, set: xdg.environment)
        defer { pane.close() }
        let tmux = pane.tmux
        // The last article comes back with the cursor on the bookmarked sentence, marked.
        let reopened = try tmux.waitUntil("the article and position restored") { screen in
            Self.cursorRow(screen)?.contains(Self.kidalStart) == true && screen.contains("Bookmark: \(Self.note)")
        }
        #expect(Self.cursorRow(reopened)?.contains("◆│") == true, "the mark:\n\(reopened)")
        #expect(reopened.contains("│* 2024-02-29"), "the other seed is still unread:\n\(reopened)")

        // `B`: the bookmark in the side panel, with its note and sectors.
        try tmux.sendKeys("B")
        let view = try tmux.waitUntil("the bookmark view") { $0.contains("─ Bookmarks (1) ") && $0.contains("✎ reprise de Kidal") }
        #expect(view.contains("▸ “Diop a précisé"), "\(view)")

        // `x`: the title asked for, then the review file, named in the status line, has the
        // title, the quote and the note.
        try tmux.sendKeys("x")
        try tmux.waitUntil("the title prompt") { Tmux.lines($0).last?.hasPrefix("Review title (empty: Press review):") == true }
        try tmux.sendKeys("-l", "Veille Mali")
        try tmux.waitUntil("the title typed") { Tmux.lines($0).last?.contains("Veille Mali") == true }
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Press review written (1 passage)")
        let exports = xdg.folder("data").appendingPathComponent("exports")
        let files = try FileManager.default.contentsOfDirectory(atPath: exports.path)
        #expect(files.count == 2, "the Markdown review and its HTML page: \(files)")
        let file = try #require(files.first { $0.hasSuffix(".md") })
        #expect(file.hasPrefix("press-review-") && files.contains(String(file.dropLast(3)) + ".html"))
        #expect(try tmux.capture().contains(file), "the status line names the file")
        let review = try String(contentsOf: exports.appendingPathComponent(file), encoding: .utf8)
        #expect(review.hasPrefix("# Veille Mali\n"), "\(review)")
        #expect(review.contains("> \(Self.kidalStart)"), "\(review)")
        #expect(review.contains("Kidal, bastion des groupes séparatistes"))
        #expect(review.contains("**Note:** \(Self.note)"), "\(review)")

        // Enter in the view goes to the passage.
        try tmux.sendKeys("Enter")
        try tmux.waitUntil("the reader on the passage") { $0.contains("[Reader]") || Self.cursorRow($0)?.contains(Self.kidalStart) == true }
        try tmux.sendKeys("q")
        let (status, _) = try pane.waitForExit()
        #expect(status == 0)
    }

    @Test("bookmark a passage with a #tag in its note, add a tag with T in the view, x: the review (Markdown and HTML) is grouped by tag")
    func tagAndExport() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let pane = try ReaderPane(width: 120, height: 30, set: xdg.environment)
        defer { pane.close() }
        let tmux = pane.tmux
        try openKidal(tmux)
        try bookmark(tmux, note: "reprise de Kidal #Mali")

        // `B`: the bookmark with its tag; `T`: one more.
        try tmux.sendKeys("B")
        try tmux.waitUntil("the bookmark view with the tag") { $0.contains("─ Bookmarks (1) ") && $0.contains("#Mali") }
        try tmux.sendKeys("T")
        try tmux.waitUntil("the tag editor") { Tmux.lines($0).last?.hasPrefix("Tags: #Mali") == true }
        try tmux.sendKeys("-l", "sécurité")
        try tmux.waitUntil("the tag typed") { Tmux.lines($0).last?.hasPrefix("Tags: #Mali sécurité") == true }
        try tmux.sendKeys("Enter")
        let saved = try tmux.waitUntil("the tags saved") { $0.contains("Tags saved") && $0.contains("#Mali #sécurité") }
        #expect(saved.contains("✎ reprise de Kidal"), "the note without its #tag:\n\(saved)")

        // `x`, Enter at the title prompt (the default title): both files, grouped by tag.
        try tmux.sendKeys("x")
        try tmux.waitUntil("the title prompt") { Tmux.lines($0).last?.hasPrefix("Review title (empty: Press review):") == true }
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Press review written (1 passage)")
        let exports = xdg.folder("data").appendingPathComponent("exports")
        let files = try FileManager.default.contentsOfDirectory(atPath: exports.path)
        let markdown = try #require(files.first { $0.hasSuffix(".md") })
        let page = try #require(files.first { $0.hasSuffix(".html") })
        let review = try String(contentsOf: exports.appendingPathComponent(markdown), encoding: .utf8)
        #expect(review.contains("\n## \\#Mali\n") && review.contains("\n## \\#sécurité\n"), "\(review)")
        #expect(review.contains("**Note:** reprise de Kidal\n"))
        let html = try String(contentsOf: exports.appendingPathComponent(page), encoding: .utf8)
        #expect(html.contains("<h2>#Mali</h2>") && html.contains("<h2>#sécurité</h2>"))
        #expect(html.contains("<blockquote>\(Self.kidalStart)"))
        try tmux.sendKeys("q")
        let (status, _) = try pane.waitForExit()
        #expect(status == 0)

        // The tags are in the store for the commands.
        let listed = try KiosqueBinary.run(["bookmarks", "list", "--tag", "securite"], environment: xdg.environment)
        #expect(listed.status == 0)
        #expect(listed.stdoutText.hasSuffix("\t#Mali #sécurité\n"), "\(listed.stdoutText)")
    }

    @Test("x under a period filter: a period without the bookmark's article writes nothing; March 2024 writes the review with its title and period")
    func exportWithPeriod() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let pane = try ReaderPane(width: 120, height: 30, set: xdg.environment)
        defer { pane.close() }
        let tmux = pane.tmux
        try openKidal(tmux)
        try bookmark(tmux, note: "Kidal")
        // A period the article (dated 2024-03) is not in: said, no prompt, nothing written.
        try tmux.sendKeys("p")
        try tmux.waitUntil("the period prompt") { Tmux.lines($0).last?.hasPrefix("Period (") == true }
        try tmux.sendKeys("-l", "2019-01-01")
        try tmux.waitUntil("the period typed") { Tmux.lines($0).last?.hasSuffix("dates): 2019-01-01") == true }
        try tmux.sendKeys("Enter")
        try tmux.waitUntil("the period filter") { $0.contains("2019-01-01 (dated only)") && !$0.contains("Period (") }
        try tmux.sendKeys("x")
        try tmux.waitFor("No bookmark shown is from an article dated in 2019-01-01: nothing written")
        let exports = xdg.folder("data").appendingPathComponent("exports")
        #expect(((try? FileManager.default.contentsOfDirectory(atPath: exports.path)) ?? []).isEmpty)
        // March 2024: the review, titled, the period under the title.
        try tmux.sendKeys("p")
        try tmux.waitUntil("the period prompt again") { Tmux.lines($0).last?.hasSuffix("dates): 2019-01-01") == true }
        try tmux.sendKeys("C-u")
        try tmux.waitUntil("the period cleared") { Tmux.lines($0).last?.hasSuffix("dates):") == true }
        try tmux.sendKeys("-l", "2024-03-01..2024-03-31")
        try tmux.waitUntil("the range typed") { Tmux.lines($0).last?.hasSuffix("2024-03-01..2024-03-31") == true }
        try tmux.sendKeys("Enter")
        try tmux.waitUntil("the range filter") { $0.contains("(dated only)") && !$0.contains("Period (") }
        try tmux.sendKeys("x")
        try tmux.waitUntil("the title prompt") { Tmux.lines($0).last?.hasPrefix("Review title (empty: Press review):") == true }
        try tmux.sendKeys("-l", "Mars au Sahel")
        try tmux.waitUntil("the title typed") { Tmux.lines($0).last?.hasSuffix("Mars au Sahel") == true }
        try tmux.sendKeys("Enter")
        try tmux.waitFor("Press review written (1 passage)")
        let files = try FileManager.default.contentsOfDirectory(atPath: exports.path)
        let markdown = try String(contentsOf: exports.appendingPathComponent(try #require(files.first { $0.hasSuffix(".md") })), encoding: .utf8)
        #expect(markdown.hasPrefix("# Mars au Sahel\n\nPeriod: from "), "\(markdown)")
        #expect(markdown.contains("March 2024 to ") && markdown.contains("31 March 2024"), "\(markdown)")
        let html = try String(contentsOf: exports.appendingPathComponent(try #require(files.first { $0.hasSuffix(".html") })), encoding: .utf8)
        #expect(html.contains("<h1>Mars au Sahel</h1>") && html.contains("<p class=\"period\">Period: from "))
        try tmux.sendKeys("q")
        #expect(try pane.waitForExit().status == 0)
    }

    @Test("kill -9 right after the status line confirms a bookmark: it is in the database")
    func killedRightAfterSaving() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let pane = try ReaderPane(width: 120, height: 30, set: xdg.environment)
        defer { pane.close() }
        try openKidal(pane.tmux)
        try bookmark(pane.tmux, note: "tué juste après")
        let pid = try pane.pid()
        #expect(kill(pid, SIGKILL) == 0)
        // Killed, the reader leaves the tty raw: the script's lines do not start at column 0, and
        // start where the terminal cursor was left, so they may wrap at the pane's edge.
        let after = try pane.tmux.waitUntil("the reader to die") { $0.contains(ReaderPane.done) }
        #expect(after.filter { !$0.isWhitespace }.contains("EXIT=\(128 + SIGKILL)"), "\(after)")

        let run = try KiosqueBinary.run(["bookmarks", "list", "--json"], environment: xdg.environment)
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        let items = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [[String: Any]])
        #expect(items.count == 1)
        #expect(items.first?["note"] as? String == "tué juste après")
        let quote = (items.first?["quote"] as? [String: String])?["exact"]
        #expect(quote?.hasPrefix(Self.kidalStart) == true)
    }

    @Test("every folder full: the unsaved bookmark is printed on the terminal as a bookmark file, the reader exits 1",
          .enabled(if: geteuid() == 0 && FileManager.default.isExecutableFile(atPath: "/usr/bin/unshare"),
                   "needs root and unshare: the reader runs on a tiny tmpfs of its own"))
    func everyFolderFull() throws {
        // Every folder the reader writes to (XDG folders, TMPDIR, the current folder) is on one
        // 4 MB tmpfs mounted in a mount namespace of the reader's own; once the index is made,
        // the test fills it through /proc/<pid>/root.
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        let binary = try KiosqueBinary.path()
        var set = XDGFolders(root: root).environment
        set["TMPDIR"] = root.path
        set["HOME"] = root.path
        let pane = try ReaderPane(width: 120, height: 30, program: "/usr/bin/unshare",
                                  arguments: ["-m", "sh", "-c", #"mount -t tmpfs -o size=4m tmpfs "$0" && cd "$0" && exec "$1""#,
                                              root.path, binary],
                                  set: set)
        defer { pane.close() }
        let first = try pane.tmux.waitUntil("the first frame") { $0.contains(Expected.firstFrame) || $0.contains(ReaderPane.done) }
        guard !first.contains(ReaderPane.done) else {
            print("skipped: cannot mount a tmpfs in a mount namespace here:\n\(first)")
            return
        }
        let pid = try pane.pid()
        try pane.tmux.waitUntil("the index made") { $0.contains("unread / 2)") && !$0.contains("Indexing") }
        let filler = "/proc/\(pid)/root\(root.path)/filler"
        #expect(FileManager.default.createFile(atPath: filler, contents: nil))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: filler))
        while (try? handle.write(contentsOf: Data(count: 64 * 1024))) != nil {}
        while (try? handle.write(contentsOf: Data(count: 512))) != nil {}
        try? handle.close()

        try pane.tmux.sendKeys("Enter")
        try pane.tmux.waitUntil("the article open") { $0.contains("│▌ ") }
        try pane.tmux.sendKeys("b")
        try pane.tmux.waitUntil("the note editor") { Tmux.lines($0).last?.hasPrefix("Note:") == true }
        try pane.tmux.sendKeys("-l", "disque plein")
        try pane.tmux.sendKeys("Enter")
        try pane.tmux.waitUntil("the bookmark kept in memory") { $0.contains("Bookmark kept in memory") }
        try pane.tmux.sendKeys("q")
        try pane.tmux.waitUntil("the warning of the first q") { $0.contains("again quits anyway") }
        try pane.tmux.sendKeys("q")
        let (status, screen) = try pane.waitForExit()
        #expect(status == 1, "screen:\n\(screen)")
        #expect(screen.contains("----- kiosque unsaved bookmarks: end -----"), "screen:\n\(screen)")
        #expect(screen.contains("\"format\" : \"kiosque-bookmarks\""), "screen:\n\(screen)")
    }
}
