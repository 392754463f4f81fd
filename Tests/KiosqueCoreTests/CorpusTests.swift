import Foundation
import Testing
@testable import KiosqueCore

/// Tests on `shared/` beside the repository (never copied into it); skipped when it is absent.
@Suite("Shared corpus and gold")
struct CorpusTests {
    static let corpus = TestSupport.corpus
    static let gold = TestSupport.sharedFolder.appendingPathComponent("eval/dev-gold.jsonl").path

    static func check(_ article: Article) {
        let scalars = Array(article.text.unicodeScalars)
        #expect(article.paragraphs.map(\.range) == TestSupport.scorerParagraphs(article.text), "\(article.id)")
        for paragraph in article.paragraphs {
            #expect(paragraph.range.start >= 0 && paragraph.range.end <= scalars.count)
            for sentence in paragraph.sentences {
                #expect(paragraph.range.start <= sentence.range.start && sentence.range.end <= paragraph.range.end)
                #expect(!sentence.range.isEmpty)
                #expect(scalars.string(sentence.range) == sentence.text)
            }
        }
        #expect(!article.title.isEmpty)
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: corpus), "shared corpus not found beside the repository"))
    func corpusLoads() throws {
        let clock = ContinuousClock()
        var result = LoadResult()
        let elapsed = clock.measure { result = ArticleFiles.load(paths: [Self.corpus]) }
        print("Loaded \(result.articles.count) articles, \(result.articles.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + $1.sentences.count } }) sentences in \(elapsed)")
        #expect(result.issues.isEmpty, "\(result.issues.prefix(5))")
        #expect(result.articles.count == 5030)
        #expect(Set(result.articles.map(\.id)).count == 5030)
        #expect(result.articles.filter { $0.date != nil }.count >= 2352)
        for article in result.articles { Self.check(article) }
    }

    @Test(.enabled(if: FileManager.default.fileExists(atPath: gold), "gold file not found beside the repository"))
    func goldTextsAreIdentical() throws {
        let result = ArticleFiles.load(paths: [Self.gold])
        #expect(result.issues.isEmpty)
        let data = try Data(contentsOf: URL(fileURLWithPath: Self.gold))
        let lines = data.split(separator: 0x0A).filter { !$0.isEmpty }
        #expect(result.articles.count == lines.count)
        for (article, line) in zip(result.articles, lines) {
            let object = try #require(try JSONSerialization.jsonObject(with: line) as? [String: Any])
            #expect(article.id.rawValue == object["id"] as? String)
            #expect(article.text == object["text"] as? String)
            #expect(article.text.unicodeScalars.elementsEqual((object["text"] as? String ?? "").unicodeScalars))
            if let labels = object["paragraph_sectors"] as? [Any] {
                #expect(article.paragraphs.count == labels.count, "\(article.id)")
            }
            Self.check(article)
        }
    }
}
