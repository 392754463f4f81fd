import Foundation
import Testing
@testable import KiosqueCore

/// Sector words read scalar by scalar (the cold index's hot path) are the words read character by
/// character: same words, separators, capitals, sentence starts and offsets.
@Suite struct SectorTokensTests {
    func both(_ text: String) -> (fast: [SectorTokens.Token]?, characters: [SectorTokens.Token]) {
        let folded = Folding.fold(text)
        return (SectorTokens.fastTokens(text, folded: folded), SectorTokens.characterTokens(text, folded: folded))
    }

    @Test func frenchTextReadsTheSameEitherWay() throws {
        let texts = [
            "Le ministre de la Défense, Florence Parly, a visité l’École. Puis : « Les armées » !",
            "Première ligne\nDeuxième ligne\r\nTroisième ligne\rQuatrième. Œuvre, ÉTÉ 2019 ; 3e RPIMa…",
            "  — Réunion à 17\u{A0}h 30 – voilà ? oui! N°1 « \u{202F}»",
            "ß ÿ Ÿ ı ½ ² ª º",
            "",
        ]
        for text in texts {
            let (fast, characters) = both(text)
            let read = try #require(fast, "\(text)")
            #expect(read == characters, "\(text)")
        }
        let (_, sample) = both("Le ministre.\nLa Défense")
        #expect(sample.map(\.word) == ["le", "ministre", "la", "defense"])
        #expect(sample.map(\.sentenceStart) == [true, false, true, false])
        #expect(sample.map(\.capitalised) == [true, false, true, true])
        #expect(sample.map(\.offset) == [0, 3, 13, 16])
        #expect(sample[2].separator == ".")
    }

    @Test func aCRLFIsNoLineEndInEitherReading() throws {
        let (fast, characters) = both("un\r\nDeux")
        #expect(try #require(fast) == characters)
        #expect(characters.map(\.sentenceStart) == [true, false])
    }

    @Test func textWithJoiningMarksOrOtherScriptsIsReadByCharacters() {
        #expect(both("Cafe\u{301} noir").fast == nil)
        #expect(both("Ελλάδα").fast == nil)
        #expect(both("emoji 👍🏽 ok").fast == nil)
        #expect(both("a\u{200D}b").fast == nil)
        // Letters that fold to a letter and a combining mark (`İ` to `i̇`) are read by characters.
        for text in ["Cafe\u{301} noir", "Ǆemal ǅ İstanbul", "5 µm ĳ Ĳ"] {
            let (fast, characters) = both(text)
            if let fast { #expect(fast == characters) }
            #expect(SectorTokens.tokens(text) == characters)
        }
    }

    static let corpus = TestSupport.corpus

    @Test("every paragraph of the first 400 articles of the shared corpus reads the same either way",
          .enabled(if: FileManager.default.fileExists(atPath: corpus), "shared corpus not found beside the repository"))
    func corpusReadsTheSame() throws {
        let articles = ArticleFiles.load(paths: [Self.corpus]).articles.prefix(400)
        try #require(articles.count == 400)
        var fastRead = 0
        var paragraphs = 0
        for article in articles {
            for paragraph in article.paragraphs {
                paragraphs += 1
                let text = paragraph.sentences.map(\.text).joined(separator: " ")
                let (fast, characters) = both(text)
                if let fast {
                    fastRead += 1
                    #expect(fast == characters, "\(article.id.rawValue)")
                }
            }
        }
        // All but the paragraphs with emoji and pictographs (7 articles of the 400).
        #expect(Double(fastRead) >= 0.97 * Double(paragraphs), "\(fastRead) of \(paragraphs)")
    }
}
