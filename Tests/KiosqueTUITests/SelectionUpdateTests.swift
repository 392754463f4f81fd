import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("update: selecting a passage and the note editor")
struct SelectionUpdateTests {
    /// The Mali article open in the reader, cursor on its first sentence (2, 0).
    func reading(_ state: AppState = Fixtures.state()) -> AppState {
        var state = state
        state.press("Enter")
        return state
    }

    func at(_ paragraph: Int, _ sentence: Int) -> SentenceIndex { SentenceIndex(paragraph: paragraph, sentence: sentence) }

    /// The text of a range of the open article.
    func text(_ range: TextRange, _ state: AppState) -> String {
        let scalars = Array((state.openArticle?.text ?? "").unicodeScalars)[range.start..<range.end]
        return String(String.UnicodeScalarView(scalars))
    }

    /// Types text into the editor, one key per character (as tmux send-keys delivers it).
    func type(_ text: String, _ state: inout AppState) -> [Effect] {
        text.flatMap { App.update(&state, .key(.character($0))) }
    }

    @Test("v then j and k extend the selection sentence by sentence, across paragraphs, either way")
    func selectionAcrossParagraphs() throws {
        var state = reading()
        state.press("j", "j", "v")
        #expect(state.reader.selection == at(2, 2))
        state.press("j", "j")
        let span = try #require(App.selectedSentences(state))
        #expect(span.first == at(2, 2) && span.last == at(3, 1))
        let range = try #require(App.passageRange(state))
        #expect(text(range, state).hasPrefix("L’objectif de cette visite"))
        #expect(text(range, state).hasSuffix("sur les réseaux sociaux."))
        #expect(text(range, state).contains("\n\n"), "the passage crosses a paragraph break")
        // Back above the start: the selection runs the other way.
        state.press("k", "k", "k", "k")
        let back = try #require(App.selectedSentences(state))
        #expect(back.first == at(2, 0) && back.last == at(2, 2))
        // v again clears it.
        state.press("v")
        #expect(state.reader.selection == nil)
        #expect(App.passageRange(state) == state.openArticle?.sentence(at: at(2, 0))?.range)
    }

    @Test("V selects the cursor's paragraph; j then extends into the next one; Esc clears and stays in the reader")
    func paragraphSelectionAndEscape() throws {
        var state = reading()
        state.press("j", "j", "j", "V")
        let span = try #require(App.selectedSentences(state))
        #expect(span.first == at(3, 0) && span.last == at(3, 1))
        state.press("j")
        #expect(App.selectedSentences(state)?.last == at(4, 0))
        state.press("Esc")
        #expect(state.reader.selection == nil)
        #expect(state.focus == .reader, "Esc clears the selection before leaving the reader")
        state.press("Esc")
        #expect(state.focus == .list)
    }

    @Test("v, V and b outside the reader say where to go and do nothing")
    func selectionNeedsTheReader() {
        var state = Fixtures.state()
        #expect(state.press("v", "b").isEmpty)
        #expect(state.reader.selection == nil && state.noteEditor == nil)
        #expect(state.noticeText == state.strings[.bookmarkReaderOnly])
    }

    @Test("b opens the editor; accented and wide characters are typed; Enter emits the save with range, quote and note")
    func bookmarkWithAccentedNote() throws {
        var state = reading()
        state.press("j", "v", "j")
        let range = try #require(App.passageRange(state))
        #expect(state.press("b").isEmpty)
        #expect(state.noteEditor?.purpose == .new(article: state.id(0), range: range))
        // Keys that are actions elsewhere are text here: q, j, ?, E, 1.
        var effects = type("é œ ü 漢字 qj?E1", &state)
        #expect(effects.isEmpty)
        #expect(state.noteEditor?.editor.text == "é œ ü 漢字 qj?E1")
        #expect(state.help == nil && state.reader.cursor == at(2, 2) && state.list.filter == nil)
        // Backspace over the letters, then over a wide character in the middle.
        state.press("Backspace", "Backspace", "Backspace", "Backspace", "Backspace", "Backspace")
        state.press("Left", "Backspace")
        #expect(state.noteEditor?.editor.text == "é œ ü 字")
        state.press("End", "Space")
        effects = state.press("Enter")
        guard case .saveBookmark(let draft)? = effects.first, effects.count == 1 else {
            Issue.record("expected one save, got \(effects)")
            return
        }
        #expect(draft.range == range)
        #expect(draft.note == "é œ ü 字", "trimmed")
        #expect(draft.quote.exact == text(range, state))
        #expect(draft.quote.exact.hasPrefix("Ils se sont entretenus avec Sergueï Lavrov"))
        #expect(draft.quote.prefix.hasSuffix("en déplacement en Russie. "))
        #expect(draft.article.id == Fixtures.mali.id && draft.article.title == Fixtures.mali.title)
        #expect(state.noteEditor == nil && state.reader.selection == nil)
    }

    @Test("a note typed decomposed (e + U+0301) is saved composed")
    func noteIsComposed() {
        var state = reading()
        state.press("b")
        _ = type("cafe\u{301}", &state)
        guard case .saveBookmark(let draft)? = state.press("Enter").first else {
            Issue.record("no save")
            return
        }
        #expect(draft.note == "café")
        #expect(draft.note.unicodeScalars.count == 4)
    }

    @Test("Esc cancels: no effect, no bookmark, the selection stays")
    func escapeCancels() {
        var state = reading()
        state.press("v", "j", "b")
        #expect(type("reprise de Kidal", &state).isEmpty)
        #expect(state.press("Esc").isEmpty)
        #expect(state.noteEditor == nil)
        #expect(state.bookmarks.all.isEmpty)
        #expect(state.reader.selection != nil)
        #expect(state.noticeText == state.strings[.bookmarkCancelled])
    }

    @Test("Ctrl-C in the editor of a new bookmark keeps the bookmark and its note (it quit and lost them); the next Ctrl-C quits")
    func ctrlCKeepsThenQuits() {
        var state = reading()
        state.press("b")
        for ch in "à garder" { _ = App.update(&state, .key(.character(ch))) }
        let effects = state.press("Ctrl-c")
        #expect(effects.count == 1)
        guard case .saveBookmark(let draft)? = effects.first else {
            Issue.record("no bookmark saved")
            return
        }
        #expect(draft.note == "à garder")
        #expect(state.noteEditor == nil && state.notice == .noteKeptOnInterrupt)
        #expect(state.press("Ctrl-c") == [.quit])
    }

    @Test("the saved bookmark comes back as a message: listed, marked, announced; b on it edits its note")
    func savedBookmarkIsListed() throws {
        var state = reading()
        state.press("j", "b")
        _ = type("reprise", &state)
        guard case .saveBookmark(let draft)? = state.press("Enter").first else {
            Issue.record("no save")
            return
        }
        let bookmark = draft.bookmark()
        _ = App.update(&state, .bookmarkSaved(bookmark, .saved))
        #expect(state.bookmarks.all == [bookmark])
        #expect(state.bookmarks.placement(of: bookmark.id) == BookmarkPlacement(article: state.id(0), anchor: .unchanged(draft.range)))
        #expect(state.noticeText == "Bookmark saved")
        #expect(App.bookmarkUnderCursor(state) == bookmark)
        // The same passage again: its note opens, no second bookmark.
        state.press("b")
        #expect(state.noteEditor?.purpose == .edit(bookmark.id))
        #expect(state.noteEditor?.editor.text == "reprise")
        _ = type(" de Kidal", &state)
        #expect(state.press("Enter") == [.updateNote(bookmark.id, "reprise de Kidal")])
        #expect(state.bookmarks.bookmark(bookmark.id)?.note == "reprise de Kidal")
    }

    @Test("a bookmark kept in memory is listed too, and the status line says why")
    func keptInMemory() {
        var state = reading()
        let draft = BookmarkDraft(article: Fixtures.mali, range: TextRange(0, 4), analysis: nil, entities: [])
        let bookmark = draft.bookmark()
        _ = App.update(&state, .bookmarkSaved(bookmark, .keptInMemory(.diskFull(path: "/x/bookmarks.sqlite"))))
        _ = App.update(&state, .storeReport(StoreReport(notices: [.keptInMemory(count: 1, error: .diskFull(path: "/x/bookmarks.sqlite"))],
                                                        pendingWrites: 1)))
        #expect(state.bookmarks.all == [bookmark])
        #expect(state.noticeText?.contains("kept in memory") == true)
        #expect(state.storeWarningText?.contains("the disk is full") == true)
        // Written later: the warning goes.
        _ = App.update(&state, .storeReport(StoreReport(notices: [.pendingWritten(count: 1)], pendingWrites: 0)))
        #expect(state.storeWarningText == nil)
        #expect(state.noticeText?.contains("now saved") == true)
    }

    @Test("the passage's sectors and entities are taken from the analysis when the bookmark is made")
    func draftCarriesSectorsAndEntities() throws {
        var state = SectorFixtures.state()
        state.press("j", "j", "j", "Enter")
        #expect(state.openArticle?.id == SectorFixtures.energy.id)
        state.press("b")
        guard case .saveBookmark(let draft)? = state.press("Enter").first else {
            Issue.record("no save")
            return
        }
        #expect(draft.sectors.first == "énergie")
        #expect(draft.quote.exact == "Le prix de l’électricité augmente encore cet hiver.")

        var analysed = EntityFixtures.analysedState()
        analysed.press("Enter", "j", "b")
        guard case .saveBookmark(let other)? = analysed.press("Enter").first else {
            Issue.record("no save")
            return
        }
        #expect(other.entities == [BookmarkEntity(text: "Sergueï Lavrov", kind: .person)])
        #expect(other.sectors.isEmpty, "no classifier yet: no sectors")
    }
}
