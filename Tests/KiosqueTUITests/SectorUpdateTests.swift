import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("update: the sector filter, its order, the picker, passages, the why view")
struct SectorUpdateTests {
    @Test func quickKeysToggleSectorsByNameCentralFirst() {
        var state = SectorFixtures.state()
        state.press("2")
        #expect(state.list.filter?.sectors == ["énergie"])
        // Central (energy) first, then the mentions in corpus order (mali, school).
        #expect(state.listedArticles == [3, 0, 4])
        #expect(state.list.filter?.isPartial == false)
        state.press("2")
        #expect(state.list.filter == nil, "the same key again removes the sector")
        #expect(state.listCount == 5)
        state.press("3")
        #expect(state.listedArticles == [4, 3])
    }

    @Test func keysFollowTheNamesInTheKeyMapNotPositions() throws {
        // A taxonomy in another order: `2` still means énergie.
        let text = "sector\tsanté\tSAN\tred\n\thôpita*\t3\nsector\téducation\tEDU\tcyan\n\técole*\t3\n"
            + "sector\ténergie\tENE\tyellow\n\tgaz\t2\nsector\tdéfense\tDEF\tblue\n\tarmée*\t3\n"
        let classifier = SectorClassifier(taxonomy: try SectorTaxonomy.parse(text, file: "t.tsv"))
        var state = Fixtures.state(SectorFixtures.articles, sectors: [3: ArticleSectors(entries: [.init(sector: 2, level: .central, score: 9)])],
                                   sectorCount: 4)
        _ = App.update(&state, .sectorsLoaded(classifier))
        state.press("2")
        #expect(state.list.filter?.sectors == ["énergie"])
        #expect(state.listedArticles == [3])
        // A sector the taxonomy lacks is refused, in the status line.
        App.toggleSector(named: "astrologie", &state)
        #expect(state.statusText?.contains("astrologie") == true)
        #expect(state.list.filter?.sectors == ["énergie"])
    }

    @Test func anyOrAllOfSeveralSectors() {
        var state = SectorFixtures.state()
        state.press("1", "2")
        #expect(state.list.filter?.sectors == ["défense", "énergie"])
        #expect(state.list.sectorMatch == .any)
        #expect(state.listedArticles == [0, 1, 3, 4], "central to either first, then the mention")
        state.press("a")
        #expect(state.list.sectorMatch == .all)
        #expect(state.listedArticles == [0], "only mali is about both")
        #expect(ArticleListView.title(state) == "Articles (1/5) · défense and énergie · file order")
        state.press("a")
        #expect(ArticleListView.title(state) == "Articles (4/5) · défense or énergie · file order")
    }

    @Test func relevanceOrderIsOneKeyAway() {
        var state = SectorFixtures.state()
        state.press("2", "s")
        #expect(state.list.order == .relevance)
        #expect(state.listedArticles == [3, 4, 0], "scores 11, 3, 1")
        #expect(ArticleListView.title(state) == "Articles (3/5) · énergie · by relevance")
        state.press("s")
        #expect(state.listedArticles == [3, 0, 4])
    }

    @Test func clearRemovesEveryFilterAndTheHighlightButKeepsPreferences() {
        var state = SectorFixtures.state(entities: [0: EntityFixtures.mali, 1: EntityFixtures.anadolu])
        state.press("Enter", "E")
        state.side.entity = App.summary(state).items.first { $0.key.name == "Mali" }?.key
        state.press("f", "2", "a", "s")
        #expect(state.list.filter?.entity?.name == "Mali")
        #expect(state.entities.highlighted != nil)
        state.press("0")
        #expect(state.list.filter == nil)
        #expect(state.entities.highlighted == nil)
        #expect(state.list.sectorMatch == .all && state.list.order == .relevance, "preferences stay")
        state.press("2", "Ctrl-t")
        #expect(state.list.filter == nil)
        state.press("2", "Esc")
        #expect(state.list.filter == nil, "Esc in the list clears too")
    }

    @Test func sectorAndEntityFiltersCombine() {
        let entities = [0: EntityFixtures.mali, 1: EntityFixtures.anadolu, 2: [], 3: [], 4: []]
        var state = SectorFixtures.state(entities: entities)
        state.send(.entityIndex(EntityArticleIndex.of(entities), catalogue: state.catalogueSerial))
        state.press("Enter", "E")
        state.side.entity = App.summary(state).items.first { $0.key.name == "Mali" }?.key
        state.press("f")
        #expect(state.listedArticles == [0, 1])
        state.press("2")
        #expect(state.listedArticles == [0], "mentions Mali and is about énergie")
        #expect(ArticleListView.title(state) == "Articles (1/5) · Mali · énergie · file order")
        state.press("2", "1")
        #expect(state.listedArticles == [0, 1])
        // Setting another entity keeps the sectors.
        state.press("Tab", "Tab")
        state.side.entity = App.summary(state).items.first { $0.key.name == "Russie" }?.key
        state.press("f")
        #expect(state.list.filter?.entity?.name == "Russie")
        #expect(state.list.filter?.sectors == ["défense"])
    }

    @Test func theSelectionStaysWhereItCan() {
        var state = SectorFixtures.state()
        state.press("G")
        #expect(state.selectedArticle == 4)
        state.press("2")
        #expect(state.selectedArticle == 4, "school is about énergie: still selected")
        #expect(state.list.selected == 2)
        state.press("2", "g", "j", "j")
        #expect(state.selectedArticle == 2)
        state.press("2")
        #expect(state.selectedArticle == 3, "undated is hidden: the nearest article after it")
        state.press("s")
        #expect(state.selectedArticle == 3, "reordering keeps the article")
        state.press("0")
        #expect(state.selectedArticle == 3)
    }

    @Test("a sector filter is partial before the taxonomy and while the index is updated; refreshes recompute it")
    func partialUntilTheIndexIsComplete() {
        let results = SectorFixtures.results
        // A first index on its way: four articles in so far.
        var state = Fixtures.state(Array(SectorFixtures.articles.prefix(4)), sectors: results.filter { $0.key < 4 },
                                   sectorCount: SectorFixtures.sectorCount)
        state.index.running = true
        // Before the classifier: the name is kept, nothing is shown yet, the filter is partial.
        state.press("2")
        #expect(state.list.filter?.sectors == ["énergie"])
        #expect(state.listCount == 0)
        #expect(ArticleListView.title(state) == "Articles (0/4) · énergie (partial) · file order")
        state.send(.sectorsLoaded(SectorFixtures.classifier))
        #expect(state.listedArticles == [3, 0])
        #expect(state.list.filter?.isPartial == true)
        #expect(StatusBarView.filter(state) == "énergie: 2/4 (partial)")
        #expect(state.screen.lines[38].contains("énergie: 2/4 (partial)"))
        // The index reads the catalogue again: the fifth article is in.
        let all = Fixtures.catalogue(SectorFixtures.articles, sectors: results, sectorCount: SectorFixtures.sectorCount)
        state.send(.catalogue(CatalogueUpdate(serial: 1, catalogue: all)))
        #expect(state.listedArticles == [3, 0, 4])
        #expect(state.list.filter?.isPartial == true)
        #expect(state.sectors.count(SectorFixtures.energySector) == SectorCount(about: 3, central: 1), "the picker's counts")
        state.send(.indexFinished(IndexOutcome()))
        #expect(state.list.filter?.isPartial == false)
        #expect(StatusBarView.filter(state) == "énergie: 3/5")
        #expect(ArticleListView.title(state) == "Articles (3/5) · énergie · file order")
    }

    @Test("a catalogue of another taxonomy (an index about to be rebuilt) shows no sector")
    func catalogueOfAnotherTaxonomy() {
        var state = Fixtures.state(SectorFixtures.articles, sectors: SectorFixtures.results, sectorCount: 3)
        state.send(.sectorsLoaded(SectorFixtures.classifier))
        #expect(!state.sectors.follows(state.catalogue))
        state.press("2")
        #expect(state.listCount == 0)
        #expect(state.sectors.result(ofArticle: 0, in: state.catalogue).entries.isEmpty)
        #expect(state.sectors.count(SectorFixtures.defense) == SectorCount())
    }

    @Test func aBrokenTaxonomyLeavesTheReaderWithoutSectors() {
        var state = Fixtures.state(SectorFixtures.articles)
        state.press("2")
        _ = App.update(&state, .sectorsFailed("sectors.tsv:3: weight: `x` is not a positive number"))
        #expect(state.list.filter == nil, "the sector filter goes")
        #expect(state.screen.lines[38].contains("Sectors unavailable: sectors.tsv:3: weight"))
        state.press("2", "t")
        #expect(state.list.filter == nil)
        #expect(state.picker == nil)
        state.press("j")
        #expect(state.list.selected == 1, "the rest of the reader works")
    }

    @Test func bracesJumpBetweenPassagesOfTheActiveSectors() {
        var state = SectorFixtures.state()
        state.press("j", "j", "j", "Enter")
        #expect(state.openPosition == 3)
        #expect(App.openSectors(state)?.analysis.article[SectorFixtures.energySector].level == .central)
        state.press("}")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 2, sentence: 0), "no sector active: nothing moves")
        #expect(state.notice == .sectorPassageNoSector, "and it says why")
        state.press("2", "}")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 4, sentence: 0))
        state.press("}")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 6, sentence: 0))
        state.press("}")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 6, sentence: 0), "no wrap-around")
        #expect(state.notice == .sectorPassageLast, "the last passage, said")
        state.press("{")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 4, sentence: 0))
        state.press("j")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 4, sentence: 1))
        state.press("{")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 4, sentence: 0), "inside a passage: to its start")
        state.press("{", "{")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 2, sentence: 0))
        // Éducation added: its passage (paragraph 5) is visited too.
        state.press("3", "}", "}")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 5, sentence: 0))
    }

    @Test func theViewFollowsThePassage() {
        let long = Fixtures.article(id: "201_long", title: "Long", paragraphs:
            Array(repeating: [S("Rien à signaler ici, vraiment rien du tout."), S("Toujours rien.")], count: 30)
            + [[S("Le gaz et l’électricité reviennent."), S("Le prix de l’électricité baisse."),
                S("Les centrales nucléaires tournent à plein.")]])
        var state = Fixtures.state([long], width: 90, height: 20)
        _ = App.update(&state, .sectorsLoaded(SectorFixtures.classifier))
        state.press("Enter", "2", "}")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 32, sentence: 0))
        #expect(state.screen.row(containing: "Le gaz et") != nil, "the passage is on screen")
    }

    @Test func pickerTogglesSectorsAndCloses() {
        var state = SectorFixtures.state()
        state.press("t")
        #expect(state.picker?.selected == 0)
        state.press("j", "Space")
        #expect(state.list.filter?.sectors == ["énergie"])
        state.press("j", "Enter")
        #expect(state.list.filter?.sectors == ["énergie", "éducation"])
        state.press("a")
        #expect(state.list.sectorMatch == .all, "filter keys work in the picker")
        #expect(state.listedArticles == [3, 4])
        state.press("Space")
        #expect(state.list.filter?.sectors == ["énergie"])
        state.press("G", "k", "k", "k")
        #expect(state.picker?.selected == 0)
        state.press("z", "Tab")
        #expect(!state.zoomed && state.focus == .list, "other keys are ignored while it is open")
        state.press("Esc")
        #expect(state.picker == nil)
        #expect(state.list.filter?.sectors == ["énergie"], "Esc closes the picker, not the filter")
        state.press("t", "t")
        #expect(state.picker == nil)
    }

    @Test func whyViewOpensScrollsFollowsPassagesAndCloses() {
        var state = SectorFixtures.state(height: 15)
        state.press("j", "j", "j", "Enter", "2", "w")
        #expect(WhyLayout.metrics(state).maxScroll > 0)
        #expect(state.why != nil)
        state.press("j")
        #expect(state.why?.scroll == 1, "j scrolls the view")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 2, sentence: 0), "and not the reader")
        state.press("}")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 4, sentence: 0), "} still moves to the next passage")
        #expect(state.why?.scroll == 0)
        state.press("w")
        #expect(state.why == nil)
        state.press("w", "Esc")
        #expect(state.why == nil)
    }

    @Test func openingAnArticleClassifiesItInFull() {
        var state = Fixtures.state(SectorFixtures.articles)
        #expect(state.sectors.open == nil, "no classifier yet")
        _ = App.update(&state, .sectorsLoaded(SectorFixtures.classifier))
        #expect(state.sectors.open?.article == state.id(0))
        state.press("j", "j", "j", "Enter")
        let open = state.sectors.open
        #expect(open?.article == state.id(3))
        #expect(open?.passageStarts(1 << UInt64(SectorFixtures.energySector)) == [
            SentenceIndex(paragraph: 2, sentence: 0), SentenceIndex(paragraph: 4, sentence: 0), SentenceIndex(paragraph: 6, sentence: 0),
        ])
        #expect(open?.marked.contains(SentenceIndex(paragraph: 4, sentence: 1)) == true, "Le gaz manque.")
        #expect(open?.marked.contains(SentenceIndex(paragraph: 4, sentence: 2)) == false)
        // The list's levels are the catalogue's (none here: the index had no sectors for it).
        #expect(state.sectors.result(ofArticle: 3, in: state.catalogue).entries.isEmpty)
    }

    @Test func anySectorKeyInAnyStateKeepsTheStateSound() {
        let names = ["1", "2", "3", "0", "t", "a", "s", "}", "{", "w", "Space", "Enter", "Esc", "j", "k", "G", "g", "Tab", "z",
                     "f", "E", "]"]
        let articles = SectorFixtures.articles + [Fixtures.long(times: 3)]
        var state = Fixtures.state(articles, width: 100, height: 30, entities: [0: EntityFixtures.mali])
        state.index.running = true
        var seed: UInt64 = 11
        for step in 0..<600 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let name = names[Int(seed >> 33) % names.count]
            state.press(name)
            switch step {
            case 50: _ = App.update(&state, .sectorsLoaded(SectorFixtures.classifier))
            case 200:
                let catalogue = Fixtures.catalogue(articles, entities: [0: EntityFixtures.mali], sectors: SectorFixtures.results,
                                                   sectorCount: SectorFixtures.sectorCount)
                state.send(.catalogue(CatalogueUpdate(serial: 1, catalogue: catalogue)))
            case 400: state.send(.indexFinished(IndexOutcome()))
            default: break
            }
            if step % 75 == 0 {
                _ = App.update(&state, .resize(Size(width: 60 + Int(seed >> 40) % 100, height: 15 + Int(seed >> 50) % 30)))
            }
            #expect(state.listCount == 0 || (0..<state.listCount).contains(state.list.selected), "step \(step) after \(name)")
            if let rows = state.list.filter?.rows { #expect(Set(rows).count == rows.count, "step \(step)") }
            let grid = state.screen
            #expect(grid.width == state.size.width && grid.height == state.size.height)
        }
    }
}
