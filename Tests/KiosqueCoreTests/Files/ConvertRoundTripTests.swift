import Foundation
import Testing
@testable import KiosqueCore

/// `kiosque convert`'s drafts (`ArticleDraft(article)`) read back as JSONL give the same titles,
/// dates, sources, authors and shown paragraphs.
@Suite struct ConvertRoundTripTests {
    /// The drafts of `articles` as JSONL lines, as the command writes them (absent values null).
    static func jsonl(_ articles: [Article]) throws -> String {
        try articles.map { article in
            let draft = ArticleDraft(article)
            let object: [String: Any] = [
                "id": draft.id ?? NSNull(), "title": draft.title ?? NSNull(), "date": draft.date?.iso8601 ?? NSNull(),
                "url": draft.url ?? NSNull(), "source": draft.source ?? NSNull(), "author": draft.author ?? NSNull(),
                "language": draft.language ?? NSNull(), "text": draft.text,
            ]
            return String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self)
        }.joined(separator: "\n") + "\n"
    }

    static func shown(_ article: Article) -> [String] {
        article.bodyParagraphs.map { $0.sentences.map(\.text).joined(separator: " ") }
    }

    static func expectSame(_ original: [Article], _ back: [Article]) {
        #expect(back.count == original.count)
        for (a, b) in zip(original, back) {
            #expect(b.id == a.id)
            #expect(b.title == a.title, "\(a.id)")
            #expect(b.date == a.date, "\(a.id)")
            #expect(b.source == a.source && b.url == a.url && b.author == a.author, "\(a.id)")
            #expect(shown(b) == shown(a), "\(a.id)")
        }
    }

    @Test("the folder of issue 13 (pages, feeds, notes) and a note that is one line: the same once read back")
    func formats() throws {
        let folder = try TemporaryFolder()
        try FormatFixtures.writeFolder(folder.url, extras: false)
        try folder.write("seule.txt", "Une seule ligne sans titre.\n")
        try folder.write("datée.txt", "15 mars 2024\n\nLe texte commence ici.\nEt continue là.\n\nFin du texte.\n")
        let original = ArticleFiles.load(paths: [folder.path]).articles
        #expect(original.count == 10)
        let only = try #require(original.first { $0.id.rawValue == "seule" })
        #expect(only.titleIsDerived && ArticleDraft(only).title == nil && ArticleDraft(only).text == "Une seule ligne sans titre.")
        let out = try folder.write("out/converti.jsonl", try Self.jsonl(original))
        Self.expectSame(original, ArticleFiles.load(paths: [out]).articles)
    }

    @Test("the shared corpus (5,030 articles, page debris included): the same once read back",
          .enabled(if: FileManager.default.fileExists(atPath: CorpusTests.corpus), "shared corpus not found beside the repository"))
    func sharedCorpus() throws {
        let original = ArticleFiles.load(paths: [CorpusTests.corpus]).articles
        #expect(original.count == 5_030)
        let folder = try TemporaryFolder()
        let out = try folder.write("converti.jsonl", try Self.jsonl(original))
        Self.expectSame(original, ArticleFiles.load(paths: [out]).articles)
    }
}
