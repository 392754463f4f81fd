import Testing
@testable import KiosqueCore

/// One entity, one name: spacing, case, accents and leading articles do not make two entities;
/// a bare surname stands for the clear full name; a place never becomes part of a person.
@Suite struct CanonicalEntityTests {
    static let recognizer = try? EntityRecognizer.bundled()

    private func person(_ text: String, canonical: String? = nil) -> Entity {
        Entity(kind: .person, range: TextRange(0, text.unicodeScalars.count), text: text, canonical: canonical ?? text)
    }

    @Test(arguments: ["Emmanuel\u{A0}Macron", "Emmanuel\u{202F}Macron", "Emmanuel \u{2009} Macron", "Emmanuel\nMacron", " Emmanuel Macron "])
    func anySpacingIsOneSpace(text: String) {
        #expect(EntityName.normalisedSpacing(text) == "Emmanuel Macron")
    }

    @Test func cleanNamesAreKeptAsTheyAre() {
        #expect(EntityName.normalisedSpacing("Édouard Philippe") == "Édouard Philippe")
        #expect(EntityName.normalisedSpacing("") == "")
    }

    @Test func identityIgnoresCaseAccentsSpacingAndAPlacesArticle() {
        #expect(EntityKey(kind: .person, name: "Édouard Philippe") == EntityKey(kind: .person, name: "Edouard\u{A0}PHILIPPE"))
        #expect(EntityKey(kind: .organization, name: "l’Opinion") == EntityKey(kind: .organization, name: "Opinion"))
        #expect(EntityKey(kind: .location, name: "La Rochelle") == EntityKey(kind: .location, name: "Rochelle"))
        // A person's `Le` is part of the name; types stay apart.
        #expect(EntityKey(kind: .person, name: "Le Pen") != EntityKey(kind: .person, name: "Pen"))
        #expect(EntityKey(kind: .person, name: "France") != EntityKey(kind: .location, name: "France"))
        #expect(EntityKey(kind: .person, name: "Emmanuel\u{A0}Macron").name == "Emmanuel Macron")
    }

    @Test func recognisedNamesHaveNoUnusualSpace() throws {
        let recognizer = try #require(Self.recognizer)
        let text = "Le président Emmanuel\u{A0}Macron a reçu Édouard\u{202F}Philippe le 17\u{A0}novembre 2018."
        let entities = recognizer.entities(in: text)
        #expect(entities.contains { $0.kind == .person && $0.text == "Emmanuel Macron" })
        for entity in entities {
            #expect(!entity.text.unicodeScalars.contains { $0 != " " && $0.properties.isWhitespace }, "\(entity.text)")
            #expect(!entity.canonical.unicodeScalars.contains { $0 != " " && $0.properties.isWhitespace })
        }
        // Ranges still point at the source text.
        let scalars = Array(text.unicodeScalars)
        let macron = try #require(entities.first { $0.text == "Emmanuel Macron" })
        #expect(String(String.UnicodeScalarView(scalars[macron.range.start..<macron.range.end])) == "Emmanuel\u{A0}Macron")
    }

    @Test func aPlaceKeepsItsOwnNameBesideAPersonEndingWithIt() throws {
        let recognizer = try #require(Self.recognizer)
        let text = "L'écrivaine Zahra France a parlé hier. La France a répondu. Elle vit en France depuis 2010."
        let france = recognizer.entities(in: text).filter { $0.text == "France" }
        #expect(!france.isEmpty)
        for entity in france {
            #expect(entity.kind == .location)
            #expect(entity.canonical == "France")
        }
    }

    @Test func theMostWrittenSpellingIsShownAndTheOthersAreVariants() {
        var entities: [Int: [Entity]] = [:]
        for article in 0..<5 { entities[article] = [person("Édouard Philippe")] }
        for article in 5..<7 { entities[article] = [person("Edouard\u{A0}Philippe")] }
        let index = EntityIndex.of(entities)
        let entries = index.entries(kind: .person)
        #expect(entries.count == 1)
        #expect(entries.first?.key.name == "Édouard Philippe")
        #expect(entries.first?.articleCount == 7)
        #expect(entries.first?.variants == ["Edouard Philippe"])
        #expect(index.canonical(EntityKey(kind: .person, name: "edouard philippe")).name == "Édouard Philippe")
    }

    @Test func aBareSurnameStandsForTheClearFullName() throws {
        var entities: [Int: [Entity]] = [:]
        for article in 0..<8 { entities[article] = [person("Macron", canonical: "Emmanuel Macron")] }
        entities[8] = [person("Brigitte Macron")]
        for article in 9..<12 { entities[article] = [person("Macron")] }
        let index = EntityIndex.of(entities)
        let full = EntityKey(kind: .person, name: "Emmanuel Macron")
        let bare = EntityKey(kind: .person, name: "Macron")
        #expect(index.articles(mentioning: full) == Array(0..<8) + Array(9..<12))
        #expect(index.articles(mentioning: bare) == index.articles(mentioning: full))
        #expect(index.canonical(bare).name == "Emmanuel Macron")
        #expect(index.articles(matching: try #require(EntityQuery("Emmanuel Macron"))) == Array(0..<8) + Array(9..<12))
        #expect(index.articles(mentioning: EntityKey(kind: .person, name: "Brigitte Macron")) == [8])
        // A whole name gives that entity's articles, as `f` does, not a longer name's holding it;
        // one word gives every name holding it.
        var more = entities
        more[12] = [person("Emmanuel Macron Junior")]
        let wider = EntityIndex.of(more)
        #expect(wider.articles(matching: try #require(EntityQuery("emmanuel  MACRON"))) == wider.articles(mentioning: full))
        #expect(wider.articles(matching: try #require(EntityQuery("macron"))) == Array(0..<13))
        let entry = try #require(index.entries(kind: .person).first)
        #expect(entry.key.name == "Emmanuel Macron" && entry.articleCount == 11)
        #expect(entry.variants.contains("Macron"))
        #expect(!index.entries(kind: .person).contains { $0.key == bare })
    }

    @Test func aBareSurnameWithoutAClearFullNameStaysItself() {
        var entities: [Int: [Entity]] = [:]
        for article in 0..<4 { entities[article] = [person("Jean Martin")] }
        for article in 4..<7 { entities[article] = [person("Marie Martin")] }
        for article in 7..<9 { entities[article] = [person("Martin")] }
        let ambiguous = EntityIndex.of(entities)
        #expect(ambiguous.articles(mentioning: EntityKey(kind: .person, name: "Martin")) == [7, 8])
        // A full name in too few articles, or rarer than the bare name, is not clear either.
        var rare: [Int: [Entity]] = [:]
        for article in 0..<2 { rare[article] = [person("Paul Durand")] }
        for article in 2..<4 { rare[article] = [person("Durand")] }
        #expect(EntityIndex.of(rare).articles(mentioning: EntityKey(kind: .person, name: "Durand")) == [2, 3])
        var outnumbered: [Int: [Entity]] = [:]
        for article in 0..<3 { outnumbered[article] = [person("Paul Durand")] }
        for article in 3..<10 { outnumbered[article] = [person("Durand")] }
        #expect(EntityIndex.of(outnumbered).articles(mentioning: EntityKey(kind: .person, name: "Durand")) == Array(3..<10))
    }

    @Test func sortedUnionKeepsEachPositionOnce() {
        #expect(SortedIndices.union([1, 3, 5], [2, 3, 6]) == [1, 2, 3, 5, 6])
        #expect(SortedIndices.union([Int32](), [4]) == [4])
    }
}

/// Short forms of a person's name inside one article.
@Suite struct ShortFormTests {
    @Test func aParticleStaysInTheShortForm() throws {
        let recognizer = try EntityRecognizer.bundled()
        let text = "Le ministre Bruno Le Maire a parlé. Le maire de la ville a répondu. Puis Le Maire est reparti."
        let entities = recognizer.entities(in: text)
        let persons = entities.filter { $0.kind == .person }
        #expect(persons.map(\.canonical) == ["Bruno Le Maire", "Bruno Le Maire"])
        #expect(persons.last?.text == "Le Maire")
        #expect(!entities.contains { $0.text.lowercased() == "maire" })
    }
}
