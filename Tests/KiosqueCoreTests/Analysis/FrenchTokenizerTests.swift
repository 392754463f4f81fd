import Testing
@testable import KiosqueCore

@Suite struct FrenchTokenizerTests {
    let tokenizer = FrenchTokenizer()

    func texts(_ s: String) -> [String] { tokenizer.tokens(in: s).map(\.text) }

    @Test func elisionsWithBothApostrophes() {
        #expect(texts("l’Algérie d'Anadolu qu’il") == ["l’", "Algérie", "d'", "Anadolu", "qu’", "il"])
        #expect(tokenizer.tokens(in: "l’Algérie").first?.kind == .elision)
        #expect(tokenizer.tokens(in: "L'Élysée").first?.folded == "l'")
        #expect(texts("jusqu’à aujourd’hui") == ["jusqu’", "à", "aujourd’hui"])
    }

    @Test func hyphenatedWordsStayWhole() {
        #expect(texts("le sommet Russie-Afrique de Jean-Claude") == ["le", "sommet", "Russie-Afrique", "de", "Jean-Claude"])
        #expect(texts("2028-2035") == ["2028", "-", "2035"])
        // An elided `d’` after a hyphen and before a capital is inside the name.
        #expect(texts("le Val-d’Oise et Saint-Jean-d'Angély") == ["le", "Val-d’Oise", "et", "Saint-Jean-d'Angély"])
        #expect(texts("un arc-d’ogive, Côte-d’ici") == ["un", "arc-d", "’", "ogive", ",", "Côte-d", "’", "ici"])
        // So does an elided `l’` (`Gonfreville-l’Orcher`).
        #expect(texts("à Gonfreville-l’Orcher et Marigny-L'Église") == ["à", "Gonfreville-l’Orcher", "et", "Marigny-L'Église"])
        // Any hyphen the tokenizer joins words with, the non-breaking one (U+2011) included.
        #expect(texts("le Val\u{2011}d’Oise, Villeneuve\u{2010}d'Ascq") == ["le", "Val\u{2011}d’Oise", ",", "Villeneuve\u{2010}d'Ascq"])
    }

    @Test func numbersWithSpacesDecimalsAndOrdinals() {
        #expect(texts("1 500 soldats") == ["1 500", "soldats"])
        #expect(texts("1\u{A0}500\u{202F}000 euros") == ["1\u{A0}500\u{202F}000", "euros"])
        #expect(texts("3,5 %") == ["3,5", "%"])
        #expect(texts("le 1er mars 2024") == ["le", "1er", "mars", "2024"])
        #expect(texts("en 2019 150 personnes") == ["en", "2019", "150", "personnes"])
    }

    @Test func guillemetsAndNonBreakingSpaces() {
        let tokens = tokenizer.tokens(in: "«\u{202F}Oui\u{A0}»,\u{A0}dit-il.")
        #expect(tokens.map(\.text) == ["«", "Oui", "»", ",", "dit-il", "."])
        #expect(tokens.first?.kind == .quote)
        #expect(tokens[1].range == TextRange(2, 5))
    }

    @Test func rangesAreCodePointOffsets() {
        let text = "Sergueï Lavrov à Moscou 🇷🇺 puis Bamako"
        for token in tokenizer.tokens(in: text) {
            let scalars = Array(text.unicodeScalars)[token.range.start..<token.range.end]
            #expect(String(String.UnicodeScalarView(scalars)) == token.text)
        }
    }

    @Test func lineStartsAreMarked() {
        let tokens = tokenizer.tokens(in: "Titre\nMali")
        #expect(tokens.map(\.startsLine) == [true, true])
    }

    @Test func foldingIgnoresAccentsCaseAndLigatures() {
        #expect(Folding.fold("Défense") == "defense")
        #expect(Folding.equal("defense", "DÉFENSE"))
        #expect(Folding.fold("Œuvre cœur") == "oeuvre coeur")
        #expect(Folding.fold("l’État") == "l'etat")
        #expect(Folding.fold("Łódź") == "lodz")
        // Punctuation and symbols stay; other scripts go through Foundation's folding.
        #expect(Folding.fold("« Oui » — 5 € …") == "« oui » — 5 € …")
        #expect(Folding.fold("Москва") == "москва")
        #expect(Folding.fold("ÉTÉ\u{A0}2019") == "ete 2019")
        #expect(Folding.fold("Cafe\u{301}") == "cafe")
        #expect(Folding.fold("Val\u{2011}de\u{2010}Marne") == "val-de-marne")
        // A letter outside the table among French text: only it goes through Foundation, the
        // rest is folded by the table; the result is the whole text's folding.
        #expect(Folding.fold("La Défense, Ωmega et Москва, l’ÉTÉ") == "la defense, ωmega et москва, l'ete")
        let long = String(repeating: "Électricité à Paris. ", count: 2_000) + "Ω"
        #expect(Folding.fold(long) == String(repeating: "electricite a paris. ", count: 2_000) + "ω")
    }
}
