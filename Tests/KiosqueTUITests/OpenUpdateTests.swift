import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

extension AppState {
    /// Answers effects from `FixtureCorpus` (loads, anchors) and applies the answers.
    mutating func answer(_ effects: [Effect]) {
        for effect in effects {
            for message in FixtureCorpus.shared.run(effect) { send(message) }
        }
    }
}

@Suite("update: opening an article (App.open, Effect.loadArticle), catalogue refreshes, a first index")
struct OpenUpdateTests {
    let long = Fixtures.long(times: 6)

    @Test("Enter asks for the article; nothing moves until it arrives; then the target is applied")
    func openingIsAnEffect() throws {
        var state = Fixtures.state([Fixtures.mali, long, Fixtures.anadolu], height: 24)
        let target = try #require(long.paragraphs[20].sentences.first)
        state.send(.readingLoaded(ReadingSnapshot(states: [ArticleKey(long): ReadingState(position: target.range.start, read: true,
                                                                                          updated: Date())])))
        _ = App.update(&state, .key(.character("j")))
        let effects = App.update(&state, .key(.enter))
        guard case .loadArticle(let request)? = effects.first, effects.count == 1 else {
            Issue.record("Enter should ask for the article only: \(effects)")
            return
        }
        #expect(request.id == long.id && request.place.location == long.location)
        #expect(request.analysisID == state.catalogue.analysisIDs[1])
        #expect(state.openPosition == 0 && state.openArticle?.id == Fixtures.mali.id && state.focus == .list,
                "nothing moves before the article arrives")
        #expect(state.loads.pending?.target == .resume)

        let after = App.update(&state, .articleLoaded(request, FixtureCorpus.shared.load(request)))
        #expect(state.openPosition == 1 && state.openArticle?.id == long.id)
        #expect(state.focus == .reader)
        #expect(state.reader.cursor == SentenceIndex(paragraph: 20, sentence: 0), "where the user last was")
        #expect(state.loads.pending == nil)
        guard case .saveReading(let batch)? = after.first else {
            Issue.record("the reading state is written: \(after)")
            return
        }
        #expect(batch.lastOpened == ArticleKey(long))
        // The same answer again changes nothing.
        state.press("j")
        let cursor = state.reader.cursor
        #expect(App.update(&state, .articleLoaded(request, FixtureCorpus.shared.load(request))).isEmpty)
        #expect(state.reader.cursor == cursor)
    }

    @Test("only the answer to the last request is used")
    func aLaterRequestWins() throws {
        var state = Fixtures.state([Fixtures.mali, long, Fixtures.anadolu])
        _ = App.update(&state, .key(.character("j")))
        guard case .loadArticle(let first)? = App.update(&state, .key(.enter)).first else { throw Failure("no load") }
        _ = App.update(&state, .key(.character("j")))
        guard case .loadArticle(let second)? = App.update(&state, .key(.enter)).first else { throw Failure("no load") }
        #expect(second.ticket > first.ticket)
        _ = App.update(&state, .articleLoaded(first, FixtureCorpus.shared.load(first)))
        #expect(state.openPosition == 0, "the earlier answer is ignored")
        _ = App.update(&state, .articleLoaded(second, FixtureCorpus.shared.load(second)))
        #expect(state.openPosition == 2 && state.openArticle?.id == Fixtures.anadolu.id)
    }

    @Test("targets: a sentence, a source offset, the start")
    func targets() throws {
        var state = Fixtures.state([Fixtures.mali, long], height: 24)
        state.answer(App.open(&state, article: 1, target: .sentence(SentenceIndex(paragraph: 12, sentence: 1))))
        #expect(state.openPosition == 1)
        #expect(state.reader.cursor == SentenceIndex(paragraph: 12, sentence: 1))
        let offset = try #require(long.paragraphs[30].sentences.last?.range.start)
        state.answer(App.open(&state, article: 1, target: .offset(offset + 3)))
        #expect(state.reader.cursor?.paragraph == 30 && state.reader.cursor?.sentence == long.paragraphs[30].sentences.count - 1)
        #expect(state.screen.text.contains("▌ souhaitons étendre notre"), "the sentence is on screen, marked")
        state.answer(App.open(&state, article: 1, target: .start))
        #expect(state.reader.cursor == SentenceIndex(paragraph: 2, sentence: 0))
        // A position outside the catalogue asks for nothing.
        #expect(App.open(&state, article: 7).isEmpty)
    }

    @Test("a load that fails keeps the article shown and says why in the status line (en, fr)", arguments: [Language.english, .french])
    func loadFailure(language: Language) throws {
        var state = Fixtures.state(language: language)
        _ = App.update(&state, .key(.character("j")))
        guard case .loadArticle(let request)? = App.update(&state, .key(.enter)).first else { throw Failure("no load") }
        let issue = LoadIssue(location: "corpus.jsonl:12", reason: .fileChanged(found: "a4", expected: "a3"))
        state.send(.articleLoaded(request, .failure(issue)))
        #expect(state.openPosition == 0 && state.openArticle?.id == Fixtures.mali.id)
        #expect(state.focus == .list && state.loads.pending == nil)
        let line = state.screen.lines[38]
        #expect(line.contains(language == .english ? "Cannot open corpus.jsonl:12: the file changed since it was indexed"
                                                   : "Impossible d’ouvrir corpus.jsonl:12 : le fichier a changé depuis son indexation"), "\(line)")
        state.press("k")
        #expect(!state.screen.lines[38].contains("corpus.jsonl:12"), "the next key clears it")
    }

    @Test("a refresh that puts articles before others keeps the open article, its position, the selection, the filter, marks and bookmarks")
    func refreshKeepsEverything() throws {
        let energy = SectorFixtures.energy, school = SectorFixtures.school
        let results = SectorFixtures.results
        var state = Fixtures.state([energy, long, school], height: 24, sectors: [0: results[3]!, 2: results[4]!],
                                   sectorCount: SectorFixtures.sectorCount)
        state.send(.sectorsLoaded(SectorFixtures.classifier))
        state.send(.readingLoaded(ReadingSnapshot()))
        let bookmark = BookmarkFixtures.bookmark(long.paragraphs[9].sentences[0].text, in: long, minute: 0)
        state.send(.bookmarksLoaded([bookmark]))
        state.press("j", "Enter", "Space", "j", "j")
        #expect(state.openPosition == 1)
        let cursor = state.reader.cursor, top = state.reader.topOffset
        state.press("Tab", "Tab", "2")
        #expect(state.focus == .list && state.listedArticles == [0, 2])
        state.press("j")
        #expect(state.selectedArticle == 2)
        #expect(state.bookmarks.placement(of: bookmark.id)?.article == long.id)

        // Three articles come in before them (another file of the corpus).
        let all = [Fixtures.mali, Fixtures.anadolu, Fixtures.undated, energy, long, school]
        let catalogue = Fixtures.catalogue(all, sectors: [0: results[0]!, 1: results[1]!, 3: results[3]!, 5: results[4]!],
                                           sectorCount: SectorFixtures.sectorCount)
        let effects = state.send(.catalogue(CatalogueUpdate(serial: 1, catalogue: catalogue)))
        #expect(effects.isEmpty)
        #expect(state.catalogue.count == 6 && state.catalogueSerial == 1)
        #expect(state.openPosition == 4 && state.reader.article == long.id && state.openArticle?.id == long.id)
        #expect(state.reader.cursor == cursor && state.reader.topOffset == top, "the reader has not moved")
        #expect(state.sectors.open?.article == long.id)
        #expect(state.list.filter?.sectors == ["énergie"])
        #expect(state.listedArticles == [3, 0, 5], "rows computed again: mali is about énergie too")
        #expect(state.selectedArticle == 5, "the selection stays on its article")
        #expect(state.isRead(4) && state.isUnread(0) && state.isUnread(5))
        #expect(state.bookmarks.placement(of: bookmark.id)?.article == long.id && state.id(4) == long.id)
        #expect(state.bookmarks.placement(of: bookmark.id)?.range == bookmark.range, "the anchor is kept")
        #expect(state.screen.lines[1].contains(" Un long article "), "the reader still shows it")
        #expect(state.sectors.count(SectorFixtures.defense) == SectorCount(about: 2, central: 2))
    }

    @Test("a refresh without the open article (its file went) shows the selected article instead")
    func refreshWithoutTheOpenArticle() {
        var state = Fixtures.state([Fixtures.mali, long, Fixtures.anadolu])
        state.press("j", "Enter", "Esc", "j")
        #expect(state.openArticle?.id == long.id && state.selectedArticle == 2)
        state.send(.catalogue(CatalogueUpdate(serial: 1, catalogue: Fixtures.catalogue([Fixtures.mali, Fixtures.anadolu]))))
        #expect(state.selectedArticle == 1, "still anadolu")
        #expect(state.openArticle?.id == Fixtures.anadolu.id && state.openPosition == 1)
        #expect(state.focus == .list)
    }

    @Test("an article on its way when the catalogue changes arrives at its new position")
    func pendingLoadAcrossARefresh() throws {
        let energy = SectorFixtures.energy, school = SectorFixtures.school
        var state = Fixtures.state([energy, school])
        _ = App.update(&state, .key(.character("j")))
        guard case .loadArticle(let request)? = App.update(&state, .key(.enter)).first else { throw Failure("no load") }
        state.send(.catalogue(CatalogueUpdate(serial: 1, catalogue: Fixtures.catalogue([Fixtures.mali, energy, school]))))
        #expect(state.loads.pending?.request.id == school.id && state.id(2) == school.id)
        #expect(state.openPosition == 1 && state.openArticle?.id == energy.id, "the open article moved too")
        state.send(.articleLoaded(request, FixtureCorpus.shared.load(request)))
        #expect(state.openPosition == 2 && state.openArticle?.id == school.id && state.selectedArticle == 2)
    }

    @Test("a first index: the reader opens empty, shows the first article once in, then the last one read if no key was pressed")
    func firstIndex() {
        func start() -> AppState {
            var state = AppState(catalogue: Catalogue(), size: Size(width: 120, height: 40), display: DisplayOptions())
            state.index.running = true
            state.send(.readingLoaded(ReadingSnapshot(states: [ArticleKey(Fixtures.anadolu): ReadingState(read: true, updated: Date())],
                                                      lastOpened: ArticleKey(Fixtures.anadolu))))
            state.send(.started)
            return state
        }
        var state = start()
        #expect(state.open == nil && state.loads.pending == nil)
        #expect(state.screen.text.contains("Indexing the articles…"))
        #expect(state.screen.text.contains("Articles appear here as they are indexed"))
        state.send(.catalogue(CatalogueUpdate(serial: 1, catalogue: Fixtures.catalogue([Fixtures.mali]))))
        #expect(state.openArticle?.id == Fixtures.mali.id, "shown by itself")
        #expect(state.focus == .list && state.isUnread(0))
        state.send(.catalogue(CatalogueUpdate(serial: 2, catalogue: Fixtures.catalogue([Fixtures.mali, Fixtures.anadolu]))))
        #expect(state.openArticle?.id == Fixtures.anadolu.id, "the last article read, once it is in")
        #expect(state.focus == .reader && state.selectedArticle == 1 && state.isRead(1))

        // A key pressed meanwhile: the screen does not change under the user.
        var busy = start()
        busy.send(.catalogue(CatalogueUpdate(serial: 1, catalogue: Fixtures.catalogue([Fixtures.mali]))))
        busy.press("j")
        busy.send(.catalogue(CatalogueUpdate(serial: 2, catalogue: Fixtures.catalogue([Fixtures.mali, Fixtures.anadolu]))))
        #expect(busy.openArticle?.id == Fixtures.mali.id && busy.focus == .list)
        #expect(busy.isRead(1), "its read mark is there all the same")

        // The index ends without it: nothing more waits.
        var never = start()
        never.send(.catalogue(CatalogueUpdate(serial: 1, catalogue: Fixtures.catalogue([Fixtures.mali]))))
        never.send(.indexFinished(IndexOutcome()))
        #expect(never.reading.pendingRestore == nil)
        #expect(never.openArticle?.id == Fixtures.mali.id)
    }

    @Test("a refresh that reorders and inserts articles keeps the open article, the selection, the note editor's article and the bookmarks on the same articles")
    func refreshReordersByID() throws {
        var state = Fixtures.state([Fixtures.mali, long, Fixtures.anadolu])
        state.press("j", "Enter")
        let saved = state.press("b", "Enter")
        guard case .saveBookmark(let draft)? = saved.first else { throw Failure("no bookmark: \(saved)") }
        let bookmark = draft.bookmark()
        state.send(.bookmarkSaved(bookmark, .saved))
        state.press("Esc", "j", "Tab", "j", "j", "b")
        let cursor = state.reader.cursor
        guard case .new(let noted, let range)? = state.noteEditor?.purpose else { throw Failure("no note editor") }
        #expect(noted == long.id && state.selectedArticle == 2 && state.openArticle?.id == long.id)

        // Reordered, with two articles put before the others.
        let reordered = [Fixtures.undated, Fixtures.anadolu, SectorFixtures.energy, long, Fixtures.mali]
        state.send(.catalogue(CatalogueUpdate(serial: 1, catalogue: Fixtures.catalogue(reordered))))
        #expect(state.openArticle?.id == long.id && state.reader.article == long.id && state.openPosition == 3)
        #expect(state.reader.cursor == cursor, "the reader has not moved")
        #expect(state.selectedArticle == 1 && state.selectedID == Fixtures.anadolu.id, "the selection stays on anadolu")
        #expect(state.noteEditor?.purpose == .new(article: long.id, range: range), "the note editor's article")
        #expect(state.bookmarks.placement(of: bookmark.id)?.article == long.id)
        #expect(state.bookmarks.placement(of: bookmark.id)?.range == bookmark.range, "the anchor is kept")
        let lines = state.screen.lines
        let marked = lines.filter { $0.contains("•") }
        #expect(marked.count == 1 && marked.first?.contains("Un long article") == true,
                "the list marks the open article at its new row: \(marked)")
        let effects = state.press("Enter")
        guard case .saveBookmark(let second)? = effects.first else { throw Failure("no second bookmark: \(effects)") }
        #expect(second.article.id == long.id && second.range == range)
    }

    @Test("catalogues arrive in order: an older one is ignored")
    func olderCatalogueIgnored() {
        var state = Fixtures.state()
        state.send(.catalogue(CatalogueUpdate(serial: 3, catalogue: Fixtures.catalogue([Fixtures.mali, Fixtures.anadolu, Fixtures.undated, long]))))
        state.send(.catalogue(CatalogueUpdate(serial: 2, catalogue: Fixtures.catalogue([Fixtures.mali]))))
        #expect(state.catalogue.count == 4 && state.catalogueSerial == 3)
    }
}

/// A test that cannot go on.
struct Failure: Error, CustomStringConvertible {
    var description: String
    init(_ description: String) { self.description = description }
}
