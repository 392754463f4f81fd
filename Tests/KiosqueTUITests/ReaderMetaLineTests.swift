import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("The reader's date and source line")
struct ReaderMetaLineTests {
    @Test func aFileShowsItsNameOnceAJSONLArticleItsSourceAndID() {
        var file = Fixtures.article(id: "004_45fef588cce4af94", title: "Kidal", date: ArticleDate(year: 2024, month: 3),
                                    paragraphs: [[S("Le Mali et la Russie.")]])
        file.location = "/data/seeds/004_45fef588cce4af94.txt"
        #expect(ReaderView.metaLine(file) == "2024-03 · 004_45fef588cce4af94.txt")

        var line = Fixtures.article(id: "presse-12", title: "Gilets jaunes", source: "La DH",
                                    paragraphs: [[S("Les manifestants se rassemblent.")]])
        line.location = "corpus.jsonl:12"
        #expect(ReaderView.metaLine(line) == "La DH · presse-12")
    }
}
