import Testing
@testable import KiosqueCore

@Suite struct SearchQueryTests {
    @Test("a term repeated is searched once; more than maxTerms distinct terms is refused with a reason")
    func repeatedAndTooManyTerms() throws {
        let repeated = try SearchQuery(Array(repeating: "macron", count: 1_700).joined(separator: " ") + " Macron MACRON")
        #expect(repeated.terms == [SearchTerm(words: ["macron"])])
        let prefixes = try SearchQuery(Array(repeating: "a*", count: 2_000).joined(separator: " "))
        #expect(prefixes.terms == [SearchTerm(words: ["a"], lastIsPrefix: true)])
        #expect(try SearchQuery("gaz gaz* \"gaz\"").terms.count == 3) // a word, a prefix, a phrase: three terms
        let many = (0..<40).map { "mot\($0)" }.joined(separator: " ")
        #expect(throws: SearchQueryError.tooManyTerms(40)) { try SearchQuery(many) }
        #expect(try SearchQuery((0..<32).map { "mot\($0)" }.joined(separator: " ")).terms.count == 32)
    }

    @Test("words, phrases and prefixes become folded terms")
    func terms() throws {
        let query = try SearchQuery("Électricité \"énergie NUCLÉAIRE\" nucl* cœur")
        #expect(query.terms == [
            SearchTerm(words: ["electricite"]),
            SearchTerm(words: ["energie", "nucleaire"], quoted: true),
            SearchTerm(words: ["nucl"], lastIsPrefix: true),
            SearchTerm(words: ["coeur"]),
        ])
        #expect(query.ftsExpression == "\"electricite\" \"energie nucleaire\" \"nucl\"* \"coeur\"")
    }

    @Test("apostrophes and hyphens split a typed word into a phrase: l'energie, l’énergie, porte-avions")
    func elisions() throws {
        #expect(try SearchQuery("l'energie").terms == [SearchTerm(words: ["l", "energie"])])
        #expect(try SearchQuery("l’énergie").terms == [SearchTerm(words: ["l", "energie"])])
        #expect(try SearchQuery("porte-av*").terms == [SearchTerm(words: ["porte", "av"], lastIsPrefix: true)])
    }

    @Test("guillemets and typographic quotes make phrases; a prefix after a phrase")
    func quotes() throws {
        #expect(try SearchQuery("«gilets jaunes»").terms == [SearchTerm(words: ["gilets", "jaunes"], quoted: true)])
        #expect(try SearchQuery("“energie nucl”*").terms == [SearchTerm(words: ["energie", "nucl"], lastIsPrefix: true, quoted: true)])
    }

    @Test("FTS5 operators and punctuation are plain words or ignored, never syntax")
    func noSyntax() throws {
        let query = try SearchQuery("NOT energie OR (defense) AND NEAR ^col:x -")
        #expect(query.terms.map(\.words) == [["not"], ["energie"], ["or"], ["defense"], ["and"], ["near"], ["col", "x"]])
        #expect(!query.ftsExpression.contains("("))
    }

    @Test("while typing, the last bare word is a prefix; not after a space or in quotes")
    func typing() throws {
        #expect(try SearchQuery("energie nucl", typing: true).terms.map(\.lastIsPrefix) == [false, true])
        #expect(try SearchQuery("energie nucl ", typing: true).terms.map(\.lastIsPrefix) == [false, false])
        #expect(try SearchQuery("\"energie nucl\"", typing: true).terms.map(\.lastIsPrefix) == [false])
        #expect(try SearchQuery("energie nucl").terms.map(\.lastIsPrefix) == [false, false])
        #expect(try SearchQuery("energie n", typing: true).terms.map(\.lastIsPrefix) == [false, false])
        #expect(try SearchMatcher(SearchQuery("l'ener", typing: true)).ranges(in: "de l’énergie").count == 1)
    }

    @Test("bad queries: empty, only spaces, unbalanced quote, only punctuation")
    func badQueries() {
        #expect(throws: SearchQueryError.empty) { try SearchQuery("") }
        #expect(throws: SearchQueryError.empty) { try SearchQuery("   ") }
        #expect(throws: SearchQueryError.unbalancedQuote) { try SearchQuery("\"energie nucleaire") }
        #expect(throws: SearchQueryError.noWords) { try SearchQuery("*** ?! «»") }
        #expect(throws: SearchQueryError.noWords) { try SearchQuery("*") }
        #expect(SearchQueryError.unbalancedQuote.description.contains("\""))
    }
}
