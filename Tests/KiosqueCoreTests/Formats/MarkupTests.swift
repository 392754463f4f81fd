import Foundation
import Testing
@testable import KiosqueCore
@testable import KiosqueMarkup

/// The libxml2 wrapper: trees copied as Swift values, nothing fetched or expanded on a document's word.
@Suite("Markup")
struct MarkupTests {
    static func data(_ text: String) -> Data { Data(text.utf8) }

    @Test func xmlTreeWithNamespacesAndCDATA() throws {
        let xml = """
        <?xml version="1.0" encoding="utf-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
        <channel xml:base="http://example.org/"><title>Le Flux</title>
        <item><title>Un &amp; deux</title><content:encoded><![CDATA[<p>Premier</p><p>Second</p>]]></content:encoded></item>
        </channel></rss>
        """
        let document = try Markup.parseXML(Self.data(xml)).get()
        let root = try #require(document.root)
        #expect(document[root].name == "rss")
        let channel = try #require(document.firstElement(of: root, named: "channel"))
        #expect(document.attribute("base", of: channel, namespace: "http://www.w3.org/XML/1998/namespace") == "http://example.org/")
        let item = try #require(document.firstElement(of: channel, named: "item"))
        let title = try #require(document.firstElement(of: item, named: "title"))
        #expect(document.text(of: title) == "Un & deux")
        let content = try #require(document.firstElement(of: item, named: "encoded"))
        #expect(document[content].namespace == "http://purl.org/rss/1.0/modules/content/")
        #expect(HTMLText.paragraphs(ofFragment: document.text(of: content)) == ["Premier", "Second"])
    }

    @Test func entityBombExpandsNothing() throws {
        var xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n"
        xml += "<!ENTITY lol1 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n"
        for level in 2...9 {
            xml += "<!ENTITY lol\(level) \"" + String(repeating: "&lol\(level - 1);", count: 10) + "\">\n"
        }
        xml += "]>\n<rss><channel><title>&lol9;</title></channel></rss>"
        let clock = ContinuousClock()
        let start = clock.now
        let result = Markup.parseXML(Self.data(xml))
        #expect(clock.now - start < .seconds(2))
        if case .success(let document) = result, let root = document.root {
            #expect(document.text(of: root).utf8.count < 100_000)
        }
    }

    @Test func externalEntityIsNeverRead() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("markup-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        let secret = dir.appendingPathComponent("secret.txt")
        try "SECRET-CONTENT".write(to: secret, atomically: true, encoding: .utf8)
        let xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE r [<!ENTITY x SYSTEM \"file://\(secret.path)\">]>\n<rss><channel><title>&x;</title></channel></rss>"
        if case .success(let document) = Markup.parseXML(Self.data(xml)), let root = document.root {
            #expect(!document.text(of: root).contains("SECRET"))
        }
    }

    @Test func deepHTMLIsFlattenedNotRecursed() throws {
        let depth = 100_000
        let html = "<html><body>" + String(repeating: "<div>", count: depth) + "fond" + String(repeating: "</div>", count: depth) + "</body></html>"
        let document = try Markup.parseHTML(Self.data(html)).get()
        let root = try #require(document.root)
        #expect(document.text(of: root).contains("fond"))
    }

    @Test func htmlEncodingSniffed() throws {
        // Windows-1252 bytes for "café" in a page that says UTF-8.
        var bytes = Array("<html><head><meta charset=\"utf-8\"></head><body><p>caf".utf8)
        bytes.append(0xE9)
        bytes += Array("</p></body></html>".utf8)
        let document = try Markup.parseHTML(Data(bytes)).get()
        let root = try #require(document.root)
        #expect(HTMLText.paragraphs(in: document, under: root) == ["café"])
        #expect(document.encoding == "windows-1252")
    }

    @Test func utf8ValidationAgreesWithTheStandardLibrary() {
        let samples: [[UInt8]] = [
            Array("café – 𝄞 ok".utf8), [0xC3], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0xF0, 0x9F, 0x98, 0x80], [0xEF, 0xBB, 0xBF, 0x41], [0xFF], [0x41, 0xE2, 0x82], [0xE2, 0x82, 0xAC],
        ]
        for sample in samples {
            #expect(MarkupEncoding.isValidUTF8(Data(sample)) == (String(validating: sample, as: UTF8.self) != nil), "\(sample)")
        }
    }
}
