import Foundation
import KiosqueCore
import Testing
@testable import KiosqueApp
@testable import KiosqueTUI

@Suite("Links: o opens, y copies, rows name their outlet")
struct LinkTests {
    static let maliLink = "https://example.org/mali-russie"

    @Test func oInTheListOpensTheSelectedArticlesLink() {
        var state = Fixtures.state()
        #expect(state.focus == .list)
        #expect(state.press("o") == [.openLink(Self.maliLink)])
        #expect(state.notice == nil)
        state.send(.linkOpened(.success("firefox")))
        #expect(state.noticeText == "Link opened with firefox")
    }

    @Test func yCopiesTheLinkAndSaysSo() {
        var state = Fixtures.state(language: .french)
        #expect(state.press("y") == [.copyLink(Self.maliLink)])
        state.send(.linkCopied(true))
        #expect(state.noticeText == "Lien copié")
        state.send(.linkCopied(false))
        #expect(state.noticeText == "Lien non copié : impossible d’écrire dans le terminal")
    }

    @Test func noLinkMeansAMessageAndNoEffect() {
        var state = Fixtures.state()
        state.press("j") // Anadolu: no link
        #expect(state.press("o").isEmpty)
        #expect(state.noticeText == "This article has no link")
        #expect(state.press("y").isEmpty)
        #expect(state.noticeText == "This article has no link")
        var french = Fixtures.state(language: .french)
        french.press("G")
        #expect(french.press("o").isEmpty)
        #expect(french.noticeText == "Cet article n’a pas de lien")
    }

    @Test func theReaderActsOnTheOpenArticleNotTheSelectedRow() {
        var state = Fixtures.state()
        state.press("Enter") // the Mali article, in the reader
        #expect(state.focus == .reader)
        state.list.selected = 1 // a row without a link selected behind the reader
        #expect(state.press("o") == [.openLink(Self.maliLink)])
        #expect(state.press("y") == [.copyLink(Self.maliLink)])
    }

    @Test func onlyWebLinksAreOpenedButAnyLinkIsCopied() {
        let odd = Fixtures.article(id: "x", title: "Bizarre", url: "javascript:alert(1)", paragraphs: [["Un texte."]])
        var state = Fixtures.state([odd])
        #expect(state.press("o").isEmpty)
        #expect(state.noticeText == "Not opened: only http and https links are opened (javascript:alert(1))")
        #expect(state.press("y") == [.copyLink("javascript:alert(1)")])
    }

    @Test func browserFailuresAreSaidInBothLanguages() {
        var state = Fixtures.state()
        state.send(.linkOpened(.failure(.noBrowser)))
        #expect(state.noticeText == "No browser found: set BROWSER (for example BROWSER=firefox) or install xdg-open")
        var french = Fixtures.state(language: .french)
        french.send(.linkOpened(.failure(.failed(command: "xdg-open", status: 3))))
        #expect(french.noticeText == "Le navigateur a échoué (xdg-open, code de sortie 3)")
    }

    @Test func theKeysAreInTheKeyMapAndTheHelp() throws {
        let map = try KeyMap.bundled()
        #expect(map.action(for: .character("o")) == .openLink)
        #expect(map.action(for: .character("y")) == .copyLink)
        var state = Fixtures.state(width: 120, height: 60)
        state.press("?")
        state.press("G")
        let text = state.screen.lines.joined(separator: "\n")
        #expect(text.contains("open the article's link in the browser"))
        #expect(text.contains("copy the article's link to the clipboard"))
    }

    @Test func webLinksAndHosts() {
        #expect(ArticleLink.isWeb("https://www.lemonde.fr/a?b=c#d"))
        #expect(ArticleLink.isWeb("HTTP://example.org"))
        #expect(!ArticleLink.isWeb("file:///etc/passwd"))
        #expect(!ArticleLink.isWeb("javascript:alert(1)"))
        #expect(!ArticleLink.isWeb("https://"))
        #expect(!ArticleLink.isWeb("https://a.org/x y"))
        #expect(!ArticleLink.isWeb("https://a.org/\u{1B}]52;c;x\u{07}"))
        #expect(ArticleLink.host(of: "https://user:pw@www.Lemonde.fr:443/x") == "www.lemonde.fr")
        #expect(ArticleLink.host(of: "http://[::1]:8080/") == "::1")
        #expect(ArticleLink.host(of: "ftp://a.org/") == nil)
    }

    @Test func theOutletIsTheSourceElseTheHostElseTheFolder() {
        #expect(ArticleOutlet.name(source: "Le Monde", url: "https://www.lefigaro.fr/x", path: "a/b.txt") == "Le Monde")
        #expect(ArticleOutlet.name(source: " ", url: "https://www.lefigaro.fr/x", path: "a/b.txt") == "lefigaro.fr")
        #expect(ArticleOutlet.name(source: nil, url: "mailto:x@y.fr", path: "corpus/rfi/b.txt") == "rfi")
        #expect(ArticleOutlet.name(source: nil, url: nil, path: "b.txt") == nil)
        #expect(ArticleOutlet.columnWidth(widest: 30, room: 65) == 16)
        #expect(ArticleOutlet.columnWidth(widest: 7, room: 65) == 7)
        #expect(ArticleOutlet.columnWidth(widest: 30, room: 21) == 0)
    }

    @Test func listRowsAt80ColumnsShowTheOutletAndKeepTheTitle() {
        let hosted = Fixtures.article(id: "010_host", title: "Un article venu d’un lien", url: "https://www.rfi.fr/fr/afrique/x",
                                      paragraphs: [["Un texte."]])
        var state = Fixtures.state([Fixtures.mali, Fixtures.anadolu, Fixtures.undated, hosted], width: 80, height: 24)
        state.press("Esc")
        let lines = state.screen.lines
        // The column is as wide as the widest outlet shown (at most 16): the title keeps 48 of 65.
        #expect(lines[2] == "│• 2024-02-29 Journal du Mali Lutte contre les terroristes : Deux ministres ma…│")
        #expect(lines[3] == "│  2024-03    Anadolu         Le Mali et la Russie réaffirment leur coopératio…│")
        #expect(lines[4] == "│             seeds           Sans date                                        │")
        #expect(lines[5] == "│             rfi.fr          Un article venu d’un lien                        │")
    }

    @Test func browserEntriesFollowTheConvention() {
        let link = "https://a.org/x?q=1&r=2"
        #expect(BrowserCommands.candidates(browser: nil, link: link) == [["xdg-open", link]])
        #expect(BrowserCommands.candidates(browser: "", link: link) == [["xdg-open", link]])
        #expect(BrowserCommands.candidates(browser: "firefox", link: link) == [["firefox", link], ["xdg-open", link]])
        #expect(BrowserCommands.candidates(browser: "w3m:firefox --new-tab %s:xdg-open", link: link)
                == [["w3m", link], ["firefox", "--new-tab", link], ["xdg-open", link]])
        #expect(BrowserCommands.command("open -a 'Google Chrome' --args=%s 100%%", link: link)
                == ["open", "-a", "Google Chrome", "--args=\(link)", "100%"])
        #expect(BrowserCommands.command(#"my\ browser "a b" """#, link: link) == ["my browser", "a b", "", link])
        #expect(BrowserCommands.command("   ", link: link) == nil)
        // The link stays one argument whatever it holds: no shell reads it.
        let hostile = "https://a.org/$(touch x);rm -rf ~ 'q'"
        #expect(BrowserCommands.command("sh -c %s", link: hostile) == ["sh", "-c", hostile])
    }

    @Test func aBrowserScriptGetsTheLinkAsOneArgument() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-browser-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let script = folder.appendingPathComponent("browser").path
        let out = folder.appendingPathComponent("out").path
        try "#!/bin/sh\nprintf '%s\\n' \"$#\" \"$1\" > \"\(out).tmp\" && mv \"\(out).tmp\" \"\(out)\"\n"
            .write(toFile: script, atomically: true, encoding: .utf8)
        let mailbox = Mailbox<Message>()
        // The script is run by `/bin/sh`, not executed itself: a file just written may still be
        // open for writing in a child another test forked meanwhile (ETXTBSY on exec).
        let links = LinkEffects(mailbox: mailbox, environment: ["BROWSER": "/nonexistent/browser:/bin/sh \(script) %s"],
                                clipboard: { _ in true })
        let link = "https://a.org/x?a=1&b=$(id)"
        #expect(Self.opened(links.open(link)) == "sh")
        let deadline = Date().addingTimeInterval(10)
        while !FileManager.default.fileExists(atPath: out) && Date() < deadline { usleep(20_000) }
        #expect((try? String(contentsOfFile: out, encoding: .utf8)) == "1\n\(link)\n")
    }

    @Test func aFailingBrowserGivesWayThenIsReported() throws {
        let mailbox = Mailbox<Message>()
        let links = LinkEffects(mailbox: mailbox, environment: ["BROWSER": "false"], clipboard: { _ in true },
                                fallback: "/nonexistent/xdg-open")
        // `false` starts, then fails; the fallback cannot start: the failure is posted.
        #expect(Self.opened(links.open("https://a.org/")) == "false")
        let deadline = Date().addingTimeInterval(10)
        var got: [Message] = []
        while got.isEmpty && Date() < deadline {
            mailbox.wait(timeout: 0.2)
            got = mailbox.drain()
        }
        guard case .linkOpened(.failure(.failed(_, let status)))? = got.first else {
            Issue.record("no failure posted: \(got)")
            return
        }
        #expect(status == 1)
        let none = LinkEffects(mailbox: mailbox, environment: [:], clipboard: { _ in true }, fallback: "/nonexistent/xdg-open")
        guard case .linkOpened(.failure(.noBrowser))? = none.open("https://a.org/").first else {
            Issue.record("a missing browser is not said")
            return
        }
    }

    /// The command an answer says the link went to, nil for any other answer.
    static func opened(_ messages: [Message]) -> String? {
        guard messages.count == 1, case .linkOpened(.success(let command)) = messages[0] else { return nil }
        return command
    }
}
