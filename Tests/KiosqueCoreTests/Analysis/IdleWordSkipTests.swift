import Foundation
import Testing
@testable import KiosqueCore

/// The recogniser skips the name rules at lower-case words that open none (`opensNoRule`): the
/// skip must change no result. A new rule that can start at a lower-case word without adding its
/// category to `lowercaseOpeners` fails here.
@Suite struct IdleWordSkipTests {
    static let recognizer = Result { try EntityRecognizer.bundled() }

    func same(_ text: String) throws -> Bool {
        let recognizer = try Self.recognizer.get()
        return recognizer.entities(in: text, skippingIdleWords: true) == recognizer.entities(in: text, skippingIdleWords: false)
    }

    @Test("the seeds and sentences for every rule give the same entities with and without the skip")
    func seedsAndRules() throws {
        for name in ["000_214017a4d4061c86", "004_45fef588cce4af94"] {
            #expect(try same(String(contentsOfFile: TestSupport.seed(name), encoding: .utf8)), "\(name)")
        }
        let sentences = [
            "Le prix Nobel de la paix, les gilets jaunes et le ministre de l'Intérieur Christophe Castaner.",
            "Le tribunal administratif de Cergy, la commune de Riorges, près de Valbrune, selon le Parisien.",
            "La gendarmerie nationale (afp) et une rue de Paris ; le golfe de Guinée, la mer des Caraïbes.",
            "Le président vénézuélien Nicolas Maduro et le groupe Wagner, l'agence Anadolu, au Mali.",
        ]
        for sentence in sentences { #expect(try same(sentence), "\(sentence)") }
    }

    @Test("the first 400 corpus articles give the same entities with and without the skip",
          .enabled(if: FileManager.default.fileExists(atPath: TestSupport.corpus), "shared corpus not found beside the repository"))
    func corpus() throws {
        let articles = ArticleFiles.load(paths: [TestSupport.corpus]).articles.prefix(400)
        try #require(articles.count == 400)
        let differing = try articles.filter { try !same($0.text) }.map(\.id.rawValue)
        #expect(differing.isEmpty, "articles whose entities differ: \(differing.prefix(10))")
    }
}
