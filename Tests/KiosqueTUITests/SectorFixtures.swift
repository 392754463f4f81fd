import KiosqueCore
@testable import KiosqueTUI

/// A small hand-written taxonomy and articles whose sectors are known, so the reader's tests do
/// not depend on the bundled vocabulary's tuning.
enum SectorFixtures {
    /// défense, énergie, éducation (the names the key map's `1`, `2`, `3` use), and santé.
    static let taxonomyText = """
        sector\tdéfense\tDEF\tred
        \tmilitaire*\t3
        \tarmée*\t3
        sector\ténergie\tENE\tyellow
        \télectricité\t3
        \tnucléaire*\t3
        \tgaz\t2
        sector\téducation\tEDU\tcyan
        \tenseignant*\t3
        \técole*\t3
        sector\tsanté\tSAN\tbright-red
        \thôpita*\t3

        """

    // The text above is a constant of the tests, not input: a parse error is a broken test.
    static let classifier = SectorClassifier(taxonomy: try! SectorTaxonomy.parse(taxonomyText, file: "test.tsv"))

    static let defense = 0, energySector = 1, education = 2, health = 3

    /// Énergie central, éducation mentioned. Body paragraphs are 2...6 (0 is `Menu`, 1 the title):
    /// énergie passages start at (2, 0), (4, 0) (two sentences) and (6, 0).
    static var energy: Article {
        Fixtures.article(id: "200_energie", title: "Hiver tendu pour les ménages", date: Fixtures.date, paragraphs: [
            ["Le prix de l’électricité augmente encore cet hiver.", "Les ménages paient plus cher."],
            ["Le gouvernement parle de la réforme des retraites.", "Rien de plus."],
            ["Les centrales nucléaires tournent à plein.", "Le gaz manque.", "Les ministres se réunissent."],
            ["La rentrée des enseignants approche.", "Les écoles rouvrent."],
            ["Le parc nucléaire vieillit."],
        ])
    }

    /// Éducation central.
    static var school: Article {
        Fixtures.article(id: "300_ecole", title: "Les écoles de Lille", date: Fixtures.date, paragraphs: [
            ["Les enseignants de Lille manifestent.", "Les écoles ferment."],
            ["Les enseignants demandent des moyens.", "Le chauffage au gaz est en panne."],
        ])
    }

    /// mali, anadolu, undated, energy, school.
    static var articles: [Article] { [Fixtures.mali, Fixtures.anadolu, Fixtures.undated, energy, school] }

    /// Compact results by hand: mali défense 2 (19) and énergie 1 (1); anadolu défense 2 (12);
    /// undated nothing; energy énergie 2 (11) and éducation 1 (6); school éducation 2 (15) and
    /// énergie 1 (3).
    static var results: [Int: ArticleSectors] {
        func entry(_ sector: Int, _ level: SectorLevel, _ score: Float) -> ArticleSectors.Entry {
            ArticleSectors.Entry(sector: UInt8(sector), level: level, score: score)
        }
        return [
            0: ArticleSectors(entries: [entry(defense, .central, 19), entry(energySector, .mentioned, 1)]),
            1: ArticleSectors(entries: [entry(defense, .central, 12)]),
            2: ArticleSectors(entries: []),
            3: ArticleSectors(entries: [entry(energySector, .central, 11), entry(education, .mentioned, 6)]),
            4: ArticleSectors(entries: [entry(education, .central, 15), entry(energySector, .mentioned, 3)]),
        ]
    }

    /// The sectors of the taxonomy above.
    static let sectorCount = 4

    /// The five articles with every result (by hand) in the catalogue and the classifier in, the
    /// first article open.
    static func state(width: Int = 120, height: Int = 40, language: Language = .english,
                      colors: ColorSupport = .system16, entities: [Int: [Entity]] = [:], order: ListOrder = .corpus) -> AppState {
        var state = Fixtures.state(articles, width: width, height: height, language: language, colors: colors,
                                   entities: entities, sectors: results, sectorCount: sectorCount, order: order)
        state.send(.sectorsLoaded(classifier))
        return state
    }
}

extension AppState {
    /// The articles of the list, in list order.
    var listedArticles: [Int] { (0..<listCount).compactMap { article(atRow: $0) } }
}
