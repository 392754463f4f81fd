import Foundation
import Testing
@testable import KiosqueCore
import KiosqueMarkup

/// Feeds as articles: each format, typed titles and texts, links made absolute, encodings, and
/// what the wild sends (malformed XML, entity bombs, external entities, huge feeds, controls).
@Suite("FeedReader")
struct FeedReaderTests {
    static func read(_ xml: String) throws -> FeedReader.Result { try FeedReader.read(Data(xml.utf8)).get() }
    static func read(bytes: [UInt8]) throws -> FeedReader.Result { try FeedReader.read(Data(bytes)).get() }

    // MARK: Formats

    @Test func rss20Item() throws {
        let feed = try Self.read("""
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
        <channel><title>Le Flux</title><link>http://example.org/</link><language>fr</language>
        <item><title>Un &amp; deux</title><link>/articles/1</link><guid isPermaLink="false">a-1</guid>
        <author>redac@example.org (Marie Curie)</author><pubDate>Fri, 15 Mar 2024 08:00:00 +0100</pubDate>
        <description>Le résumé</description>
        <content:encoded><![CDATA[<p>Premier paragraphe.</p><script>x()</script><p>Second <b>gras</b>.</p>]]></content:encoded></item>
        <item><title>Sans lien</title><guid>https://example.org/guid/2</guid><description>&lt;p&gt;Texte&lt;/p&gt;</description></item>
        </channel></rss>
        """)
        #expect(feed.feedTitle == "Le Flux")
        #expect(feed.drafts.count == 2)
        let first = try #require(feed.drafts.first)
        #expect(first.title == "Un & deux")
        #expect(first.url == "http://example.org/articles/1") // relative link against the feed's link
        #expect(first.id == "a-1")
        #expect(first.author == "Marie Curie")
        #expect(first.source == "Le Flux")
        #expect(first.language == "fr")
        #expect(first.date?.iso8601 == "2024-03-15T08:00:00+01:00") // the time and offset kept
        #expect(first.text == "Premier paragraphe.\n\nSecond gras.") // content:encoded wins over the description
        let second = feed.drafts[1]
        #expect(second.url == "https://example.org/guid/2") // a permalink guid is the link
        #expect(second.text == "Texte")
        #expect(feed.problems.isEmpty)
    }

    @Test func rss10RDFWithAnyPrefix() throws {
        let feed = try Self.read("""
        <r:RDF xmlns:r="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
               xmlns:d="http://purl.org/dc/elements/1.1/">
        <channel r:about="http://example.org/"><title>RDF</title><link>http://example.org/</link><d:language>en</d:language></channel>
        <item r:about="http://example.org/one"><title>One</title><link>http://example.org/one</link>
          <d:date>2024-01-02T10:00:00Z</d:date><d:creator>Ada</d:creator><description>First</description></item>
        <item r:about="http://example.org/two"><d:title>Two</d:title><description>Second</description></item>
        </r:RDF>
        """)
        #expect(feed.drafts.map(\.title) == ["One", "Two"])
        #expect(feed.drafts.map(\.id) == ["http://example.org/one", "http://example.org/two"])
        #expect(feed.drafts[0].author == "Ada")
        #expect(feed.drafts[0].language == "en")
        #expect(feed.drafts[0].date?.iso8601.hasPrefix("2024-01-02T10:00:00") == true)
        #expect(feed.drafts.map(\.text) == ["First", "Second"])
    }

    @Test func atomXMLBaseAndAlternateLink() throws {
        let feed = try Self.read("""
        <feed xmlns="http://www.w3.org/2005/Atom" xml:base="http://example.org/blog/" xml:lang="fr">
        <title type="html">Le &lt;i&gt;Blog&lt;/i&gt;</title>
        <link rel="alternate" href="/"/>
        <entry xml:base="2024/">
          <title>Entrée</title><id>tag:example.org,2024:1</id>
          <link rel="related" href="autre.html"/><link rel="alternate" type="text/html" href="post.html"/>
          <published>2024-02-29T08:00:00+01:00</published><updated>2024-03-01T00:00:00Z</updated>
          <author><name>Jean</name><email>jean@example.org</email></author>
          <summary>Résumé</summary>
          <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Un</p><ul><li>deux</li></ul></div></content>
        </entry>
        <entry xml:lang="en"><title>No link</title><id>tag:example.org,2024:2</id><summary>Only a summary</summary>
          <updated>2024-03-02T00:00:00Z</updated></entry>
        </feed>
        """)
        #expect(feed.feedTitle == "Le Blog")
        let first = try #require(feed.drafts.first)
        #expect(first.url == "http://example.org/blog/2024/post.html")
        #expect(first.id == "tag:example.org,2024:1")
        #expect(first.author == "Jean")
        #expect(first.language == "fr")
        #expect(first.date?.iso8601 == "2024-02-29T08:00:00+01:00") // published, not updated
        #expect(first.text == "Un\n\ndeux") // content, not the summary
        let second = feed.drafts[1]
        #expect(second.url == nil) // an id that is no web address is not a link
        #expect(second.language == "en")
        #expect(second.text == "Only a summary")
        #expect(second.date?.iso8601.hasPrefix("2024-03-02") == true) // updated when nothing is published
    }

    @Test func relativeLinkWithoutBaseStaysRelative() throws {
        let feed = try Self.read("<feed xmlns='http://www.w3.org/2005/Atom'><entry><title>T</title><link href='a/b.html'/></entry></feed>")
        #expect(feed.drafts.first?.url == "a/b.html")
    }

    @Test func urlReferenceResolution() {
        let base = "http://a/b/c/d;p?q"
        let cases = ["g": "http://a/b/c/g", "./g": "http://a/b/c/g", "/g": "http://a/g", "//g": "http://g",
                     "?y": "http://a/b/c/d;p?y", "#s": "http://a/b/c/d;p?q#s", "../g": "http://a/b/g",
                     "../../../g": "http://a/g", "g/./h/../i": "http://a/b/c/g/i", "https://x/y": "https://x/y"]
        for (reference, expected) in cases {
            #expect(URLReference.resolve(reference, against: base) == expected, "\(reference)")
        }
        #expect(URLReference.resolve("g", against: "tag:x,2024:1") == "g")
    }

    @Test func titlesWithMarkupAndEntities() throws {
        let feed = try Self.read("""
        <rss version="2.0"><channel><title>T</title>
        <item><title>&lt;b&gt;Gras&lt;/b&gt; et AT&amp;amp;T</title></item>
        <item><title>a &lt; b, pas de balise</title></item>
        </channel></rss>
        """)
        #expect(feed.drafts.map(\.title) == ["Gras et AT&T", "a < b, pas de balise"])
        let atom = try Self.read("""
        <feed xmlns="http://www.w3.org/2005/Atom">
        <entry><title type="text">&lt;b&gt; reste du texte</title></entry>
        <entry><title type="html">&lt;em&gt;Titre&lt;/em&gt; &amp;eacute;t&amp;eacute;</title></entry>
        <entry><title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">Titre <b>XHTML</b></div></title></entry>
        </feed>
        """)
        #expect(atom.drafts.map(\.title) == ["<b> reste du texte", "Titre été", "Titre XHTML"])
    }

    @Test func atom03ModesAndBase64() throws {
        let feed = try Self.read("""
        <feed version="0.3" xmlns="http://purl.org/atom/ns#"><title>Old</title>
        <entry><title>Escaped</title><issued>2004-01-01T19:48:21Z</issued>
          <content type="text/html" mode="escaped">&lt;p&gt;Un&lt;/p&gt;&lt;p&gt;Deux&lt;/p&gt;</content></entry>
        <entry><title>Base64</title><content type="text/plain" mode="base64">QmFzZSBzaXh0eS1mb3Vy</content></entry>
        </feed>
        """)
        #expect(feed.drafts.map(\.text) == ["Un\n\nDeux", "Base sixty-four"])
        #expect(feed.drafts[0].date?.iso8601.hasPrefix("2004-01-01") == true)
    }

    @Test func cdataAndNamespacePrefixes() throws {
        let feed = try Self.read("""
        <x:rss xmlns:x="http://backend.userland.com/rss2" xmlns:c="http://purl.org/rss/1.0/modules/content/"
               xmlns:other="http://example.org/other">
        <x:channel><x:title><![CDATA[Flux & <co>]]></x:title>
        <x:item><x:title>Vrai</x:title><other:description>Pas celle-ci</other:description>
          <x:description><![CDATA[<p>Celle-ci</p>]]></x:description></x:item>
        </x:channel></x:rss>
        """)
        #expect(feed.feedTitle == "Flux & <co>")
        #expect(feed.drafts.first?.text == "Celle-ci") // an extension's `description` is not the item's
    }

    // MARK: Encodings

    @Test func iso88591Declared() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><rss><channel><item><title>".utf8)
        bytes += [0x45, 0x74, 0xE9, 0x92, 0x73] // "Eté’s": 0x92 read as Windows-1252, as browsers do
        bytes += Array("</title></item></channel></rss>".utf8)
        let feed = try Self.read(bytes: bytes)
        #expect(feed.drafts.first?.title == "Eté\u{2019}s")
        #expect(feed.problems.isEmpty)
    }

    @Test func otherDeclaredAndUnknownEncodings() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"windows-1251\"?><rss><channel><item><title>".utf8)
        bytes += [0xCF, 0xF0, 0xE8, 0xE2, 0xE5, 0xF2]
        bytes += Array("</title></item></channel></rss>".utf8)
        #expect(try Self.read(bytes: bytes).drafts.first?.title == "Привет")
        var unknown = Array("<?xml version=\"1.0\" encoding=\"x-made-up\"?><rss><channel><item><title>".utf8)
        unknown += [0xE9, 0x74, 0xE9]
        unknown += Array("</title></item></channel></rss>".utf8)
        let feed = try Self.read(bytes: unknown)
        #expect(feed.drafts.first?.title == "été")
        #expect(feed.problems.first?.description == "declares an encoding not known here (x-made-up): read as Windows-1252")
    }

    @Test func windows1252MisdeclaredAsUTF8() throws {
        var bytes = Array("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss><channel><item><title>".utf8)
        bytes += [0x93, 0x45, 0x74, 0xE9, 0x94, 0x20, 0x80, 0x81] // “Eté” € and an undefined byte
        bytes += Array("</title></item></channel></rss>".utf8)
        let feed = try Self.read(bytes: bytes)
        #expect(feed.drafts.first?.title == "\u{201C}Eté\u{201D} €\u{81}")
        #expect(feed.problems.contains { $0.description.contains("declares UTF-8") && $0.description.contains("Windows-1252") })
    }

    @Test func undeclaredBOMAndWindows1252Declared() throws {
        let bom = try Self.read(bytes: [0xEF, 0xBB, 0xBF] + Array("<rss><channel><item><title>Été</title></item></channel></rss>".utf8))
        #expect(bom.drafts.first?.title == "Été")
        var bytes = Array("<?xml version='1.0' encoding='windows-1252'?><rss><channel><item><title>".utf8)
        bytes += [0x96, 0x8D] // – and a byte Windows-1252 leaves undefined (iconv would refuse it)
        bytes += Array("</title></item></channel></rss>".utf8)
        #expect(try Self.read(bytes: bytes).drafts.first?.title == "\u{2013}\u{8D}")
        var undeclared = Array("<rss><channel><item><title>".utf8)
        undeclared += [0xE9, 0x74, 0xE9]
        undeclared += Array("</title></item></channel></rss>".utf8)
        let guessed = try Self.read(bytes: undeclared)
        #expect(guessed.drafts.first?.title == "été")
        #expect(guessed.problems.contains { $0.description.contains("declares no encoding") })
    }

    @Test func utf16WithBOM() throws {
        let xml = "<?xml version=\"1.0\" encoding=\"UTF-16\"?><rss><channel><item><title>Ça</title></item></channel></rss>"
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in xml.utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(try Self.read(bytes: bytes).drafts.first?.title == "Ça")
        #expect(FeedReader.looksLikeFeed(Data(bytes)))
    }

    // MARK: Bad input

    @Test func malformedXMLRecovered() throws {
        let feed = try Self.read("<rss><channel><title>T</title><item><title>A &amp B</title></item><item><title>B</title><p>unclosed")
        #expect(feed.drafts.first?.title?.hasPrefix("A ") == true)
        #expect(feed.drafts.count == 2)
        #expect(feed.drafts.last?.title == "B")
        #expect(!feed.problems.isEmpty)
    }

    @Test func unreadableXMLIsAClearFailure() {
        for text in ["", "not xml at all", "\u{0}\u{0}\u{0}"] {
            switch FeedReader.read(Data(text.utf8)) {
            case .success(let feed): Issue.record("read \(feed.drafts.count) entries from \(text.debugDescription)")
            case .failure(let failure):
                #expect(failure != .notAFeed)
                #expect(!failure.description.isEmpty)
            }
        }
    }

    @Test func xmlThatIsNotAFeed() {
        for text in ["<?xml version='1.0'?><note><to>Tove</to></note>", "<html><body><p>page</p></body></html>",
                     "<rdf:RDF xmlns:rdf='http://www.w3.org/1999/02/22-rdf-syntax-ns#'><rdf:Description/></rdf:RDF>"] {
            #expect(throws: FeedReader.Failure.notAFeed) { try FeedReader.read(Data(text.utf8)).get() }
        }
        #expect(FeedReader.Failure.notAFeed.description.contains("not a feed"))
    }

    @Test func looksLikeFeed() {
        #expect(FeedReader.looksLikeFeed(Data("<?xml version='1.0'?>\n<!-- <html> -->\n<rss version='2.0'>".utf8)))
        #expect(FeedReader.looksLikeFeed(Data("<!DOCTYPE x><a:feed xmlns:a='http://www.w3.org/2005/Atom'>".utf8)))
        #expect(FeedReader.looksLikeFeed(Data("<rdf:RDF xmlns:rdf='x'>".utf8)))
        #expect(!FeedReader.looksLikeFeed(Data("<html><body>about <rss feeds</body>".utf8)))
        #expect(!FeedReader.looksLikeFeed(Data("plain text mentioning <feed".utf8)))
        #expect(!FeedReader.looksLikeFeed(Data("<feedback/>".utf8)))
    }

    @Test func entityBombExpandsNothing() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE rss [\n<!ENTITY lol \"lol\">\n"
        xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        for level in 2...9 {
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        xml += "]>\n<rss><channel><title>&lol9;</title><item><title>&lol9;&lol9;</title><description>&lol9;</description></item></channel></rss>"
        let clock = ContinuousClock()
        let start = clock.now
        let feed = try Self.read(xml)
        #expect(clock.now - start < .seconds(5))
        #expect((feed.feedTitle ?? "").count < 10_000)
        #expect((feed.drafts.first?.title ?? "").count < 10_000)
        #expect(feed.drafts.first?.text.count ?? 0 < 10_000)
    }

    @Test func externalEntitiesReadNoFile() throws {
        let secret = "SECRET-\(UUID().uuidString)"
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kq-feed-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("secret.txt")
        try Data(secret.utf8).write(to: file)
        let dtd = folder.appendingPathComponent("evil.dtd")
        try Data("<!ENTITY fromdtd \"\(secret)\">".utf8).write(to: dtd)
        let xml = """
        <?xml version="1.0"?>
        <!DOCTYPE rss SYSTEM "\(dtd.absoluteString)" [
        <!ENTITY xxe SYSTEM "\(file.absoluteString)">
        <!ENTITY % remote SYSTEM "\(dtd.absoluteString)"> %remote;
        ]>
        <rss><channel><title>&xxe;</title><item><title>&xxe; &fromdtd;</title><description>&xxe;</description></item></channel></rss>
        """
        let feed = try Self.read(xml)
        #expect(feed.drafts.count == 1)
        let everything = [feed.feedTitle ?? "", feed.drafts[0].title ?? "", feed.drafts[0].text].joined()
        #expect(!everything.contains(secret))
    }

    @Test func fiftyThousandEntriesInBoundedTime() throws {
        var xml = "<rss version=\"2.0\"><channel><title>Big</title>"
        xml.reserveCapacity(6_000_000)
        for index in 0..<50_000 {
            xml += "<item><title>Entry \(index)</title><link>http://example.org/\(index)</link><description>Text &lt;b&gt;\(index)&lt;/b&gt;</description></item>"
        }
        xml += "</channel></rss>"
        let clock = ContinuousClock()
        let start = clock.now
        let feed = try Self.read(xml)
        #expect(clock.now - start < .seconds(120)) // generous: debug build, shared machine
        #expect(feed.drafts.count == 50_000)
        #expect(feed.drafts.last?.title == "Entry 49999")
        #expect(feed.drafts.last?.text == "Text 49999")
    }

    @Test func feedLargerThanTheLimitIsRefusedClearly() {
        let size = 100 * 1_048_576
        var data = Data("<rss><channel><item><title>".utf8)
        data.append(Data(repeating: 0x61, count: size))
        data.append(Data("</title></item></channel></rss>".utf8))
        switch FeedReader.read(data) {
        case .success: Issue.record("a 100 MB feed was read")
        case .failure(let failure):
            #expect(failure == .markup(.tooLarge(bytes: data.count, limit: Markup.maxInputBytes)))
            #expect(failure.description.contains("100 MB") && failure.description.contains("limit 64 MB"))
        }
    }

    @Test func htmlEntityNamesAndBareAmpersandsAsFeedsWriteThem() throws {
        let feed = try Self.read("""
        <rss version="2.0"><channel><title>T&eacute;l&eacute;</title>
        <item><title>Caf&eacute; &amp; cr&egrave;me&nbsp;&rsquo;&inconnu; &#233;</title><link>http://x.org/?a=1&b=2&amp;c=3</link>
        <description><![CDATA[<p>R&amp;D &eacute;t&eacute; & co</p>]]></description></item>
        </channel></rss>
        """)
        #expect(feed.feedTitle == "Télé")
        let item = try #require(feed.drafts.first)
        #expect(item.title == "Café & crème\u{A0}\u{2019}&inconnu; é")
        #expect(item.url == "http://x.org/?a=1&b=2&c=3")
        #expect(item.text == "R&D été & co") // CDATA untouched by the mending, its HTML read as HTML
        #expect(feed.problems.isEmpty)
        // Entities the internal subset declares stay the parser's (expanded once, capped).
        let declared = try Self.read("<!DOCTYPE rss [<!ENTITY eacute \"E\"><!ENTITY x \"ix\">]><rss><channel><item><title>&x;&eacute;</title></item></channel></rss>")
        #expect(declared.drafts.first?.title == "ixE")
    }

    @Test func looseMarkupAsFeedsWriteIt() throws {
        let feed = try Self.read("""
        <rss version="2.0"><channel><title>T</title>
        <item><title>a < b et 3<4</title><dc:creator>Ann</dc:creator><media:content url="http://x.org/i.jpg"/>
        <description>Résumé</description><content:encoded><![CDATA[<p>Texte complet</p>]]></content:encoded></item>
        </channel></rss>
        """)
        let item = try #require(feed.drafts.first)
        #expect(item.title == "a < b et 3<4")
        #expect(item.author == "Ann") // undeclared prefixes read by their usual meaning
        #expect(item.text == "Texte complet") // media:content is not the content
    }

    @Test func deepNestingIsCutWithAMessage() throws {
        let depth = 100_000
        let xml = "<rss><channel><title>Deep</title><item><title>A</title><description>"
            + String(repeating: "<div>", count: depth) + "deep" + String(repeating: "</div>", count: depth)
            + "</description></item></channel></rss>"
        let clock = ContinuousClock()
        let start = clock.now
        let feed = try Self.read(xml)
        #expect(clock.now - start < .seconds(20))
        #expect(feed.drafts.first?.title == "A")
        #expect(feed.problems.contains { $0.description.contains("nested deeper than 256 levels") })
    }

    @Test func invalidBytesInUTF8AreReadNotDropped() throws {
        var bytes = Array("<?xml version=\"1.0\"?><rss><channel><item><title>ok ".utf8)
        bytes += [0xFF, 0xFE, 0xC3] // never valid UTF-8
        bytes += Array(" fin</title><description>é</description></item></channel></rss>".utf8)
        let feed = try Self.read(bytes: bytes)
        #expect(feed.drafts.count == 1)
        #expect(feed.drafts.first?.title?.hasPrefix("ok ") == true)
        #expect(feed.drafts.first?.title?.hasSuffix(" fin") == true)
        #expect(!feed.problems.isEmpty)
    }

    @Test func escapeSequencesAndBidiControlsKeptAsCharacters() throws {
        let feed = try Self.read("<rss><channel><item><title>\u{1B}[31mRouge\u{1B}[0m \u{202E}txet\u{202C} &#x202E;fin</title>"
                                 + "<description>a\u{7}b</description></item></channel></rss>")
        let title = try #require(feed.drafts.first?.title)
        #expect(title.contains("\u{1B}[31mRouge\u{1B}[0m"))
        #expect(title.contains("\u{202E}txet\u{202C}"))
        #expect(title.hasSuffix("\u{202E}fin"))
        #expect(feed.drafts.first?.text == "a\u{7}b")
    }

    @Test func undatedAndUnreadableDatesAreNamed() throws {
        let feed = try Self.read("<rss><channel><item><title>T</title><pubDate>le jour d'après</pubDate></item><item><title>U</title></item></channel></rss>")
        #expect(feed.drafts.map(\.date) == [nil, nil])
        #expect(feed.problems.map(\.description) == ["entry 1: date not understood: \"le jour d'après\""])
    }

    @Test func idFallsBackToLinkThenContentHash() throws {
        let feed = try Self.read("<rss><channel><item><title>A</title><link>http://x.org/a</link></item><item><title>B</title></item><item><title>B</title></item><item><title>C</title></item></channel></rss>")
        #expect(feed.drafts[0].id == "http://x.org/a")
        #expect(feed.drafts[1].id == feed.drafts[2].id)
        #expect(feed.drafts[1].id != feed.drafts[3].id)
        #expect(feed.drafts[1].id?.hasPrefix("fnv1a-") == true)
    }
}
