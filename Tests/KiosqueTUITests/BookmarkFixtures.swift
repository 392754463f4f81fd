import Foundation
import KiosqueCore
@testable import KiosqueTUI

/// Bookmarks on the fixture articles, made at known times (newest last).
enum BookmarkFixtures {
    /// The range of the first occurrence of `needle` in an article's text.
    static func range(of needle: String, in article: Article) -> TextRange {
        let scalars = Array(article.text.unicodeScalars)
        let pattern = Array(needle.unicodeScalars)
        for start in 0...(scalars.count - pattern.count) where Array(scalars[start..<(start + pattern.count)]) == pattern {
            return TextRange(start, start + pattern.count)
        }
        preconditionFailure("\(needle) is not in \(article.id)")
    }

    /// A bookmark on a sentence of an article, made `minute` minutes after a fixed time.
    static func bookmark(_ needle: String, in article: Article, note: String = "", sectors: [String] = [],
                         minute: Int) -> Bookmark {
        var draft = BookmarkDraft(article: article, range: range(of: needle, in: article), analysis: nil, entities: [])
        draft.note = note
        draft.sectors = sectors
        return draft.bookmark(id: BookmarkID(), at: Date(timeIntervalSince1970: 1_700_000_000 + Double(minute) * 60))
    }

    static let lavrov = "Ils se sont entretenus avec Sergueï Lavrov, le chef de la diplomatie russe."
    static let kidal = "La diplomatie malienne s’est félicitée des avancées considérables enregistrées en matière de défense et d’intégrité territoriale du Mali, grâce à l’aide, dit-elle, de la Russie."

    /// On mali (défense), anadolu (défense, diplomatie), an article not loaded, and a detached
    /// one on mali: oldest to newest.
    static let four: [Bookmark] = {
        let absent = Fixtures.article(id: "999_absent", title: "Un article absent", date: Fixtures.date,
                                      paragraphs: [["Une phrase d’un article que le corpus n’a pas."]])
        var detached = bookmark("L’objectif de cette visite : la diversification du partenariat qui lie les deux pays.",
                                in: Fixtures.mali, note: "ancien texte", minute: 3)
        detached.article.textHash = ContentHash(high: 0, low: 0)
        detached.quote = TextQuote(exact: "Cette phrase a disparu de l’article depuis longtemps.", prefix: "", suffix: "")
        return [
            bookmark(lavrov, in: Fixtures.mali, note: "Lavrov reçoit", sectors: ["défense"], minute: 0),
            bookmark(kidal, in: Fixtures.anadolu, note: "reprise de Kidal", sectors: ["défense", "diplomatie"], minute: 1),
            bookmark("Une phrase d’un article que le corpus n’a pas.", in: absent, sectors: ["énergie"], minute: 2),
            detached,
        ]
    }()
}
