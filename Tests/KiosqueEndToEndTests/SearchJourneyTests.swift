import Foundation
import Testing

/// The search journey of issue 6 in the real reader: `/electricite` narrows the list as it is
/// typed, Enter keeps it, the article opens on its first match (marked), `n` goes to the next
/// match and on to the next article, `0` clears. Matches are found in the captured escapes (the
/// background colours of `search.match` and `search.current`). Every wait has a deadline.
@Suite(.serialized)
struct SearchJourneyTests {
    static let educationTitle = "Les enseignants"

    /// Two articles about électricité (one in capitals, one elided), one without; dated so that
    /// newest first (the default order) lists them in file order.
    static let jsonl = [
        #"{"id": "elec-1", "title": "Le prix de l'électricité va encore augmenter", "date": "2019-01-17", "source": "Test", "text": "Le prix de l'électricité va encore augmenter\n\nLe régulateur propose une hausse des tarifs réglementés. Les fournisseurs répercutent la hausse du prix du gaz.\n\nLe maire a inauguré la nouvelle place du marché samedi matin. Les habitants sont venus nombreux.\n\nLes centrales nucléaires produisent l'essentiel de l'ELECTRICITE du pays. La production renouvelable progresse."}"#,
        #"{"id": "edu-1", "title": "Les enseignants en grève contre la réforme du lycée", "date": "2019-01-16", "source": "Test", "text": "Les enseignants en grève contre la réforme du lycée\n\nLes professeurs des écoles et des lycées manifestent contre la réforme du baccalauréat.\n\nLe ministre de l'Éducation nationale défend la réforme."}"#,
        #"{"id": "elec-2", "title": "Coupures de courant en Bretagne", "date": "2019-01-15", "source": "Test", "text": "Coupures de courant en Bretagne\n\nLa tempête a privé d'électricité quarante mille foyers. Les équipes sont mobilisées.\n\nLe retour de l’électricité est attendu dimanche."}"#,
    ].joined(separator: "\n") + "\n"

    /// Text drawn as a match, and as the current match.
    static func marked(_ screen: String) -> (matches: [String], current: [String]) {
        (ScreenStyles.runs(in: screen, background: [ScreenStyles.match]),
         ScreenStyles.runs(in: screen, background: [ScreenStyles.current]))
    }

    /// Lower case without accents, to compare matches with the query.
    static func folded(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
    }

    @Test("/electricite narrows the list as typed; Enter keeps it; the match is marked; n moves; 0 clears")
    func searchJourney() throws {
        let corpus = try CommandFixture(corpus: Self.jsonl)
        defer { withExtendedLifetime(corpus) {} } // the reader reads the file until it quits
        let pane = try ReaderPane(width: 120, height: 30, arguments: [corpus.corpus])
        defer { pane.close() }
        let tmux = pane.tmux
        try tmux.waitUntil("the whole list") { $0.contains("unread / 3)") && $0.contains(Self.educationTitle) }

        // Typed without accents: the list keeps the two articles about électricité as it goes.
        try tmux.sendKeys("/")
        try tmux.sendKeys("electricite")
        let typed = try tmux.waitUntil("the narrowed list and the prompt") { screen in
            screen.contains("Articles (2/3) · /electricite") && screen.contains("Search: electricite")
                && screen.contains("2 articles") && !screen.contains("2 articles…")
        }
        #expect(!typed.contains(Self.educationTitle), "\(typed)")
        #expect(typed.contains("Coupures de cour"))

        // Enter keeps the search as the list's filter: the hints come back, with n N.
        try tmux.sendKeys("Enter")
        try tmux.waitUntil("the search kept as a filter") { screen in
            screen.contains("/electricite: 2/3") && screen.contains("/ search  n N match")
        }

        // Enter opens the first article on its first match: the title's, the current one; the
        // text's ELECTRICITE is marked as a match.
        try tmux.sendKeys("Enter")
        let opened = try tmux.waitUntil("the article with its matches marked", escapes: true) { screen in
            let marks = Self.marked(screen)
            return marks.current == ["électricité"] && marks.matches.contains("ELECTRICITE") && screen.contains("Match 1/2")
        }
        #expect(!Self.marked(opened).matches.contains { !Self.folded($0).hasPrefix("electricite") }, "only matches are marked")

        // n: the text's match becomes the current one, under the cursor.
        try tmux.sendKeys("n")
        try tmux.waitUntil("the second match current", escapes: true) { screen in
            Self.marked(screen).current == ["ELECTRICITE"] && screen.contains("Match 2/2")
        }
        // n again: the next article of the list, on its first match.
        try tmux.sendKeys("n")
        let next = try tmux.waitUntil("the next article's first match", escapes: true) { screen in
            screen.contains("elec-2") && Self.marked(screen).current == ["électricité"] && screen.contains("Match 1/2")
        }
        #expect(Self.marked(next).matches == ["électricité"], "the elided l’électricité further down")
        try tmux.sendKeys("n", "n")
        try tmux.waitFor("Last match: no article after this one in the list")

        // 0: every article again, nothing marked.
        try tmux.sendKeys("0")
        let cleared = try tmux.waitUntil("the whole list again", escapes: true) { screen in
            screen.contains("unread / 3) ─") && screen.contains(Self.educationTitle)
        }
        #expect(Self.marked(cleared) == ([], []), "no search, no marks")
        try tmux.sendKeys("q")
        let (status, _) = try pane.waitForExit()
        #expect(status == 0)
    }

    /// The issue's test on the 5,030-article corpus, never indexed before (private XDG folders):
    /// the reader opens at once and indexes in the background, the search is typed while it
    /// runs, says `partial` meanwhile, is asked again as articles arrive, and its final answer
    /// (no `partial`, the prompt's count equal to the header's) comes within a bound.
    @Test("on the 5,030-article corpus, /electricite typed while indexing lists the articles about électricité with matches marked",
          .enabled(if: SharedMaterial.hasCorpus, "../shared/corpus/presse-2018-2019.jsonl is absent"))
    func corpusSearch() throws {
        let pane = try ReaderPane(width: 160, height: 40, arguments: [SharedMaterial.corpus])
        defer { pane.close() }
        let tmux = pane.tmux
        try tmux.waitUntil("the list, while indexing", timeout: .seconds(60)) { screen in
            screen.contains("Indexing") && screen.range(of: #"Articles \(([0-9,]+ unread / )?[0-9,]+\)"#, options: .regularExpression) != nil
        }
        try tmux.sendKeys("/")
        try tmux.sendKeys("electricite")
        var count = 0
        var sawPartial = false
        let found = try tmux.waitUntil("the search's final answer, once indexed", timeout: .seconds(300)) { screen in
            if screen.contains("/electricite (partial)") { sawPartial = true }
            guard let range = screen.range(of: #"Articles \(([0-9,]+)/5,030\) · /electricite(?! \(partial)"#, options: .regularExpression),
                  screen.contains("Search: electricite"), !screen.contains("Indexing") else { return false }
            let header = screen[range]
            let digits = header.dropFirst("Articles (".count).prefix { $0 != "/" }
            count = Int(digits.filter(\.isNumber)) ?? 0
            // The prompt's count agrees with the header once the last answer is in.
            return screen.contains("\(digits) articles") && !screen.contains("articles…") && !screen.contains("searching…")
        }
        #expect(sawPartial, "the search typed during the first index said partial")
        #expect(count > 50 && count < 1_000, "\(count) articles:\n\(found)")
        try tmux.sendKeys("Enter")
        try tmux.sendKeys("Enter")
        let opened = try tmux.waitUntil("the first article open on a marked match", timeout: .seconds(60), escapes: true) { screen in
            !Self.marked(screen).current.isEmpty && screen.contains("Match 1/")
        }
        let marks = Self.marked(opened)
        for text in marks.current + marks.matches {
            #expect(Self.folded(text).hasPrefix("electricite"), "\(text) is marked")
        }
        try tmux.sendKeys("q")
        let (status, _) = try pane.waitForExit(timeout: .seconds(30))
        #expect(status == 0)
    }
}
