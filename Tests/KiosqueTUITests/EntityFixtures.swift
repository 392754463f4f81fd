import KiosqueCore
@testable import KiosqueTUI

/// Hand-made recogniser results for the fixture articles: every whole-word occurrence of each
/// name, so the tests do not depend on the recogniser's rules.
enum EntityFixtures {
    /// Entities for every occurrence of each name in the article's text (code point offsets),
    /// sorted by position; `canonical` defaults to the name.
    static func mentions(in article: Article, _ names: [(String, EntityKind)], canonical: [String: String] = [:]) -> [Entity] {
        let scalars = Array(article.text.unicodeScalars)
        var found: [Entity] = []
        for (name, kind) in names {
            let needle = Array(name.unicodeScalars)
            guard needle.count <= scalars.count else { continue }
            for start in 0...(scalars.count - needle.count) where Array(scalars[start..<(start + needle.count)]) == needle {
                let before = start > 0 ? scalars[start - 1] : " "
                let after = start + needle.count < scalars.count ? scalars[start + needle.count] : " "
                if before.properties.isAlphabetic || after.properties.isAlphabetic { continue }
                found.append(Entity(kind: kind, range: TextRange(start, start + needle.count), text: name,
                                    canonical: canonical[name] ?? name))
            }
        }
        return found.sorted { $0.range.start < $1.range.start }
    }

    static var mali: [Entity] {
        mentions(in: Fixtures.mali, [
            ("Sergueï Lavrov", .person), ("Abdoulaye Diop", .person), ("Vladimir Poutine", .person),
            ("Russie", .location), ("Bamako", .location), ("Moscou", .location), ("Mali", .location),
            ("Affaires étrangères", .organization), ("Wagner", .organization),
            ("28 février", .date), ("2021", .date), ("Menu", .organization),
        ])
    }

    static var anadolu: [Entity] {
        mentions(in: Fixtures.anadolu, [("Mali", .location), ("Russie", .location), ("Anadolu", .organization)])
    }

    /// The entities of the default fixture articles (mali, anadolu, undated).
    static var all: [Int: [Entity]] { [0: mali, 1: anadolu, 2: []] }

    /// The default fixture state with every article's entities in the index and the entity
    /// index in.
    static func analysedState(width: Int = 120, height: Int = 40, language: Language = .english,
                              colors: ColorSupport = .system16) -> AppState {
        var state = Fixtures.state(width: width, height: height, language: language, colors: colors, entities: all)
        state.send(.entityIndex(EntityArticleIndex.of(all), catalogue: state.catalogueSerial))
        return state
    }
}

extension AppState {
    /// The text of the marked mention, if any.
    var markedText: String? {
        guard let mark = reader.mark, let article = openArticle else { return nil }
        let scalars = Array(article.text.unicodeScalars)[mark.start..<mark.end]
        return String(String.UnicodeScalarView(scalars))
    }
}
