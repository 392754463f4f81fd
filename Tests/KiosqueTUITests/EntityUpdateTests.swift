import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("update: the open article's entities, index progress, entity jumps, entity view, highlight, filter, type toggles")
struct EntityUpdateTests {
    @Test func theOpenArticleBringsItsEntitiesWithoutPageDebris() {
        var state = Fixtures.state(entities: EntityFixtures.all)
        let shown = state.open?.entities ?? []
        #expect(shown.count == EntityFixtures.mali.count - 1, "the mention in the `Menu` debris is dropped")
        #expect(!shown.contains { $0.text == "Menu" })
        #expect(shown.map(\.range.start) == shown.map(\.range.start).sorted())
        // Only the open article's entities are held: opening another one brings its own.
        state.press("j", "Enter")
        #expect(state.openPosition == 1)
        #expect(state.open?.entities.map(\.text).sorted() == EntityFixtures.anadolu.map(\.text).sorted())
        #expect(App.summary(state).items.contains { $0.key.name == "Anadolu" })
        #expect(!App.summary(state).items.contains { $0.key.name == "Sergueï Lavrov" })
    }

    @Test("the index progress in the status line: bar, counts, rate, time left; French; narrow; gone when done")
    func indexProgressInTheStatusLine() {
        let progress = IndexProgress(done: 1200, total: 5030, analysed: 1200, elapsed: 3.43, batches: 5)
        var state = Fixtures.state(width: 140)
        state.index.running = true
        #expect(!state.screen.lines[38].contains("Indexing"), "no bar before the first progress")
        state.send(.indexProgress(progress))
        #expect(state.screen.lines[38].contains("Indexing ▕██▍       ▏ 1,200/5,030 · 350/s · 11 s  1/3"))
        // Thousands grouped the way each language writes them, the words French.
        var french = Fixtures.state(width: 140, language: .french)
        french.index.running = true
        french.send(.indexProgress(progress))
        #expect(french.screen.lines[38].contains("Indexation ▕██▍       ▏ 1\u{00A0}200/5\u{00A0}030 · 350/s · 11 s"))
        // Longer times, and the start (no rate yet).
        #expect(StatusBarView.duration(125, state.strings) == "2 min 5 s")
        #expect(StatusBarView.duration(3725, french.strings) == "1 h 2 min")
        french.send(.indexProgress(IndexProgress(done: 0, total: 5030, analysed: 0, elapsed: 0.1, batches: 0)))
        #expect(french.screen.lines[38].contains("Indexation ▕          ▏ 0/5\u{00A0}030  1/3"))
        // Below 100 columns: the figures without the word and the bar.
        var narrow = Fixtures.state(width: 80, height: 24)
        narrow.index.running = true
        narrow.send(.indexProgress(progress))
        #expect(narrow.screen.lines[22].contains("1,200/5,030 · 350/s · 11 s"))
        #expect(!narrow.screen.lines[22].contains("▕"))
        // Done: the bar goes.
        state.send(.indexFinished(IndexOutcome()))
        #expect(!state.screen.lines[38].contains("Indexing"))
        #expect(!state.index.running)
    }

    @Test func indexFailureIsShownAndEndsTheProgress() {
        var state = Fixtures.state()
        state.index.running = true
        state.send(.indexProgress(IndexProgress(done: 10, total: 30, analysed: 10, elapsed: 1, batches: 1)))
        #expect(state.screen.lines[38].contains("Indexing"))
        state.send(.indexFinished(IndexOutcome(failure: "cannot read word list x.txt")))
        #expect(state.screen.lines[38].contains("The index could not be updated: cannot read word list x.txt"))
        #expect(!state.screen.lines[38].contains("Indexing"))
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
        var state = Fixtures.state([article], width: 90, height: 20,
                                   entities: [0: EntityFixtures.mentions(in: article, [("Wagner", .organization)])])
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

    /// The entity view's order changes when the corpus's entity index arrives (a bare `Lavrov`
    /// joins `Sergueï Lavrov` and moves it up): the selection stays on its entity, not its row.
    @Test("the entity view's selection follows its entity when the entity index reorders the view")
    func selectionFollowsTheEntityWhenTheIndexArrives() throws {
        let bare = try #require(EntityFixtures.mentions(in: Fixtures.mali, [("Lavrov", .person)]).first)
        let full = try #require(EntityFixtures.mentions(in: Fixtures.mali, [("Sergueï Lavrov", .person)]).last)
        let others = EntityFixtures.mentions(in: Fixtures.mali, [("Abdoulaye Diop", .person)]).prefix(1)
            + EntityFixtures.mentions(in: Fixtures.mali, [("Sadio Camara", .person)])
        let mali = (others + [bare, full]).sorted { $0.range.start < $1.range.start }
        let entities: [Int: [Entity]] = [0: mali, 1: EntityFixtures.anadolu, 2: []]
        var state = Fixtures.state(entities: entities)
        state.press("Enter", "E")
        // Without the index, four people of one mention each, by name.
        #expect(App.summary(state).items.prefix(4).map(\.key.name) == ["Abdoulaye Diop", "Lavrov", "Sadio Camara", "Sergueï Lavrov"])
        #expect(App.selectedEntity(state)?.name == "Abdoulaye Diop")

        state.send(.entityIndex(lavrovIndex(entities, full), catalogue: state.catalogueSerial))
        #expect(App.summary(state).items.prefix(3).map(\.key.name) == ["Sergueï Lavrov", "Abdoulaye Diop", "Sadio Camara"])
        #expect(App.selectedEntity(state)?.name == "Abdoulaye Diop", "the first row is now Lavrov's; the selection stays on Diop")
        #expect(state.screen.text.contains("▸ 1 Abdoulaye Diop"))
        state.press("f")
        #expect(state.list.filter?.entity?.name == "Abdoulaye Diop")
    }

    /// The entity view shows, under the selected entity only, its other spellings: the article's
    /// (a bare `Lavrov`), then the corpus's (`Serguei Lavrov` elsewhere), in the interface language.
    @Test("the entity view names the selected entity's other spellings under it, the article's then the corpus's")
    func selectedEntityShowsItsVariants() throws {
        let bare = try #require(EntityFixtures.mentions(in: Fixtures.mali, [("Lavrov", .person)]).first)
        let full = try #require(EntityFixtures.mentions(in: Fixtures.mali, [("Sergueï Lavrov", .person)]).last)
        let diop = EntityFixtures.mentions(in: Fixtures.mali, [("Abdoulaye Diop", .person)]).prefix(1)
        let entities: [Int: [Entity]] = [0: (diop + [bare, full]).sorted { $0.range.start < $1.range.start }, 1: [], 2: []]
        var unaccented = full
        unaccented.text = "Serguei Lavrov"
        unaccented.canonical = "Serguei Lavrov"
        var corpus = entities
        for extra in 0..<EntityIndex.minimumFullNameArticles { corpus[3 + extra] = [full] }
        corpus[9] = [unaccented]
        for language in [Language.english, .french] {
            var state = Fixtures.state(language: language, entities: entities)
            state.send(.entityIndex(EntityArticleIndex.of(corpus), catalogue: state.catalogueSerial))
            state.press("Enter", "E")
            #expect(App.selectedEntity(state)?.name == "Sergueï Lavrov")
            let lines = state.screen.text.split(separator: "\n").map(String.init)
            let row = try #require(lines.firstIndex { $0.contains("▸ 2 Sergueï Lavrov") })
            let word = language == .french ? "aussi" : "also"
            // Wrapped under the name, in the panel.
            let under = lines[(row + 1)...].prefix(2).map { $0.split(separator: "│").last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" }
            #expect(under.joined(separator: " ").contains("\(word) Lavrov, Serguei Lavrov"), "\(under)")
            #expect(!state.screen.text.contains("\(word) Abdoulaye"), "only under the selected entity")
            state.press("j")
            #expect(App.selectedEntity(state)?.name == "Abdoulaye Diop")
            #expect(!state.screen.text.contains("\(word) Lavrov"), "the line follows the selection")
        }
    }

    /// An entity index in which `Sergueï Lavrov` is named in full in enough articles
    /// (`EntityIndex.minimumFullNameArticles`) for a bare `Lavrov` to stand for him.
    func lavrovIndex(_ entities: [Int: [Entity]], _ full: Entity) -> EntityArticleIndex {
        var corpus = entities
        for extra in 0..<EntityIndex.minimumFullNameArticles { corpus[entities.count + extra] = [full] }
        return EntityArticleIndex.of(corpus)
    }

    /// A selected bare surname that the index then names in full stays selected under that name.
    @Test func aSelectedBareSurnameFollowsItsFullName() throws {
        let bare = try #require(EntityFixtures.mentions(in: Fixtures.mali, [("Lavrov", .person)]).first)
        let full = try #require(EntityFixtures.mentions(in: Fixtures.mali, [("Sergueï Lavrov", .person)]).last)
        let others = EntityFixtures.mentions(in: Fixtures.mali, [("Abdoulaye Diop", .person)]).prefix(1)
            + EntityFixtures.mentions(in: Fixtures.mali, [("Sadio Camara", .person)])
        let entities: [Int: [Entity]] = [0: (others + [bare, full]).sorted { $0.range.start < $1.range.start }, 1: [], 2: []]
        var state = Fixtures.state(entities: entities)
        state.press("Enter", "E", "j")
        #expect(App.selectedEntity(state)?.name == "Lavrov")
        state.send(.entityIndex(lavrovIndex(entities, full), catalogue: state.catalogueSerial))
        #expect(App.selectedEntity(state)?.name == "Sergueï Lavrov")
        state.press("j")
        #expect(App.selectedEntity(state)?.name == "Abdoulaye Diop")
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
        #expect(App.selectedEntity(state) == items.last?.key)
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
        #expect(ArticleListView.title(state) == "Articles (1/3) · Sergueï Lavrov · file order")
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
        state.side.entity = App.summary(state).items.first { $0.key.name == "Mali" }?.key
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

    @Test("an entity filter is partial until the entity index arrives, then lists every article")
    func filterIsPartialUntilTheEntityIndexArrives() {
        var state = Fixtures.state(entities: EntityFixtures.all)
        state.press("Enter", "E")
        state.side.entity = App.summary(state).items.first { $0.key.name == "Mali" }?.key
        state.press("f")
        // Only the open article is known to mention it so far.
        #expect(state.list.filter?.rows == [0])
        #expect(state.list.filter?.isPartial == true)
        #expect(ArticleListView.title(state) == "Articles (1/3) · Mali (partial) · file order")
        // An index of another catalogue is refused.
        state.send(.entityIndex(EntityArticleIndex.of(EntityFixtures.all), catalogue: state.catalogueSerial + 1))
        #expect(state.list.filter?.isPartial == true)
        state.send(.entityIndex(EntityArticleIndex.of(EntityFixtures.all), catalogue: state.catalogueSerial))
        #expect(state.list.filter?.rows == [0, 1])
        #expect(state.list.filter?.isPartial == false)
        #expect(ArticleListView.title(state) == "Articles (2/3) · Mali · file order")
        // While the index is updated, more may match: partial again until it ends.
        state.index.running = true
        App.refreshFilter(&state)
        #expect(state.list.filter?.isPartial == true)
        state.send(.indexFinished(IndexOutcome()))
        #expect(state.list.filter?.isPartial == false)
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
        #expect(!state.entities.visible(state.open?.entities ?? []).contains { $0.kind == .person })
        #expect(state.entities.visible(state.open?.entities ?? []).contains { $0.kind == .location })
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
        let entities = [0: EntityFixtures.mali, 1: EntityFixtures.mentions(in: long, [("Moscou", .location), ("Mali", .location)]),
                        2: EntityFixtures.anadolu]
        var state = Fixtures.state([Fixtures.mali, long, Fixtures.anadolu], width: 100, height: 30, entities: entities)
        state.index.running = true
        var seed: UInt64 = 7
        for step in 0..<600 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let name = names[Int(seed >> 33) % names.count]
            state.press(name)
            switch step {
            case 100: state.send(.indexProgress(IndexProgress(done: 1, total: 3, analysed: 1, elapsed: 1, batches: 1)))
            case 250: state.send(.indexFinished(IndexOutcome()))
            case 400: state.send(.entityIndex(EntityArticleIndex.of(entities), catalogue: state.catalogueSerial))
            default: break
            }
            if step % 75 == 0 {
                _ = App.update(&state, .resize(Size(width: 60 + Int(seed >> 40) % 100, height: 15 + Int(seed >> 50) % 30)))
            }
            #expect(state.listCount == 0 || (0..<state.listCount).contains(state.list.selected), "step \(step) after \(name)")
            let items = App.summary(state).items
            #expect(items.isEmpty || items.contains { $0.key == App.selectedEntity(state) }, "step \(step) after \(name)")
            if let mark = state.reader.mark {
                #expect(state.open?.entities.contains { $0.range == mark } == true, "step \(step)")
            }
            let grid = state.screen
            #expect(grid.width == state.size.width && grid.height == state.size.height)
        }
    }
}
