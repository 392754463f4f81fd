import Foundation
import Testing
@testable import KiosqueCore

/// Exports, checked by parsing what was written.
@Suite struct ExportTests {
    typealias F = BookmarkFixtures

    static let markup = "*gras* _it_ # titre > cite [lien](http://x.org) `code` <b>html</b> &amp; | ~~barré~~ \\ fin"

    func labels(_ language: String = "fr") throws -> ReviewLabels { try ReviewLabels.bundled(language: language) }

    // MARK: Markdown

    @Test("Markdown: a heading per sector (taxonomy order, `Autres` last), per article; quotes, notes, entities")
    func markdownStructure() throws {
        let kidal = F.made(quote: "l’armée malienne a récupéré Kidal", note: "reprise de Kidal", title: "Le Mali et la Russie",
                           sectors: ["défense", "diplomatie"], entities: [BookmarkEntity(text: "Kidal", kind: .location)],
                           articleID: "mali", start: 40)
        let second = F.made(quote: "Deuxième passage.", title: "Le Mali et la Russie", sectors: ["défense"], articleID: "mali", start: 5)
        let gas = F.made(quote: "Le prix du gaz baisse.", title: "Gaz", sectors: ["énergie"],
                         date: ArticleDate(year: 2024, month: 3, day: 5), articleID: "gaz", url: nil)
        let none = F.made(quote: "Sans secteur.", title: "Divers", articleID: "divers")
        let text = MarkdownExport.render([none, gas, kidal, second], labels: try labels(),
                                         sectorOrder: ["défense", "énergie"], exported: ArticleDate(year: 2024, month: 3, day: 6))
        let doc = MiniMarkdown(text)
        #expect(doc.headings.map { "\($0.level) \($0.text)" } == [
            "1 Revue de presse", "2 défense", "3 Le Mali et la Russie", "2 énergie", "3 Gaz", "2 Autres", "3 Divers",
        ])
        #expect(doc.paragraphs.first == "Passages\u{A0}: 4 · articles\u{A0}: 3 · exportée le mercredi 6 mars 2024")
        // Passages of one article in text order, each its own block quote.
        #expect(doc.quotes == ["Deuxième passage.", "l’armée malienne a récupéré Kidal", "Le prix du gaz baisse.", "Sans secteur."])
        #expect(doc.paragraphs.contains("jeudi 29 février 2024 · Source · [lien](<https://example.org/article>)"))
        #expect(doc.paragraphs.contains("mardi 5 mars 2024 · Source"))
        #expect(doc.paragraphs.contains("**Note\u{A0}:** reprise de Kidal"))
        #expect(doc.paragraphs.contains("*Entités\u{A0}:* Kidal (lieu)"))
        // Filed under défense, the other sector is named with the passage.
        #expect(doc.paragraphs.contains("*Secteurs\u{A0}:* diplomatie"))
        #expect(doc.blocks.firstIndex(of: .quote("l’armée malienne a récupéré Kidal"))
                .map { doc.blocks[$0 + 1] } == .paragraph("**Note\u{A0}:** reprise de Kidal"))
    }

    @Test("Markdown review worth sending: title, period, long dates, headings cut at a word, named entities once")
    func markdownReview() throws {
        let long = "Le gouvernement annonce un plan de soutien massif aux agriculteurs touchés par la sécheresse historique de cet été dans le sud"
        let passage = F.made(quote: "Passage.", title: long, sectors: ["énergie"],
                             entities: [BookmarkEntity(text: "Édouard Philippe", kind: .person), BookmarkEntity(text: "jeudi", kind: .date),
                                        BookmarkEntity(text: "Edouard Philippe", kind: .person), BookmarkEntity(text: "EDF", kind: .organization),
                                        BookmarkEntity(text: "Emmanuel Macron", kind: .person, written: ["Macron", "E. Macron"])],
                             date: ArticleDate(year: 2024, month: 3, day: 1))
        let text = MarkdownExport.render([passage], labels: try labels(), title: "Veille énergie, semaine 9",
                                         period: (ArticleDate(year: 2024, month: 2, day: 26), ArticleDate(year: 2024, month: 3, day: 3)))
        let doc = MiniMarkdown(text)
        #expect(doc.headings.first?.text == "Veille énergie, semaine 9")
        #expect(doc.paragraphs.contains("Période\u{A0}: du lundi 26 février 2024 au dimanche 3 mars 2024"))
        let heading = try #require(doc.headings.last?.text)
        #expect(heading.hasSuffix("…") && heading.count <= MarkdownExport.headingLimit + 1)
        #expect(long.hasPrefix(String(heading.dropLast())) && long.contains(String(heading.dropLast()) + " "), "cut after a whole word: \(heading)")
        #expect(doc.paragraphs.contains { $0.hasPrefix("vendredi 1er mars 2024 · Source") })
        // The canonical name, with the passage's other spellings of it.
        #expect(doc.paragraphs.contains("*Entités\u{A0}:* Édouard Philippe (personne), EDF (organisation), Emmanuel Macron (personne\u{A0}; écrit aussi Macron, E. Macron)"))
        let english = try labels("en")
        #expect(english.detail(BookmarkEntity(text: "Emmanuel Macron", kind: .person, written: ["Macron"])) == "person; also written Macron")
        let html = HTMLExport.render([passage], labels: english)
        #expect(html.contains("Emmanuel Macron (person; also written Macron, E. Macron)"))
        #expect(english.longDate(ArticleDate(year: 2024, month: 2, day: 29)!) == "Thursday 29 February 2024")
        #expect(english.longDate(ArticleDate(year: 2024, month: 3)!) == "March 2024")
        #expect(english.periodLine(from: ArticleDate(year: 2024, month: 3, day: 1), to: nil) == "Period: since Friday 1 March 2024")
    }

    @Test("Markdown: English labels; preferred sector decides the group")
    func markdownEnglish() throws {
        let both = F.made(quote: "Passage.", title: "T", sectors: ["défense", "énergie"])
        let doc = MiniMarkdown(MarkdownExport.render([both], labels: try labels("en"), preferredSectors: ["ENERGIE"]))
        #expect(doc.headings.map(\.text) == ["Press review", "énergie", "T"])
        #expect(doc.paragraphs.contains("*Sectors:* défense"))
    }

    @Test("Markdown: quotes, notes and titles full of markup characters stay text")
    func markdownEscaping() throws {
        let quote = Self.markup + "\n- tiret\n+ plus\n1. liste\n2) autre\n=====\n    indenté\n***\n<!-- commentaire -->\rretour chariot"
        let bookmark = F.made(quote: quote, note: "note *importante* [voir](x) #1", title: "# Titre *gras* <i>", sectors: ["_secteur_"])
        let text = MarkdownExport.render([bookmark], labels: try labels())
        let doc = MiniMarkdown(text)
        #expect(doc.problems.isEmpty, "\(doc.problems)\n\(text)")
        #expect(doc.headings.map(\.text) == ["Revue de presse", "_secteur_", "# Titre *gras* <i>"])
        let expectedLines = quote.replacingOccurrences(of: "\r", with: "\n").split(separator: "\n").map { String($0).trimmingCharacters(in: .whitespaces) }
        #expect(doc.quotes == [expectedLines.joined(separator: "\n")])
        #expect(doc.paragraphs.contains("**Note\u{A0}:** note *importante* [voir](x) #1"))
        // The raw file: every markup character of the quote is escaped.
        #expect(text.contains("> \\*gras\\* \\_it\\_ \\# titre \\> cite \\[lien\\](http://x.org) \\`code\\` \\<b\\>html\\</b\\> \\&amp; \\| \\~\\~barré\\~\\~ \\\\ fin"))
        #expect(text.contains("> \\- tiret") && text.contains("> 1\\. liste") && text.contains("> 2\\) autre"))
        #expect(text.contains("> \\=====") && text.contains("> indenté"))
        #expect(!text.contains("\r"))
    }

    @Test("Markdown: only http(s) links, with spaces and angle brackets encoded")
    func markdownLinks() {
        #expect(MarkdownExport.linkDestination("javascript:alert(1)") == nil)
        #expect(MarkdownExport.linkDestination("https://x.org/a b<c>") == "<https://x.org/a%20b%3Cc%3E>")
    }

    // MARK: CSV

    @Test("CSV: BOM, header, one record per bookmark; commas, quotes and line breaks round trip")
    func csvRoundTrip() throws {
        let tricky = F.made(quote: "« Oui, dit-il, \"jamais\" »\nligne 2\r\nligne 3", note: "a,b;c", title: "Titre, avec virgule",
                            sectors: ["défense", "énergie"],
                            entities: [BookmarkEntity(text: "Kidal", kind: .location), BookmarkEntity(text: "Diop", kind: .person)])
        let plain = F.made(quote: "simple", note: "=SUM(A1:A9)", created: 1_709_300_000)
        let text = CSVExport.render([tricky, plain])
        #expect(text.hasPrefix("\u{FEFF}"))
        let records = try RFC4180.parse(String(text.dropFirst()))
        #expect(records.count == 3)
        #expect(records[0] == CSVExport.header)
        #expect(records.allSatisfy { $0.count == CSVExport.header.count })
        func field(_ record: [String], _ name: String) -> String? {
            CSVExport.header.firstIndex(of: name).map { record[$0] }
        }
        #expect(field(records[1], "quote") == tricky.quote.exact)
        #expect(field(records[1], "note") == "a,b;c")
        #expect(field(records[1], "article_title") == "Titre, avec virgule")
        #expect(field(records[1], "sectors") == "défense; énergie")
        #expect(field(records[1], "entities") == "Kidal (LOC); Diop (PER)")
        #expect(field(records[1], "id") == tricky.id.rawValue)
        #expect(field(records[1], "start") == "10" && field(records[1], "article_date") == "2024-02-29")
        #expect(field(records[1], "created").flatMap(ISOTime.date) == tricky.created)
        // A spreadsheet never runs a note as a formula.
        #expect(field(records[2], "note") == "'=SUM(A1:A9)")
        // Nor a cell that starts with a tab or a carriage return (some spreadsheets trim them).
        #expect(CSVExport.text("\t=1+1") == "'\t=1+1")
        #expect(CSVExport.text("\r=1+1") == "'\r=1+1")
        #expect(CSVExport.text("Le texte") == "Le texte")
        // Records end with CRLF.
        #expect(text.hasSuffix("\r\n") && !text.contains("\"\n"))
    }

    // MARK: JSON

    @Test("JSON: versioned document; decoding gives back the same bookmarks")
    func jsonRoundTrip() throws {
        let bookmarks = [
            F.made(quote: "« Kidal »\nligne", note: "note\u{1F4CC}", sectors: ["défense"],
                   entities: [BookmarkEntity(text: "Kidal", kind: .location)], created: 1_709_200_000.321),
            F.made(quote: "deux", title: "", date: nil, url: nil, created: 1_709_200_001),
        ]
        let data = try BookmarkFile.encode(bookmarks, exported: Date(timeIntervalSince1970: 1_709_300_000))
        let object = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(object["format"] as? String == "kiosque-bookmarks")
        #expect(object["version"] as? Int == 2)
        #expect(object["exported"] as? String == "2024-03-01T13:33:20.000Z")
        let first = try #require((object["bookmarks"] as? [[String: Any]])?.first)
        #expect(first["id"] as? String == bookmarks[0].id.rawValue)
        #expect((first["quote"] as? [String: String])?["exact"] == "« Kidal »\nligne")
        #expect((first["article"] as? [String: Any])?["hash"] as? String == bookmarks[0].article.textHash?.rawValue)
        #expect(try BookmarkFile.decode(data) == bookmarks)
    }

    @Test("JSON import refuses other files with a reason")
    func jsonErrors() throws {
        #expect(throws: BookmarkFileError.wrongFormat("other")) {
            try BookmarkFile.decode(Data(#"{"format": "other", "version": 1, "bookmarks": []}"#.utf8))
        }
        #expect(throws: BookmarkFileError.newerVersion(3)) {
            try BookmarkFile.decode(Data(#"{"format": "kiosque-bookmarks", "version": 3, "bookmarks": [{"new": 1}]}"#.utf8))
        }
        do {
            _ = try BookmarkFile.decode(Data("[1, 2".utf8))
            Issue.record("accepted broken JSON")
        } catch {
            #expect(String(describing: error).contains("not a JSON file"))
        }
        var document = try #require(try JSONSerialization.jsonObject(with: try BookmarkFile.encode([F.made(quote: "q")])) as? [String: Any])
        var entries = try #require(document["bookmarks"] as? [[String: Any]])
        entries[0]["quote"] = nil
        document["bookmarks"] = entries
        do {
            _ = try BookmarkFile.decode(try JSONSerialization.data(withJSONObject: document))
            Issue.record("accepted a bookmark without a quote")
        } catch {
            #expect(String(describing: error).contains("bookmarks[0].quote"), "\(error)")
        }
    }

    // MARK: W3C

    @Test("W3C: JSON-LD context, Annotation with TextualBody note and tags, quote and position selectors")
    func w3c() throws {
        let noted = F.made(quote: "l’armée malienne a récupéré Kidal", note: "reprise de Kidal", sectors: ["défense"], start: 1158)
        let bare = F.made(quote: "sans note", articleID: "id avec espace", url: nil)
        let data = try W3CExport.render([noted, bare])
        let collection = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        #expect(collection["@context"] as? String == "http://www.w3.org/ns/anno.jsonld")
        #expect(collection["type"] as? String == "AnnotationCollection")
        #expect(collection["total"] as? Int == 2)
        let items = try #require((collection["first"] as? [String: Any])?["items"] as? [[String: Any]])
        let first = items[0]
        #expect(first["type"] as? String == "Annotation")
        #expect(first["id"] as? String == "urn:uuid:" + noted.id.rawValue)
        #expect(first["motivation"] as? String == "commenting")
        let bodies = try #require(first["body"] as? [[String: String]])
        #expect(bodies.contains { $0["type"] == "TextualBody" && $0["value"] == "reprise de Kidal" && $0["purpose"] == "commenting" })
        #expect(bodies.contains { $0["value"] == "défense" && $0["purpose"] == "tagging" })
        let target = try #require(first["target"] as? [String: Any])
        #expect(target["source"] as? String == "https://example.org/article")
        let selectors = try #require(target["selector"] as? [[String: Any]])
        let quote = try #require(selectors.first { $0["type"] as? String == "TextQuoteSelector" })
        #expect(quote["exact"] as? String == noted.quote.exact)
        #expect(quote["prefix"] as? String == "avant " && quote["suffix"] as? String == " après")
        let position = try #require(selectors.first { $0["type"] as? String == "TextPositionSelector" })
        #expect(position["start"] as? Int == 1158 && position["end"] as? Int == 1158 + noted.quote.exact.unicodeScalars.count)
        #expect(items[1]["body"] == nil && items[1]["motivation"] as? String == "highlighting")
        #expect((items[1]["target"] as? [String: Any])?["source"] as? String == "urn:kiosque:article:id%20avec%20espace")
    }
}

/// A tiny RFC 4180 reader: records separated by CRLF, fields by commas, quoted fields may hold
/// commas, line breaks and doubled quotes.
enum RFC4180 {
    struct Malformed: Error {}

    static func parse(_ text: String) throws -> [[String]] {
        var records: [[String]] = []
        var record: [String] = []
        var field = ""
        var chars = Array(text.unicodeScalars)[...]
        var quoted = false
        while let c = chars.popFirst() {
            if quoted {
                if c == "\"" {
                    if chars.first == "\"" { field.unicodeScalars.append("\""); chars.removeFirst() } else { quoted = false }
                } else {
                    field.unicodeScalars.append(c)
                }
            } else if c == "\"" {
                guard field.isEmpty else { throw Malformed() }
                quoted = true
            } else if c == "," {
                record.append(field); field = ""
            } else if c == "\r" {
                guard chars.popFirst() == "\n" else { throw Malformed() }
                record.append(field); field = ""
                records.append(record); record = []
            } else if c == "\n" {
                throw Malformed() // a bare LF outside quotes is not a record end in RFC 4180
            } else {
                field.unicodeScalars.append(c)
            }
        }
        guard !quoted else { throw Malformed() }
        if !field.isEmpty || !record.isEmpty { record.append(field); records.append(record) }
        return records
    }
}
