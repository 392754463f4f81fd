import Foundation
import Testing
@testable import KiosqueCore

/// The urls file: newsboat's syntax, problems named by line, rewriting that keeps what it did not change.
@Suite struct SubscriptionListTests {
    static let sample = """
        # Presse française
        https://www.lemonde.fr/rss/une.xml presse "à la une" "~Le Monde"

        \thttps://www.liberation.fr/arc/outboundfeeds/rss/   politique kiosque:fulltext
        ftp://x
        # ci-dessous, un doublon et une ligne cassée
        HTTPS://WWW.LEMONDE.FR/rss/une.xml doublon
        https://www.lefigaro.fr/rss/figaro_actualites.xml "non fermé
        "query:Non lus:unread = \\"yes\\""
        https://www.mediapart.fr/articles/feed "~Média \\"part\\"" "" presse presse

        """

    @Test("subscriptions: URL, tags (quoted with spaces), ~Name, the full-text tag; comments and blank lines skipped")
    func parsesSubscriptions() {
        let list = SubscriptionList.parse(Self.sample)
        #expect(list.subscriptions == [
            Subscription(url: "https://www.lemonde.fr/rss/une.xml", name: "Le Monde", tags: ["presse", "à la une"]),
            Subscription(url: "https://www.liberation.fr/arc/outboundfeeds/rss/", tags: ["politique"], fullText: true),
            Subscription(url: "https://www.mediapart.fr/articles/feed", name: "Média \"part\"", tags: ["presse"]),
        ])
    }

    @Test("bad lines are named with their number and the rest loads")
    func problemsWithLineNumbers() {
        let list = SubscriptionList.parse(Self.sample)
        #expect(list.problems.map(\.description) == [
            "urls:5: \"ftp://x\" is not an http(s) URL; the line is ignored",
            "urls:7: HTTPS://WWW.LEMONDE.FR/rss/une.xml is already subscribed on line 2; the line is ignored",
            "urls:8: a quote is not closed; the line is ignored",
            "urls:9: \"query:Non lus:unread = \"yes\"\" is not an http(s) URL; the line is ignored",
        ])
        #expect(list.subscriptions.count == 3)
    }

    @Test("rewriting keeps comments, blank lines, bad lines and untouched lines byte for byte")
    func roundTripKeepsEverything() throws {
        let list = SubscriptionList.parse(Self.sample)
        #expect(list.serialized() == Self.sample)
        var changed = list
        try changed.add(Subscription(url: "https://www.la-croix.com/RSS", name: "La Croix", tags: ["religion", "vie locale"]))
        let text = changed.serialized()
        #expect(text == Self.sample + "https://www.la-croix.com/RSS religion \"vie locale\" \"~La Croix\"\n")
        #expect(SubscriptionList.parse(text).subscriptions == list.subscriptions
            + [Subscription(url: "https://www.la-croix.com/RSS", name: "La Croix", tags: ["religion", "vie locale"])])
    }

    @Test("a written line reads back as the same subscription, odd labels included")
    func lineRoundTrip() {
        let odd = Subscription(url: "https://ex.fr/feed?a=1&b=2", name: "Nom \\ avec # et ~", tags: ["#hash", "a b", "c\\d"],
                               fullText: true)
        let line = SubscriptionList.line(for: odd)
        #expect(SubscriptionList.parse(line).subscriptions.first?.url == odd.url)
        #expect(SubscriptionList.parse(line).subscriptions.first?.name == odd.name)
        #expect(SubscriptionList.parse(line).subscriptions.first?.fullText == true)
        #expect(SubscriptionList.parse(line).subscriptions.first?.tags == ["#hash", "a b", "c\\d"])
    }

    @Test("add refuses a URL already there (any case of scheme and host, trailing /), a bad URL, a quote in a tag")
    func addRefusals() throws {
        var list = SubscriptionList.parse("https://example.fr/ \"~Exemple\"\n")
        #expect(throws: SubscriptionError.alreadySubscribed(url: "HTTPS://Example.FR",
                                                            existing: Subscription(url: "https://example.fr/", name: "Exemple"), line: 1)) {
            try list.add(Subscription(url: "HTTPS://Example.FR"))
        }
        #expect(throws: SubscriptionError.notWebURL("ftp://example.fr/feed")) { try list.add(Subscription(url: "ftp://example.fr/feed")) }
        #expect(throws: SubscriptionError.notWebURL("example.fr/feed")) { try list.add(Subscription(url: "example.fr/feed")) }
        #expect(throws: SubscriptionError.invalidLabel("a\"b", problem: "a double quote")) {
            try list.add(Subscription(url: "https://other.fr", tags: ["a\"b"]))
        }
        #expect(throws: SubscriptionError.invalidLabel("~nom", problem: "a ~ at its start, which makes it a name")) {
            try list.add(Subscription(url: "https://other.fr", tags: ["~nom"]))
        }
        #expect(list.subscriptions.count == 1)
        // The path and query stay significant.
        try list.add(Subscription(url: "https://example.fr/rss"))
        #expect(list.subscriptions.count == 2)
    }

    @Test("remove by URL or name (case ignored); its duplicate lines go too; unknown and ambiguous names are refused")
    func remove() throws {
        var list = SubscriptionList.parse("""
            # garder
            https://a.fr/rss "~Alpha"
            https://a.fr/rss doublon
            https://b.fr/rss "~Beta"
            https://c.fr/rss "~beta"

            """)
        #expect(try list.remove("ALPHA").url == "https://a.fr/rss")
        #expect(list.serialized() == "# garder\nhttps://b.fr/rss \"~Beta\"\nhttps://c.fr/rss \"~beta\"\n")
        #expect(throws: SubscriptionError.notSubscribed("https://a.fr/rss")) { try list.remove("https://a.fr/rss") }
        #expect(throws: SubscriptionError.ambiguous("Beta", urls: ["https://b.fr/rss", "https://c.fr/rss"])) { try list.remove("Beta") }
        #expect(try list.remove("https://c.fr/rss").name == "beta")
        #expect(list.subscriptions.map(\.url) == ["https://b.fr/rss"])
    }

    @Test("CRLF lines and a missing final newline are read")
    func lineEndings() {
        let list = SubscriptionList.parse("https://a.fr/rss tag\r\nhttps://b.fr/rss")
        #expect(list.subscriptions == [Subscription(url: "https://a.fr/rss", tags: ["tag"]), Subscription(url: "https://b.fr/rss")])
        #expect(list.problems.isEmpty)
    }

    @Test("the file: missing is empty, saved atomically through a link, not UTF-8 refused")
    func file() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("config/urls")
        #expect(try SubscriptionFile.load(url).subscriptions.isEmpty)
        var list = try SubscriptionFile.load(url)
        try list.add(Subscription(url: "https://a.fr/rss", name: "A"))
        try SubscriptionFile.save(list, to: url)
        #expect(try String(contentsOf: url, encoding: .utf8) == "https://a.fr/rss \"~A\"\n")
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path) == ["urls"])
        // A new file is the user's only; a file made readable by others stays so.
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int == 0o600)
        try FileManager.default.setAttributes([.posixPermissions: 0o644], ofItemAtPath: url.path)
        try SubscriptionFile.save(list, to: url)
        #expect(try FileManager.default.attributesOfItem(atPath: url.path)[.posixPermissions] as? Int == 0o644)
        // A link (dotfiles) stays a link; its target is replaced.
        let target = try folder.write("dotfiles/urls", "# mine\n")
        let linked = folder.url.appendingPathComponent("linked-urls")
        try FileManager.default.createSymbolicLink(atPath: linked.path, withDestinationPath: target)
        var mine = try SubscriptionFile.load(linked)
        try mine.add(Subscription(url: "https://b.fr/rss"))
        try SubscriptionFile.save(mine, to: linked)
        #expect(try FileManager.default.destinationOfSymbolicLink(atPath: linked.path) == target)
        #expect(try String(contentsOfFile: target, encoding: .utf8) == "# mine\nhttps://b.fr/rss\n")
        let latin1 = try folder.write("latin1", Data([0x68, 0x74, 0x74, 0x70, 0xE9, 0x0A]))
        #expect(throws: SubscriptionError.self) { try SubscriptionFile.load(URL(fileURLWithPath: latin1)) }
    }
}

/// Changes made at the same time under the file's lock.
@Suite struct SubscriptionFileLockTests {
    @Test("sixteen updates at once, each adding its feed: every feed is in the file")
    func concurrentUpdates() throws {
        let folder = try TemporaryFolder()
        let url = folder.url.appendingPathComponent("config/urls")
        try SubscriptionFile.save(SubscriptionList.parse("# début\n"), to: url)
        DispatchQueue.concurrentPerform(iterations: 16) { index in
            _ = try? SubscriptionFile.update(url) { list in
                // Widen the window between reading and writing.
                usleep(2_000)
                try list.add(Subscription(url: "https://site\(index).fr/rss"))
                return (true, ())
            }
        }
        let list = try SubscriptionFile.load(url)
        #expect(Set(list.subscriptions.map(\.url)) == Set((0..<16).map { "https://site\($0).fr/rss" }))
        #expect(list.serialized().hasPrefix("# début\n"))
    }
}
