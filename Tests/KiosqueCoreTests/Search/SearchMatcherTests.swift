import Testing
@testable import KiosqueCore

@Suite struct SearchMatcherTests {
    func hits(_ query: String, _ text: String) throws -> [String] {
        let scalars = Array(text.unicodeScalars)
        return try SearchMatcher(SearchQuery(query)).ranges(in: text).map { scalars.string($0) }
    }

    @Test("accents and case: electricite finds Électricité, Defense finds défense")
    func accentsAndCase() throws {
        #expect(try hits("electricite", "Le prix de l'Électricité et de l’électricité.") == ["Électricité", "électricité"])
        #expect(try hits("Defense", "La défense nationale, DÉFENSE.") == ["défense", "DÉFENSE"])
        #expect(try hits("électricité", "electricite sans accents") == ["electricite"])
    }

    @Test("elisions: energie and l'energie find l’énergie; words are whole")
    func elisions() throws {
        #expect(try hits("energie", "Le prix de l’énergie et de l'énergie, énergies.") == ["énergie", "énergie"])
        #expect(try hits("l'energie", "Le prix de l’énergie, d’énergie.") == ["l’énergie"])
        #expect(try hits("aujourd", "aujourd’hui") == ["aujourd"])
    }

    @Test("ligatures: coeur finds cœur, oeuvre finds Œuvre, ecoeurant finds écœurant")
    func ligatures() throws {
        #expect(try hits("coeur", "Au cœur de la ville") == ["cœur"])
        #expect(try hits("oeuvre", "Une Œuvre") == ["Œuvre"])
        #expect(try hits("ecoeurant", "C’est écœurant") == ["écœurant"])
        #expect(try hits("cœur", "coeur") == ["coeur"])
    }

    @Test("prefixes: nucl* finds nucléaire and Nucléaires, not anucléaire")
    func prefixes() throws {
        #expect(try hits("nucl*", "Le nucléaire, les centrales Nucléaires, un monde anucléaire.") == ["nucléaire", "Nucléaires"])
    }

    @Test("phrases: words next to each other and in order, the whole phrase as one range")
    func phrases() throws {
        #expect(try hits("\"energie nucleaire\"", "L’énergie nucléaire, nucléaire énergie, énergie très nucléaire.") == ["énergie nucléaire"])
        #expect(try hits("\"gilets jaunes\"", "Les « gilets\njaunes »") == ["gilets\njaunes"])
    }

    @Test("no match: nothing found, and an article matches only when every term occurs")
    func noMatch() throws {
        #expect(try hits("charbon", "Le prix de l’électricité").isEmpty)
        let article = try TestSupport.parse("Le titre\n\nLe prix de l’électricité monte.\n")
        let both = SearchMatcher(try SearchQuery("electricite charbon")).matches(in: article)
        #expect(!both.isMatch)
        #expect(both.text.count == 1)
        let one = SearchMatcher(try SearchQuery("electricite titre")).matches(in: article)
        #expect(one.isMatch)
    }

    @Test("article matches: ranges in the title and the shown text; page debris is not searched; n/N steps")
    func articleMatches() throws {
        let text = "Électricité : les prix\n\nLe prix de l’électricité monte. L'électricité coûte.\n\nMenu\n\nAUTRES INFOS\n\nL’électricité ailleurs\n"
        let article = try TestSupport.parse(text)
        let matches = SearchMatcher(try SearchQuery("electricite")).matches(in: article)
        let scalars = Array(text.unicodeScalars)
        #expect(matches.text.map { scalars.string($0) } == ["électricité", "électricité"])
        #expect(matches.text.allSatisfy { $0.start > 24 && $0.end < 80 })
        let title = Array(article.title.unicodeScalars)
        #expect(matches.title.map { title.string($0) } == ["Électricité"])
        #expect(matches.next(after: matches.text[0].start) == matches.text[1])
        #expect(matches.previous(before: matches.text[1].start) == matches.text[0])
        #expect(matches.next(after: matches.text[1].start) == nil)
    }
}
