import Foundation
import Testing

/// `o` and `y` in the real reader (issue 14): `BROWSER` names a small script that writes its
/// arguments to a file; `o` on a row hands it the link, as one argument, and the frame stays
/// drawn; `y` says the link was copied (the OSC 52 sequence goes to tmux, which keeps the
/// screen). The row names its outlet: the link's host, the JSONL line having no `source`.
@Suite(.serialized)
struct LinkJourneyTests {
    static let link = "https://www.example.org/2019/01/15/prix?x=1&y=$(id)"
    static let jsonl = [
        #"{"id": "lien-1", "title": "Le prix de l'électricité va encore augmenter", "date": "2019-01-16", "url": "\#(link)", "text": "Le prix de l'électricité va encore augmenter\n\nLe régulateur propose une hausse des tarifs."}"#,
        #"{"id": "sans-lien", "title": "Un article sans lien", "date": "2019-01-15", "source": "Test", "text": "Un article sans lien\n\nRien à ouvrir."}"#,
    ].joined(separator: "\n") + "\n"

    @Test("o hands the link to $BROWSER and the screen stays drawn; y copies; no link is said")
    func openAndCopy() throws {
        let corpus = try CommandFixture(corpus: Self.jsonl)
        defer { withExtendedLifetime(corpus) {} }
        let script = corpus.folder.appendingPathComponent("browser").path
        let out = corpus.folder.appendingPathComponent("opened").path
        try """
            #!/bin/sh
            printf '%s\\n' "$#" "$1" > \(ReaderPane.quote(out + ".tmp")) && mv \(ReaderPane.quote(out + ".tmp")) \(ReaderPane.quote(out))

            """.write(toFile: script, atomically: true, encoding: .utf8)
        // Run by `/bin/sh` rather than executed: a file just written may still be open for writing
        // in a child another test forked meanwhile (ETXTBSY on exec).
        let pane = try ReaderPane(width: 80, height: 24, arguments: [corpus.corpus], set: ["BROWSER": "/bin/sh \(script) %s"])
        defer { pane.close() }
        let tmux = pane.tmux
        let whole = { (screen: String) in Tmux.isWholeFrame(screen, width: 80, height: 24, bottom: Expected.hintBar) }
        // One panel at a time at 80 columns: the list.
        try tmux.waitUntil("the list, each row with its outlet") { screen in
            whole(screen) && Tmux.lines(screen).contains { $0.contains("2019-01-16 example.org Le prix") }
                && Tmux.lines(screen).contains { $0.contains("2019-01-15 Test        Un article sans lien") }
        }

        // The first row is selected: o hands its link to the script.
        try tmux.sendKeys("o")
        try tmux.waitUntil("the link handed to the browser") { whole($0) && $0.contains("Link opened with sh") }
        let deadline = ContinuousClock.now + .seconds(10)
        while !FileManager.default.fileExists(atPath: out) && ContinuousClock.now < deadline { usleep(20_000) }
        #expect((try? String(contentsOfFile: out, encoding: .utf8)) == "1\n\(Self.link)\n")

        // y: copied, and the frame is still whole.
        try tmux.sendKeys("y")
        try tmux.waitUntil("the link copied") { whole($0) && $0.contains("Link copied") && $0.contains("Un article sans lien") }

        // The second article has no link.
        try tmux.sendKeys("j")
        try tmux.sendKeys("o")
        try tmux.waitUntil("no link said") { whole($0) && $0.contains("This article has no link") }

        try tmux.sendKeys("q")
        let (status, _) = try pane.waitForExit()
        #expect(status == 0)
    }
}
