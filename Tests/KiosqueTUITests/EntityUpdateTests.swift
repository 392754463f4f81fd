import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("update: analysis results, entity jumps, entity view, highlight, filter, type toggles")
struct EntityUpdateTests {
    @Test func analysisResultsAreStoredOnceWithoutPageDebris() {
        var state = Fixtures.state()
        #expect(state.entities.byArticle.isEmpty)
        _ = App.update(&state, .analyzed([0: EntityFixtures.mali]))
        let stored = state.entities.byArticle[0] ?? []
        #expect(stored.count == EntityFixtures.mali.count - 1, "the mention in the `Menu` debris is dropped")
        #expect(!stored.contains { $0.text == "Menu" })
        #expect(stored.map(\.range.start) == stored.map(\.range.start).sorted())
        // A second result for the same article is ignored.
        _ = App.update(&state, .analyzed([0: []]))
        #expect(state.entities.byArticle[0]?.count == stored.count)
        // Results for articles that do not exist are ignored.
        _ = App.update(&state, .analyzed([7: EntityFixtures.anadolu]))
        #expect(state.entities.analysedCount == 1)
    }

    @Test func progressShowsWhileAnalysingAndDisappearsWhenDone() {
        var state = Fixtures.state()
        state.entities.analysing = true
        #expect(state.screen.lines[38].contains("Analysing 0/3…"))
        _ = App.update(&state, .analyzed([0: EntityFixtures.mali, 2: []]))
        #expect(state.screen.lines[38].contains("Analysing 2/3…"))
        _ = App.update(&state, .analyzed([1: EntityFixtures.anadolu]))
        #expect(!state.screen.lines[38].contains("Analys"))
        // Thousands grouped the way each language writes them.
        #expect(state.strings.number(5030) == "5,030")
        var french = Fixtures.state(language: .french)
        #expect(french.strings.number(1200) == "1\u{00A0}200")
        french.entities.analysing = true
        #expect(french.screen.lines[38].contains("Analyse 0/3…"))
    }

    @Test func analysisFailureIsShownAndEndsTheProgress() {
        var state = Fixtures.state()
        state.entities.analysing = true
        _ = App.update(&state, .analysisFailed("cannot read word list x.txt"))
        #expect(state.screen.lines[38].contains("cannot read word list x.txt"))
        #expect(!state.screen.lines[38].contains("Analysing"))
    }

    @Test func openingAnArticleAsksForItsAnalysisFirst() {
        var state = Fixtures.state()
        #expect(state.press("j", "Enter") == [], "no analysis runs: nothing to ask")
        state.entities.analysing = true
        state.press("Esc")
        #expect(state.press("j", "Enter") == [.analyse(article: 2)])
        _ = App.update(&state, .analyzed([0: EntityFixtures.mali]))
        state.press("Esc")
        #expect(state.press("g", "Enter") == [], "already analysed")
    }

    @Test func bracketsJumpFromMentionToMention() {
        var state = EntityFixtures.analysedState()
        state.press("Enter")
        state.press("]")
        #expect(state.markedText == "Affaires étrangères")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 2, sentence: 0))
        state.press("]")
        #expect(state.markedText == "28 février")
        state.press("]", "]")
        #expect(state.markedText == "Sergueï Lavrov")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 2, sentence: 1))
        state.press("[")
        #expect(state.markedText == "Russie")
        // No wrap-around at the start.
        state.press("[", "[", "[", "[")
        #expect(state.markedText == "Affaires étrangères")
        // After the cursor moved on, `]` starts from the cursor sentence.
        state.press("j", "j", "j")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 3, sentence: 0))
        state.press("]")
        #expect(state.markedText == "Mali")
        // Hidden types are skipped.
        state.press("g", "F4")
        state.reader.mark = nil
        state.press("]", "]")
        #expect(state.markedText == "Russie")
    }

    @Test func theViewFollowsTheMarkedMention() {
        let article = Fixtures.long(times: 4)
        var state = Fixtures.state([article], width: 90, height: 20)
        _ = App.update(&state, .analyzed([0: EntityFixtures.mentions(in: article, [("Wagner", .organization)])]))
        state.press("Enter")
        var seen: Set<Int> = []
        for _ in 0..<4 {
            state.press("]")
            seen.insert(state.reader.mark?.start ?? -1)
            let screen = state.screen
            let marked = screen.cells.contains { $0.style.attributes.contains(.reverse) && $0.grapheme == "W" }
            #expect(marked, "the marked mention is on screen")
        }
        #expect(seen.count == 4, "four different mentions of Wagner")
    }

    @Test func entityViewListsGroupsAndMoves() throws {
        var state = EntityFixtures.analysedState()
        state.press("Enter", "E")
        #expect(state.side.view == .entities)
        #expect(state.focus == .side)
        let items = App.summary(state).items
        // People first, by count then name: Lavrov is mentioned three times, Diop twice.
        #expect(items.prefix(3).map(\.key.name) == ["Sergueï Lavrov", "Abdoulaye Diop", "Vladimir Poutine"])
        #expect(items.prefix(3).map(\.count) == [3, 2, 2])
        #expect(App.summary(state).groups.map(\.kind) == [.person, .location, .organization, .date])
        state.press("j", "j")
        #expect(App.selectedEntity(state)?.name == "Vladimir Poutine")
        state.press("k")
        #expect(App.selectedEntity(state)?.name == "Abdoulaye Diop")
        state.press("G")
        #expect(state.side.entity == items.count - 1)
        state.press("g", "E")
        #expect(state.side.view == .outline)
    }

    @Test func enterHighlightsEveryMentionAndBracketsFollowIt() {
        var state = EntityFixtures.analysedState()
        state.press("Enter", "E", "Enter")
        #expect(state.entities.highlighted == EntityKey(kind: .person, name: "Sergueï Lavrov"))
        #expect(state.markedText == "Sergueï Lavrov")
        let first = state.reader.mark
        state.press("]")
        #expect(state.markedText == "Sergueï Lavrov")
        #expect(state.reader.mark != first)
        state.press("]", "]")
        #expect(state.markedText == "Sergueï Lavrov", "stays on the last mention")
        // Enter again on the highlighted entity turns it off.
        state.press("Enter")
        #expect(state.entities.highlighted == nil)
    }

    @Test func filterKeepsArticlesMentioningTheEntityAndClears() {
        var state = EntityFixtures.analysedState()
        state.press("Enter", "E", "f")
        #expect(state.list.filter?.rows == [0])
        #expect(state.focus == .list)
        #expect(state.entities.highlighted?.name == "Sergueï Lavrov")
        #expect(ArticleListView.title(state) == "Articles (1/3) · Sergueï Lavrov")
        #expect(state.screen.lines[0].contains("Articles (1/3) · Sergueï"))
        #expect(state.screen.lines[39 - 1].contains("1/1"))
        state.press("0")
        #expect(state.list.filter == nil)
        #expect(state.entities.highlighted == nil)
        #expect(state.list.selected == 0)

        // A place both seeds mention; the selection stays on the article it was on.
        state.press("Tab", "Tab")
        state.press("E", "E")
        #expect(state.side.view == .entities)
        state.side.entity = App.summary(state).items.firstIndex { $0.key.name == "Mali" } ?? 0
        state.press("f")
        #expect(state.list.filter?.rows == [0, 1])
        state.press("j")
        #expect(state.selectedArticle == 1)
        state.press("Esc")
        #expect(state.list.filter == nil, "Esc in the list clears the filter")
        #expect(state.selectedArticle == 1)
        state.press("Tab", "Tab", "f", "Ctrl-t")
        #expect(state.list.filter == nil)
    }

    @Test func filterIsPartialUntilEveryArticleIsAnalysed() {
        var state = Fixtures.state()
        state.entities.analysing = true
        _ = App.update(&state, .analyzed([0: EntityFixtures.mali]))
        state.press("Enter", "E")
        state.side.entity = App.summary(state).items.firstIndex { $0.key.name == "Mali" } ?? 0
        state.press("f")
        #expect(state.list.filter?.rows == [0])
        #expect(state.list.filter?.isPartial == true)
        #expect(ArticleListView.title(state) == "Articles (1/3) · Mali (partial)")
        _ = App.update(&state, .analyzed([1: EntityFixtures.anadolu, 2: []]))
        #expect(state.list.filter?.rows == [0, 1])
        #expect(state.list.filter?.isPartial == false)
        #expect(ArticleListView.title(state) == "Articles (2/3) · Mali")
    }

    @Test func filterFromTheMarkInTheReader() {
        var state = EntityFixtures.analysedState()
        state.press("Enter", "]", "]", "]")
        #expect(state.markedText == "Russie")
        state.press("f")
        #expect(state.list.filter?.entity == EntityKey(kind: .location, name: "Russie"))
        #expect(state.list.filter?.rows == [0, 1])
    }

    @Test func typeTogglesAndLegend() {
        var state = EntityFixtures.analysedState()
        state.press("Enter", "F1", "F3")
        #expect(state.entities.hidden == [.person, .organization])
        #expect(!state.entities.visibleEntities(ofArticle: 0).contains { $0.kind == .person })
        state.press("F1")
        #expect(state.entities.hidden == [.organization])
        #expect(!state.entities.legendShown)
        state.press("L")
        #expect(state.entities.legendShown)
        state.press("L")
        #expect(!state.entities.legendShown)
    }

    @Test func anyEntityKeyInAnyPanelKeepsTheStateSound() {
        let names = ["]", "[", "E", "f", "0", "Ctrl-t", "L", "F1", "F2", "F3", "F4", "Enter", "Esc", "j", "k", "G", "g",
                     "Tab", "Shift-Tab", "z", "Space"]
        let long = Fixtures.long(times: 3)
        var state = Fixtures.state([Fixtures.mali, long, Fixtures.anadolu], width: 100, height: 30)
        state.entities.analysing = true
        var seed: UInt64 = 7
        for step in 0..<600 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let name = names[Int(seed >> 33) % names.count]
            state.press(name)
            switch step {
            case 100: _ = App.update(&state, .analyzed([0: EntityFixtures.mali]))
            case 250: _ = App.update(&state, .analyzed([1: EntityFixtures.mentions(in: long, [("Moscou", .location), ("Mali", .location)])]))
            case 400: _ = App.update(&state, .analyzed([2: EntityFixtures.anadolu]))
            default: break
            }
            if step % 75 == 0 {
                _ = App.update(&state, .resize(Size(width: 60 + Int(seed >> 40) % 100, height: 15 + Int(seed >> 50) % 30)))
            }
            #expect(state.listCount == 0 || (0..<state.listCount).contains(state.list.selected), "step \(step) after \(name)")
            let items = App.summary(state).items.count
            #expect(items == 0 || (0..<items).contains(state.side.entity), "step \(step) after \(name)")
            if let mark = state.reader.mark, let index = state.reader.article {
                #expect(state.entities.byArticle[index]?.contains { $0.range == mark } == true, "step \(step)")
            }
            let grid = state.screen
            #expect(grid.width == state.size.width && grid.height == state.size.height)
        }
    }
}
