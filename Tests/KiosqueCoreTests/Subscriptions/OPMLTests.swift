import Foundation
import Testing
@testable import KiosqueCore

/// OPML import (1.0 and 2.0, nested categories) and export, and the round trip between them.
@Suite struct OPMLTests {
    static let nested = """
        <?xml version="1.0" encoding="ISO-8859-1"?>
        <opml version="1.0">
          <head><title>Mes flux</title></head>
          <body>
            <outline text="Presse">
              <outline text="Nationale">
                <outline text="Le Monde" title="Le Monde - À la une" type="rss" xmlUrl="https://www.lemonde.fr/rss/une.xml" htmlUrl="https://www.lemonde.fr/"/>
              </outline>
              <outline title="Régionale">
                <outline text="Ouest-France" xmlurl="https://www.ouest-france.fr/rss/une"/>
              </outline>
            </outline>
            <outline text="https://blog.example.fr/feed" xmlUrl="https://blog.example.fr/feed" category="/tech,veille"/>
            <outline text="Gopher" xmlUrl="gopher://old.example/feed"/>
            <outline text="Sans adresse"/>
          </body>
        </opml>
        """

    @Test("OPML 1 with nested outlines: categories become tags, title before text, htmlUrl kept, other schemes skipped")
    func importNested() throws {
        let data = try #require(Self.nested.data(using: .isoLatin1))
        let parsed = try OPML.parse(data)
        #expect(parsed.feeds == [
            OPMLFeed(subscription: Subscription(url: "https://www.lemonde.fr/rss/une.xml", name: "Le Monde - À la une",
                                                tags: ["Presse", "Nationale"]),
                     siteURL: "https://www.lemonde.fr/"),
            OPMLFeed(subscription: Subscription(url: "https://www.ouest-france.fr/rss/une", name: "Ouest-France",
                                                tags: ["Presse", "Régionale"])),
            OPMLFeed(subscription: Subscription(url: "https://blog.example.fr/feed", tags: ["tech", "veille"])),
        ])
        #expect(parsed.skipped == ["gopher://old.example/feed"])
    }

    @Test("export then import gives the same list: names, tags with spaces and accents, full text, sites, markup characters")
    func roundTrip() throws {
        let feeds = [
            OPMLFeed(subscription: Subscription(url: "https://www.lemonde.fr/rss/une.xml", name: "Le Monde <à la une> & \"cie\"",
                                                tags: ["presse", "à la une"], fullText: true),
                     siteURL: "https://www.lemonde.fr/"),
            OPMLFeed(subscription: Subscription(url: "https://ex.fr/feed?a=1&b=2")),
            OPMLFeed(subscription: Subscription(url: "https://ex.fr/other", name: "Autre", tags: ["x"])),
        ]
        let data = OPML.render(feeds, created: Date(timeIntervalSince1970: 0))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("<opml version=\"2.0\">"))
        #expect(text.contains("<dateCreated>Thu, 01 Jan 1970 00:00:00 GMT</dateCreated>"))
        #expect(text.contains("xmlUrl=\"https://ex.fr/feed?a=1&amp;b=2\""))
        let back = try OPML.parse(data)
        // A double quote in a name becomes a single one (the urls file could not hold it).
        var expected = feeds
        expected[0].subscription.name = "Le Monde <à la une> & 'cie'"
        #expect(back.feeds == expected)
        #expect(back.skipped.isEmpty)
        // Through the urls file too.
        var list = SubscriptionList()
        for feed in back.feeds { try list.add(feed.subscription) }
        #expect(SubscriptionList.parse(list.serialized()).subscriptions == expected.map(\.subscription))
    }

    @Test("not OPML: another XML root, not XML at all, empty; no entity is expanded from outside")
    func refusals() throws {
        #expect(throws: OPMLError.notOPML(root: "rss")) { try OPML.parse(Data("<rss version=\"2.0\"><channel/></rss>".utf8)) }
        #expect(throws: OPMLError.self) { try OPML.parse(Data("ceci n'est pas du XML".utf8)) }
        #expect(throws: OPMLError.self) { try OPML.parse(Data()) }
        let folder = try TemporaryFolder()
        let secret = try folder.write("secret.txt", "SECRET")
        let external = """
            <?xml version="1.0"?>
            <!DOCTYPE opml [<!ENTITY x SYSTEM "file://\(secret)">]>
            <opml version="2.0"><body><outline text="&x;" xmlUrl="https://ex.fr/feed"/></body></opml>
            """
        let parsed = try OPML.parse(Data(external.utf8))
        #expect(parsed.feeds.count == 1)
        #expect(parsed.feeds.first?.subscription.name?.contains("SECRET") != true)
    }

    @Test("a file over the limit is refused before parsing")
    func tooLarge() {
        let big = Data(count: OPML.maxBytes + 1)
        #expect(throws: OPMLError.tooLarge(bytes: OPML.maxBytes + 1, limit: OPML.maxBytes)) { try OPML.parse(big) }
    }
}
