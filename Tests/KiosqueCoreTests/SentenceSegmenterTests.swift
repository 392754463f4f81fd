import Testing
@testable import KiosqueCore

@Suite("French sentences")
struct SentenceSegmenterTests {
    @Test func abbreviationsDoNotEnd() throws {
        #expect(try TestSupport.sentences("M. Macron a parlé. MM. Dupont et Durand aussi.") == ["M. Macron a parlé.", "MM. Dupont et Durand aussi."])
        #expect(try TestSupport.sentences("Le Dr. House arrive. Il voit J. Dupont, etc. Puis il part.")
            == ["Le Dr. House arrive.", "Il voit J. Dupont, etc. Puis il part."])
        #expect(try TestSupport.sentences("Né en 52 av. J.-C. à Rome. Voir p. 12 et cf. Le Monde.")
            == ["Né en 52 av. J.-C. à Rome.", "Voir p. 12 et cf. Le Monde."])
        #expect(try TestSupport.sentences("Aux U.S. Army on dit oui. Bien.") == ["Aux U.S. Army on dit oui.", "Bien."])
    }

    @Test func numbersDoNotEnd() throws {
        #expect(try TestSupport.sentences("Il y a 1 500 soldats et 3,5 % ou 3.5 points. 2019 fut dure.")
            == ["Il y a 1 500 soldats et 3,5 % ou 3.5 points.", "2019 fut dure."])
    }

    @Test func ellipses() throws {
        #expect(try TestSupport.sentences("Il hésite... puis part… vite. Fin.") == ["Il hésite... puis part… vite.", "Fin."])
        #expect(try TestSupport.sentences("« Nous [...] Le Mali [ … ] et [… ] Il » dit-il.") == ["« Nous [...] Le Mali [ … ] et [… ] Il » dit-il."])
        #expect(try TestSupport.sentences("« Nous […] Le Mali », dit-il.") == ["« Nous […] Le Mali », dit-il."])
        #expect(try TestSupport.sentences("Attendez... Non !") == ["Attendez...", "Non !"])
    }

    @Test func quotes() throws {
        #expect(try TestSupport.sentences("Il a dit « Non ! » avant de partir. Puis rien.") == ["Il a dit « Non ! » avant de partir.", "Puis rien."])
        #expect(try TestSupport.sentences("« C’est fini. » Il part.") == ["« C’est fini. »", "Il part."])
        #expect(try TestSupport.sentences("« Nous voulons. Nous ferons », a-t-il dit.") == ["« Nous voulons.", "Nous ferons », a-t-il dit."])
        #expect(try TestSupport.sentences("Il part (vraiment.) Puis « Oui ? » Non.") == ["Il part (vraiment.)", "Puis « Oui ? »", "Non."])
    }

    @Test func gluedSentencesAreSplit() throws {
        #expect(try TestSupport.sentences("soutien à Juan Guaido.Le ministre a parlé.") == ["soutien à Juan Guaido.", "Le ministre a parlé."])
        #expect(try TestSupport.sentences("Voir lemonde.fr et www.Google.com ici.") == ["Voir lemonde.fr et www.Google.com ici."])
        #expect(try TestSupport.sentences("Selon M.Macron et les U.S.Army rien.") == ["Selon M.Macron et les U.S.Army rien."])
        #expect(try TestSupport.sentences("Né en 50 av.J.-C. Ok") == ["Né en 50 av.J.-C. Ok"])
    }

    @Test("glued at a quote, a closer, a year, `À`, `!` or `?`: split; numbers, addresses and initials are not")
    func moreGluedSentencesAreSplit() throws {
        #expect(try TestSupport.sentences("avec les forces de l’ordre.À midi, ils étaient là.")
            == ["avec les forces de l’ordre.", "À midi, ils étaient là."])
        #expect(try TestSupport.sentences("de nombreux protestataires.« Aucune taxe ne mérite cela », dit-il.")
            == ["de nombreux protestataires.", "« Aucune taxe ne mérite cela », dit-il."])
        #expect(try TestSupport.sentences("liées aux «gilets jaunes».Hors de France, rien.")
            == ["liées aux «gilets jaunes».", "Hors de France, rien."])
        #expect(try TestSupport.sentences("lancée en 2016.Plus de détails à venir.") == ["lancée en 2016.", "Plus de détails à venir."])
        #expect(try TestSupport.sentences("c’est gratuit!En vous inscrivant, rien.") == ["c’est gratuit!", "En vous inscrivant, rien."])
        #expect(try TestSupport.sentences("Il a gagné 3.5 points, voir www.Lemonde.fr et M.À la fin") == ["Il a gagné 3.5 points, voir www.Lemonde.fr et M.À la fin"])
        #expect(try TestSupport.sentences("Le plan B.A la fin") == ["Le plan B.A la fin"])
    }

    @Test func endsAndTrims() throws {
        #expect(try TestSupport.sentences("  Une phrase ?   Deux !  ") == ["Une phrase ?", "Deux !"])
        #expect(try TestSupport.sentences("Pas de point final") == ["Pas de point final"])
        #expect(try TestSupport.sentences("Il dit : - Oui. - Non.") == ["Il dit : - Oui.", "- Non."])
        #expect(try TestSupport.sentences("fin. minuscule suit") == ["fin. minuscule suit"])
    }

    @Test func lineBreaksEndSentences() throws {
        let article = try TestSupport.parse("Titre de test\n\nPremière ligne sans point\nDeuxième ligne. Suite.\nTroisième\n\nFin.")
        let body = article.paragraphs[1]
        #expect(body.sentences.map(\.text) == ["Première ligne sans point", "Deuxième ligne.", "Suite.", "Troisième"])
        #expect(body.sentences.map(\.endsLine) == [true, false, true, false])
        #expect(body.sentences.map(\.style) == [.heading, .text, .text, .text])
    }
}
