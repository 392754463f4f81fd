import KiosqueCore
@testable import KiosqueTUI

/// The sector fixtures plus an article with an elision and a phrase, searched through the
/// catalogue by `FixtureCorpus` (the fixture articles, `SearchMatcher`).
///
/// Articles: 0 mali (`la Défense`), 1 anadolu (`défense` in the title and twice in the text),
/// 2 undated, 3 energy (`l’électricité`, `nucléaires`, `nucléaire`, `gaz`), 4 school (`gaz`),
/// 5 transition (`l’énergie`, `centrales nucléaires`).
enum SearchFixtures {
    static var transition: Article {
        Fixtures.article(id: "400_transition", title: "La transition", date: Fixtures.date, paragraphs: [
            ["Le coût de l’énergie pèse sur les ménages.", "Les centrales nucléaires ferment une à une."],
            ["La politique énergétique change de cap."],
        ])
    }

    static var articles: [Article] { SectorFixtures.articles + [transition] }

    /// The six articles with the sector results of `SectorFixtures` in the catalogue (the
    /// transition article has none) and the classifier in, the first article open; `entities`
    /// in the stored analyses (and then the entity index in).
    static func state(width: Int = 120, height: Int = 40, language: Language = .english,
                      colors: ColorSupport = .system16, entities: [Int: [Entity]] = [:]) -> AppState {
        var state = Fixtures.state(articles, width: width, height: height, language: language, colors: colors,
                                   entities: entities, sectors: SectorFixtures.results, sectorCount: SectorFixtures.sectorCount)
        state.send(.sectorsLoaded(SectorFixtures.classifier))
        if !entities.isEmpty {
            state.send(.entityIndex(EntityArticleIndex.of(entities), catalogue: state.catalogueSerial))
        }
        return state
    }

    /// Answers searches at once, as the runtime's worker would later.
    static let service: any SearchService = FixtureCorpus.shared
}

extension AppState {
    /// Sends a key; every search it asks for is answered at once by `service` (nil: left
    /// unanswered, and returned among the effects); loads are answered by `FixtureCorpus`.
    @discardableResult
    mutating func send(_ key: Key, answering service: (any SearchService)? = SearchFixtures.service) -> [Effect] {
        send(.key(key), answering: service)
    }

    /// Presses keys by name, searches answered at once.
    @discardableResult
    mutating func keys(_ names: String...) -> [Effect] {
        var effects: [Effect] = []
        for name in names {
            guard let key = KeyName.parse(name) else { preconditionFailure("test uses an unknown key name \(name)") }
            effects += send(key)
        }
        return effects
    }

    /// Types text into whatever takes characters (the search prompt), searches answered at once.
    @discardableResult
    mutating func type(_ text: String, answering service: (any SearchService)? = SearchFixtures.service) -> [Effect] {
        text.flatMap { send(.character($0), answering: service) }
    }

    /// `/`, the text, searches answered at once.
    mutating func searchFor(_ text: String) {
        keys("/", "Ctrl-u")
        type(text)
    }

    /// The searches asked for among effects.
    static func requests(_ effects: [Effect]) -> [SearchRequest] {
        effects.compactMap { if case .search(let request) = $0 { request } else { nil } }
    }

    /// The text of the open article's sentence under the cursor.
    var cursorText: String? { reader.cursor.flatMap { openArticle?.sentence(at: $0)?.text } }
}
