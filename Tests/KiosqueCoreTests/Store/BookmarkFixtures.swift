import Foundation
@testable import KiosqueCore

/// Articles and bookmarks for the store and export tests.
enum BookmarkFixtures {
    static let kidal = """
        Le Mali et la Russie ont réaffirmé leur coopération en matière de défense.

        Diop a précisé que « cette relation bilatérale stratégique a permis à l’armée malienne de récupérer la ville stratégique de Kidal ».

        De son côté, Sergueï Lavrov a salué la visite.
        """

    static let passage = "cette relation bilatérale stratégique a permis à l’armée malienne de récupérer la ville stratégique de Kidal"

    /// An article whose text is `text`, parsed as a text file.
    static func article(_ text: String = kidal, id: String = "kidal") throws -> Article {
        try TestSupport.parse(text, id: id)
    }

    /// The code point range of the first occurrence of `needle` in `text` (after `from`).
    static func range(of needle: String, in text: String, from: Int = 0) -> TextRange? {
        let hay = Array(text.unicodeScalars), pin = Array(needle.unicodeScalars)
        guard pin.count <= hay.count, from <= hay.count - pin.count else { return nil }
        for start in from...(hay.count - pin.count) where Array(hay[start..<start + pin.count]) == pin {
            return TextRange(start, start + pin.count)
        }
        return nil
    }

    /// A bookmark on the first occurrence of `needle` in `text`.
    static func bookmark(on needle: String, in text: String = kidal, note: String = "", sectors: [String] = [],
                         created: Date = Date(timeIntervalSince1970: 1_709_200_000.123), id: String = "kidal") throws -> Bookmark {
        let article = try self.article(text, id: id)
        guard let range = range(of: needle, in: text) else { throw FixtureError(description: "`\(needle)` not in the text") }
        return Bookmark(article: article, range: range, note: note, sectors: sectors, at: created)
    }

    /// A bookmark built field by field, for exports (no article needed).
    static func made(quote: String, note: String = "", title: String = "Titre", sectors: [String] = [],
                     entities: [BookmarkEntity] = [], date: ArticleDate? = ArticleDate(year: 2024, month: 2, day: 29),
                     articleID: String = "a1", url: String? = "https://example.org/article",
                     start: Int = 10, created: Double = 1_709_200_000.5) -> Bookmark {
        Bookmark(article: ArticleReference(id: ArticleID(articleID), location: "/corpus/\(articleID).txt",
                                           textHash: ContentHash(of: quote), title: title, date: date,
                                           source: "Source", url: url),
                 range: TextRange(start, start + quote.unicodeScalars.count),
                 quote: TextQuote(exact: quote, prefix: "avant ", suffix: " après"), note: note,
                 sectors: sectors, entities: entities, created: Date(timeIntervalSince1970: created))
    }
}

struct FixtureError: Error, CustomStringConvertible {
    var description: String
}
