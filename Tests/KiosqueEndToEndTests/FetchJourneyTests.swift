import Foundation
import KiosqueTestServer
import Testing

/// `R` in the real reader: the library empty (the seeds and the hint shown), a subscription on a
/// local server; the fetch runs in the background and its articles replace the seeds in the list.
@Suite struct FetchJourneyTests {
    @Test("R fetches the subscriptions: progress, then the new articles in the list; a failed feed is in P")
    func fetchFromTheReader() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        let feed = FetchCommandTests.rss("Le Quotidien", [("a1", "Grève à la centrale de Flamanville", "Les salariés d'EDF sont en grève."),
                                                          ("a2", "Le budget de la défense", "Le Parlement vote la loi de programmation.")])
        let server = try LocalHTTPServer { request, _ in
            request.path == "/rss" ? .feed(feed) : .status(404)
        }
        defer { server.stop() }
        for (path, name) in [("/rss", "Le Quotidien"), ("/gone", "Parti")] {
            let added = try KiosqueBinary.run(["feeds", "add", server.base + path, "--name", name], environment: xdg.environment)
            #expect(added.status == 0, "stderr: \(added.stderrText)")
        }
        let pane = try ReaderPane(width: 140, height: 30, set: xdg.environment)
        defer { pane.close() }
        let tmux = pane.tmux
        try tmux.waitUntil("the seeds and the hint") { $0.contains("unread / 2)") && $0.contains("The library is empty") }
        try tmux.sendKeys("R")
        let fetched = try tmux.waitUntil("the fetched articles", timeout: .seconds(30)) { screen in
            screen.contains("Grève à la centrale") && screen.contains("Le budget de la défense")
        }
        #expect(fetched.contains("unread / 2)"), "the library replaces the seeds:\n\(fetched)")
        #expect(!fetched.contains("Lutte contre"), "\(fetched)")
        try tmux.waitUntil("the end of the fetch") { $0.contains("Fetched 2 feeds: 2 new articles; 1 failed (P: why)") }
        try tmux.sendKeys("P")
        try tmux.waitUntil("the failed feed among the problems") { $0.contains("feed Parti (") && $0.contains("404") }
        try tmux.sendKeys("Escape")
        try tmux.waitUntil("the problems closed") { !$0.contains("Problems (") }
        try tmux.sendKeys("q")
        let (status, _) = try pane.waitForExit()
        #expect(status == 0)
    }
}
