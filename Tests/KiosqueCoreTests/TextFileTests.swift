import Foundation
import Testing
@testable import KiosqueCore

@Suite("Text files")
struct TextFileTests {
    @Test func latin1IsDecodedAndNoted() throws {
        let folder = try TemporaryFolder()
        // "Été à Paris.\n\nLe café est cher." in Windows-1252, with a curly apostrophe (0x92).
        let bytes: [UInt8] = [0xC9, 0x74, 0xE9, 0x20, 0xE0, 0x20, 0x50, 0x61, 0x72, 0x69, 0x73, 0x0A, 0x0A]
            + Array("Le caf".utf8) + [0xE9] + Array(" est cher, l".utf8) + [0x92] + Array("ami.".utf8)
        let path = try folder.write("latin.txt", Data(bytes))
        let result = ArticleFiles.load(paths: [path])
        let article = try #require(result.articles.first)
        #expect(result.issues.isEmpty)
        #expect(article.text == "Été à Paris\n\nLe café est cher, l’ami.")
        #expect(article.notes.map(\.description).contains("decoded as Windows-1252 (not valid UTF-8)"))
        #expect(article.title == "Été à Paris")
        #expect(article.id == ArticleID("latin"))
    }

    @Test func bomAndCRLF() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("bom.md", Data([0xEF, 0xBB, 0xBF]) + Data("Titre\r\n\r\nUne ligne.\r\nDeux.\rTrois.".utf8))
        let article = try #require(ArticleFiles.load(paths: [path]).articles.first)
        #expect(article.text == "Titre\n\nUne ligne.\nDeux.\nTrois.")
        #expect(article.notes.map(\.description).contains("byte order mark removed"))
        #expect(article.notes.map(\.description).contains("line endings converted to LF"))
        #expect(article.paragraphs.map(\.range) == [TextRange(0, 5), TextRange(7, 30)])
        #expect(article.paragraphs[1].sentences.map(\.text) == ["Une ligne.", "Deux.", "Trois."])
        #expect(article.paragraphs[1].sentences.map(\.endsLine) == [true, true, false])
    }

    @Test func nfcAndCodePointOffsets() throws {
        let folder = try TemporaryFolder()
        // "é" written decomposed (e + U+0301) becomes one code point; an emoji is one code point too.
        let path = try folder.write("nfc.txt", "Cafe\u{301} 🇫🇷\n\nLe cafe\u{301} est bon. Oui.")
        let article = try #require(ArticleFiles.load(paths: [path]).articles.first)
        #expect(article.text == "Café 🇫🇷\n\nLe café est bon. Oui.")
        #expect(article.notes.map(\.description).contains("normalised to NFC"))
        #expect(article.paragraphs[1].range == TextRange(9, 30))
        #expect(article.paragraphs[1].sentences.map(\.range) == [TextRange(9, 25), TextRange(26, 30)])
    }

    @Test func controlCharactersAreKept() throws {
        let folder = try TemporaryFolder()
        let text = "Titre \u{1B}[31mrouge\u{1B}[0m\n\nTexte \u{202E}inversé\u{202C} et \u{85}C1 \u{7} cloche. Fin."
        let path = try folder.write("controls.txt", text)
        let result = ArticleFiles.load(paths: [path])
        let article = try #require(result.articles.first)
        #expect(result.issues.isEmpty)
        #expect(article.text == text)
        #expect(article.paragraphs.count == 2)
    }

    @Test func explicitFileWithOtherExtensionIsText() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("notes.log", "Un titre\n\nUn texte.")
        let result = ArticleFiles.load(paths: [path])
        #expect(result.articles.map(\.id) == [ArticleID("notes")])
    }

    @Test func titleDerivedFromLongFirstLine() throws {
        let line = String(repeating: "mot ", count: 60) + "fin."
        let article = try TestSupport.parse(line + "\n\nSuite.")
        #expect(article.title.hasSuffix("…"))
        #expect(article.title.count <= 101)
        #expect(article.paragraphs.map(\.role) == [.body, .body])
    }

    @Test func debrisAndCutMarkersIgnoreCaseAndAccents() throws {
        let article = try TestSupport.parse("MENU\n\nTitre\n\nTexte. Autre.\n\nnouveau commentaire:\n\nAutres infos\n\nAutre titre")
        #expect(article.paragraphs.map(\.role) == [.boilerplate, .title, .body, .boilerplate, .boilerplate, .boilerplate])
        #expect(article.paragraphs[0].sentences.isEmpty)
    }

    @Test(arguments: ["À lire aussi : autre chose", "Lire aussi : la suite", "LIRE AUSSI - la suite", "A lire : X"])
    func teasers(line: String) throws {
        let article = try TestSupport.parse("Titre\n\nTexte.\n\(line)\nSuite du texte.")
        let sentences = article.paragraphs[1].sentences
        #expect(sentences.map(\.style) == [.text, .teaser, .text])
    }

    @Test func notTeaser() throws {
        let article = try TestSupport.parse("Titre\n\nA lireuse de bonne aventure. Lire est bon.")
        #expect(article.paragraphs[1].sentences.allSatisfy { $0.style == .text })
    }
}
