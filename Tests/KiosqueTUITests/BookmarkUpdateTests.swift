import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("update: the bookmark view, reading state, quitting with unsaved changes")
struct BookmarkUpdateTests {
    /// The fixture state with the four bookmarks loaded.
    func withBookmarks(_ state: AppState = Fixtures.state(), _ bookmarks: [Bookmark] = BookmarkFixtures.four) -> AppState {
        var state = state
        state.send(.bookmarksLoaded(bookmarks))
        return state
    }

    func shownNotes(_ state: AppState) -> [String] { App.shownBookmarks(state).map(\.note) }

    @Test("B opens the view (focused, the store read again); newest first; placements of every kind; B again closes")
    func openTheView() throws {
        var state = withBookmarks()
        #expect(state.press("B") == [.loadBookmarks])
        #expect(state.focus == .side && state.side.view == .bookmarks)
        #expect(shownNotes(state) == ["ancien texte", "", "reprise de Kidal", "Lavrov reçoit"])
        let four = BookmarkFixtures.four
        let placements = App.shownBookmarks(state).map { state.bookmarks.placement(of: $0.id) }
        // The open article's are found in its text at once; the others' by `anchorBookmarks`.
        #expect(App.update(&state, .bookmarksLoaded(BookmarkFixtures.four)).isEmpty, "nothing to anchor again")
        #expect(placements[0]?.article == state.id(0) && placements[0]?.isDetached == true)
        #expect(placements[1] == BookmarkPlacement(article: nil, anchor: nil), "not in the corpus, still listed")
        #expect(placements[2]?.article == state.id(1) && placements[2]?.range == four[1].range)
        #expect(placements[3]?.anchor == .unchanged(four[0].range))
        #expect(state.press("B").isEmpty)
        #expect(state.side.view == .outline)
    }

    @Test("Enter jumps to the passage: its article opens, the cursor on its first sentence, the view on it")
    func enterJumps() throws {
        var state = withBookmarks(Fixtures.state([Fixtures.mali, Fixtures.long(times: 6), Fixtures.anadolu], height: 24))
        _ = App.update(&state, .readingLoaded(ReadingSnapshot()))
        state.press("B", "j", "j")
        let effects = state.press("Enter")
        #expect(state.openPosition == 2)
        #expect(state.focus == .reader)
        #expect(state.openArticle?.sentence(at: try #require(state.reader.cursor))?.text == BookmarkFixtures.kidal)
        #expect(state.list.selected == 2, "the list follows")
        guard case .saveReading(let batch)? = effects.first else {
            Issue.record("no reading write: \(effects)")
            return
        }
        #expect(batch.lastOpened == ArticleKey(Fixtures.anadolu))
        #expect(batch.changes.contains { $0.article == ArticleKey(Fixtures.anadolu) && $0.read })
        #expect(state.screen.text.contains("▌ La diplomatie malienne"), "the cursor sentence is on screen")
    }

    @Test("Enter on a bookmark whose article is not loaded, or whose passage is gone, says so")
    func enterOnAbsentAndDetached() {
        var state = withBookmarks()
        state.press("B", "j")
        #expect(state.press("Enter").isEmpty)
        #expect(state.noticeText?.contains("not in the open corpus") == true)
        #expect(state.focus == .side)
        state.press("k", "Enter")
        #expect(state.noticeText?.contains("detached") == true)
        #expect(state.openPosition == 0)
    }

    @Test("Ctrl-C in the note editor keeps what was typed (the note is saved) and says so; in the search prompt it cancels the prompt")
    func ctrlCKeepsTheNote() {
        var state = withBookmarks()
        state.press("B", "j", "j", "e")
        let kidal = BookmarkFixtures.four[1]
        #expect(App.takesInterrupt(state))
        state.press("Ctrl-u")
        for ch in "note tapée" { _ = App.update(&state, .key(.character(ch))) }
        let effects = App.update(&state, .key(.ctrl("c")))
        #expect(effects == [.updateNote(kidal.id, "note tapée")], "saved as Enter saves it")
        #expect(state.noteEditor == nil && state.notice == .noteKeptOnInterrupt)
        #expect(!App.takesInterrupt(state), "a second Ctrl-C ends the program")
        state.press("/")
        #expect(App.takesInterrupt(state))
        _ = App.update(&state, .key(.ctrl("c")))
        #expect(state.search.prompt == nil)
    }

    @Test("e edits the selected note (prefilled) and commits it on Enter; Esc leaves it")
    func editNote() {
        var state = withBookmarks()
        state.press("B", "j", "j", "e")
        let kidal = BookmarkFixtures.four[1]
        #expect(state.noteEditor?.purpose == .edit(kidal.id))
        #expect(state.noteEditor?.editor.text == "reprise de Kidal")
        state.press("Esc")
        #expect(state.noteEditor == nil)
        #expect(state.bookmarks.bookmark(kidal.id)?.note == "reprise de Kidal")
        state.press("e", "Ctrl-u")
        for ch in "prise de Kidal, été 2023" { _ = App.update(&state, .key(.character(ch))) }
        #expect(state.press("Enter") == [.updateNote(kidal.id, "prise de Kidal, été 2023")])
        #expect(state.bookmarks.bookmark(kidal.id)?.note == "prise de Kidal, été 2023")
        _ = App.update(&state, .bookmarkWritten(.note(kidal.id), .success(.saved)))
        #expect(state.noticeText == "Note saved")
    }

    @Test("d deletes (the status line says u undoes), u brings it back; several undos in order")
    func deleteAndUndo() {
        var state = withBookmarks()
        state.press("B", "j", "j")
        let kidal = BookmarkFixtures.four[1]
        #expect(state.press("d") == [.deleteBookmark(kidal.id)])
        #expect(state.noticeText == "Bookmark deleted, u to undo")
        #expect(!App.shownBookmarks(state).contains { $0.id == kidal.id })
        #expect(state.press("d") == [.deleteBookmark(BookmarkFixtures.four[0].id)])
        #expect(App.shownBookmarks(state).count == 2)
        #expect(state.press("u") == [.restoreBookmark(BookmarkFixtures.four[0].id)])
        #expect(state.press("u") == [.restoreBookmark(kidal.id)])
        #expect(App.selectedBookmark(state)?.id == kidal.id, "the restored bookmark is selected")
        #expect(App.shownBookmarks(state).count == 4)
        #expect(state.press("u").isEmpty)
        #expect(state.noticeText == "No deletion to undo")
    }

    @Test("e, d and u do nothing outside the bookmark view")
    func keysOnlyInTheView() {
        var state = withBookmarks()
        state.press("Enter")
        #expect(state.press("e", "d", "u").isEmpty)
        #expect(state.noteEditor == nil && state.bookmarks.all.count == 4)
    }

    @Test("the sector filter narrows the bookmarks (accents ignored), and x exports only those")
    func sectorFilterNarrows() throws {
        var bookmarks = BookmarkFixtures.four
        bookmarks[0].sectors = ["Energie"]
        var state = withBookmarks(SectorFixtures.state(), bookmarks)
        state.press("B")
        #expect(App.shownBookmarks(state).count == 4)
        state.press("2") // énergie
        #expect(shownNotes(state) == ["", "Lavrov reçoit"])
        #expect(state.side.view == .bookmarks)
        state.press("1") // and défense: any of them
        #expect(shownNotes(state) == ["", "reprise de Kidal", "Lavrov reçoit"])
        state.press("a") // all of them
        #expect(shownNotes(state).isEmpty)
        state.press("a", "1")
        #expect(state.press("x").isEmpty, "the title prompt first")
        let effects = state.press("Enter")
        guard case .exportReview(let request)? = effects.first else {
            Issue.record("no export: \(effects)")
            return
        }
        #expect(request.bookmarks.map(\.note) == ["", "Lavrov reçoit"])
        #expect(request.preferredSectors == ["énergie"])
        #expect(request.language == .english)
        #expect(request.sectorOrder.prefix(3) == ["défense", "énergie", "éducation"])
        state.press("0")
        let all = state.press("x", "Enter")
        guard case .exportReview(let every)? = all.first else {
            Issue.record("no export: \(all)")
            return
        }
        #expect(every.bookmarks.count == 4, "every bookmark again")
    }

    @Test("x with no bookmark says so and writes nothing")
    func exportNothing() {
        var state = Fixtures.state()
        #expect(state.press("x").isEmpty)
        #expect(state.bookmarks.reviewTitle == nil, "no title asked for an empty review")
        #expect(state.noticeText?.contains("No bookmark to export") == true)
        _ = App.update(&state, .reviewExported(.success(ReviewFile(path: "~/r.md", passages: 3))))
        #expect(state.noticeText == "Press review written (3 passages): ~/r.md (+ .html)")
    }

    /// Another reader adds a bookmark while the view is open: the store is read again and the new
    /// one comes first. The selection stays on the bookmark it was on, and `d` deletes that one.
    @Test("the selection stays on its bookmark when the store is read again with a newer one; d deletes that one")
    func selectionFollowsItsBookmarkOnReload() throws {
        let older = (0..<3).map { BookmarkFixtures.bookmark(BookmarkFixtures.lavrov, in: Fixtures.mali, note: "n\($0)", minute: $0) }
        var state = withBookmarks(Fixtures.state(height: 30), older)
        state.press("B", "j")
        let chosen = try #require(App.selectedBookmark(state))
        #expect(chosen.note == "n1")
        let newer = BookmarkFixtures.bookmark(BookmarkFixtures.lavrov, in: Fixtures.mali, note: "added elsewhere", minute: 50)
        state.send(.bookmarksLoaded(older + [newer]))
        #expect(App.shownBookmarks(state).first?.note == "added elsewhere")
        #expect(App.selectedBookmark(state)?.id == chosen.id, "not the bookmark now at the same position")
        #expect(state.press("d") == [.deleteBookmark(chosen.id)])
        #expect(App.selectedBookmark(state)?.note == "n0", "the next one takes its place")
        state.press("G", "d")
        #expect(App.selectedBookmark(state)?.note == "n2", "after the last, the one before it")
    }

    @Test("j and k move in the view, clamped; the selection stays on screen")
    func moveInTheView() {
        var many: [Bookmark] = []
        for i in 0..<30 { many.append(BookmarkFixtures.bookmark(BookmarkFixtures.lavrov, in: Fixtures.mali, note: "n\(i)", minute: i)) }
        var state = withBookmarks(Fixtures.state(height: 24), many)
        state.press("B", "G")
        #expect(state.bookmarks.selectedPosition == 29)
        #expect(state.screen.text.contains("n0"))
        state.press("g")
        #expect(state.bookmarks.selectedPosition == 0)
        #expect(state.screen.text.contains("n29"))
        state.press("k")
        #expect(state.bookmarks.selectedPosition == 0)
    }
}

@Suite("update: reading state")
struct ReadingUpdateTests {
    func key(_ article: Article) -> ArticleKey { ArticleKey(article) }

    @Test("at start the last article comes back at its position, focused; read marks arrive")
    func restore() throws {
        let long = Fixtures.long(times: 6)
        var state = Fixtures.state([Fixtures.mali, long, Fixtures.anadolu], height: 24)
        let target = try #require(long.paragraphs[20].sentences.first)
        let effects = state.send(.readingLoaded(ReadingSnapshot(
            states: [key(long): ReadingState(position: target.range.start, read: true, updated: Date()),
                     key(Fixtures.anadolu): ReadingState(position: 0, read: false, updated: Date())],
            lastOpened: key(long))))
        #expect(effects.isEmpty)
        #expect(state.openPosition == 1)
        #expect(state.reader.cursor == SentenceIndex(paragraph: 20, sentence: 0))
        #expect(state.focus == .reader)
        #expect(state.list.selected == 1)
        #expect(state.screen.text.contains("▌ " + String(target.text.prefix(30))))
        #expect(state.isUnread(0) && !state.isUnread(1) && state.isUnread(2))
    }

    @Test("the same files opened from another folder: found by id")
    func restoreByID() {
        var state = Fixtures.state()
        state.send(.readingLoaded(ReadingSnapshot(
            states: [ArticleKey(id: Fixtures.anadolu.id, location: "/elsewhere/x.txt"): ReadingState(read: true, updated: Date())],
            lastOpened: ArticleKey(id: Fixtures.anadolu.id, location: "/elsewhere/x.txt"))))
        #expect(state.openPosition == 1)
        #expect(state.isRead(1))
    }

    @Test("a reading store that cannot be read: nothing is marked unread, the status line says why")
    func unavailable() {
        var state = Fixtures.state()
        _ = App.update(&state, .readingLoaded(ReadingSnapshot(failure: "cannot open /x/reading.sqlite")))
        #expect(!state.isUnread(0))
        #expect(state.statusText == "Reading positions unavailable: cannot open /x/reading.sqlite")
    }

    @Test("opening marks read and writes the position left behind; moving marks the start article read; stopping writes the rest")
    func readAndPositions() throws {
        var state = Fixtures.state()
        _ = App.update(&state, .readingLoaded(ReadingSnapshot()))
        #expect(state.isUnread(0), "shown at start is not read")
        state.press("Tab", "j", "j")
        #expect(state.isRead(0), "moving in it is reading it")
        let position = try #require(state.openArticle?.sentence(at: SentenceIndex(paragraph: 2, sentence: 2))?.range.start)
        state.press("Tab", "Tab", "j")
        let effects = state.press("Enter")
        guard case .saveReading(let batch)? = effects.first else {
            Issue.record("no write: \(effects)")
            return
        }
        #expect(batch.changes == [ReadingBatch.Change(article: key(Fixtures.mali), position: position, read: true),
                                  ReadingBatch.Change(article: key(Fixtures.anadolu), position: nil, read: true)])
        #expect(batch.lastOpened == key(Fixtures.anadolu))
        // Back to the first article: where it was left.
        state.press("Esc", "k", "Enter")
        #expect(state.reader.cursor == SentenceIndex(paragraph: 2, sentence: 2))
        state.press("j")
        guard case .saveReading(let last)? = App.update(&state, .stopping).first else {
            Issue.record("nothing written at the end")
            return
        }
        let next = try #require(state.openArticle?.sentence(at: SentenceIndex(paragraph: 3, sentence: 0))?.range.start)
        #expect(last.changes == [ReadingBatch.Change(article: key(Fixtures.mali), position: next, read: true)])
        #expect(last.lastOpened == key(Fixtures.mali))
    }

    @Test("q with bookmark changes kept in memory warns first; a second q quits")
    func quitWithUnsavedChanges() {
        var state = Fixtures.state()
        _ = App.update(&state, .storeReport(StoreReport(notices: [], pendingWrites: 2)))
        #expect(state.press("q").isEmpty)
        #expect(state.noticeText?.contains("2 bookmark change(s) not on disk yet") == true)
        #expect(state.press("q") == [.quit])
        // Once written, q quits at once.
        var saved = Fixtures.state()
        _ = App.update(&saved, .storeReport(StoreReport(notices: [], pendingWrites: 0)))
        #expect(saved.press("q") == [.quit])
    }
}

@Suite("Any key, bookmarks included")
struct BookmarkRobustnessTests {
    @Test("a fixed random walk over every key, answering the store effects, never breaks a frame")
    func randomWalk() {
        let names = ["j", "k", "G", "g", "Space", "Tab", "Enter", "Esc", "z", "v", "V", "b", "B", "e", "d", "u", "x",
                     "1", "2", "é", "漢", "Backspace", "Left", "Right", "Ctrl-w", "h", "l", "q"]
        var state = Fixtures.state([Fixtures.long(times: 3), Fixtures.mali, Fixtures.anadolu], width: 90, height: 20)
        _ = App.update(&state, .readingLoaded(ReadingSnapshot()))
        state.send(.bookmarksLoaded(BookmarkFixtures.four))
        var seed: UInt64 = 7
        var saved = 0
        for step in 0..<600 {
            seed = seed &* 6364136223846793005 &+ 1442695040888963407
            let name = names[Int(seed >> 33) % names.count]
            for effect in state.press(name) {
                switch effect {
                case .saveBookmark(let draft):
                    saved += 1
                    _ = App.update(&state, .bookmarkSaved(draft.bookmark(), .saved))
                case .loadBookmarks:
                    state.send(.bookmarksLoaded(state.bookmarks.all))
                default: break
                }
            }
            if step % 40 == 0 {
                _ = App.update(&state, .resize(Size(width: 40 + Int(seed >> 40) % 110, height: 10 + Int(seed >> 50) % 35)))
            }
            let frame = App.render(state)
            #expect(frame.base.width == state.size.width && frame.base.height == state.size.height)
            if let cursor = frame.cursor { #expect(cursor.x < state.size.width && cursor.y < state.size.height, "step \(step)") }
            if state.help == nil, state.noteEditor == nil, state.focus == .reader, state.reader.cursor != nil,
               state.layout.mode != .tooSmall {
                #expect(frame.composed.text.contains("▌"), "step \(step) after \(name)")
            }
        }
        #expect(saved > 0, "the walk made bookmarks")
    }
}
