import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("update and grid: the analyst's tags on bookmarks (#word in a note, T in the bookmark view)")
struct BookmarkTagUpdateTests {
    func withBookmarks(_ state: AppState = Fixtures.state()) -> AppState {
        var state = state
        state.send(.bookmarksLoaded(BookmarkFixtures.four))
        return state
    }

    @discardableResult
    func type(_ text: String, _ state: inout AppState) -> [Effect] {
        text.flatMap { App.update(&state, .key(.character($0))) }
    }

    /// The Kidal bookmark (third in the view, newest first).
    var kidal: Bookmark { BookmarkFixtures.four[1] }

    @Test("b: the note's #words are the new bookmark's tags, the note keeps the rest")
    func newBookmarkTags() {
        var state = Fixtures.state()
        state.press("Enter", "b")
        type("#énergie visite à Moscou #Mali, #1 sur la liste", &state)
        let effects = state.press("Enter")
        guard case .saveBookmark(let draft)? = effects.first, effects.count == 1 else {
            Issue.record("expected one save, got \(effects)")
            return
        }
        #expect(draft.tags == ["énergie", "Mali"])
        #expect(draft.note == "visite à Moscou #1 sur la liste")
        #expect(draft.bookmark().tags == ["énergie", "Mali"])
    }

    @Test("T in the bookmark view edits the selected bookmark's tags; Enter saves them, the view and the status line show them")
    func editTagsInTheView() throws {
        var state = withBookmarks(Fixtures.state(width: 140))
        state.press("B", "j", "j")
        #expect(App.selectedBookmark(state)?.id == kidal.id)
        #expect(state.press("T").isEmpty)
        #expect(state.noteEditor?.purpose == .tags(kidal.id))
        #expect(state.noteEditor?.editor.text == "", "no tags yet")
        let editing = state.screen
        #expect(editing.lines[39].hasPrefix("Tags: "), "\(editing.lines[39])")
        #expect(editing.lines[38].hasPrefix(" Bookmark tags: words separated by spaces"))
        type("Mali, #Énergie energie", &state)
        let effects = state.press("Enter")
        #expect(effects == [.updateTags(kidal.id, ["Mali", "Énergie"])])
        #expect(state.noteEditor == nil)
        #expect(state.bookmarks.bookmark(kidal.id)?.tags == ["Mali", "Énergie"])
        #expect(state.bookmarks.bookmark(kidal.id)?.note == "reprise de Kidal", "the note is untouched")
        state.send(.bookmarkWritten(.tags(kidal.id), .success(.saved)))
        #expect(state.noticeText == "Tags saved")
        // The view shows them before the sectors.
        #expect(state.screen.text.contains("#Mali #Énergie · défense"), "\(state.screen.text)")
        // T again: the tags to change, the cursor after them; removing them all is a change too.
        state.press("T")
        #expect(state.noteEditor?.editor.text == "#Mali #Énergie ")
        state.press("Ctrl-u")
        #expect(state.press("Enter") == [.updateTags(kidal.id, [])])
        #expect(state.bookmarks.bookmark(kidal.id)?.tags == [])
    }

    @Test("T with unchanged tags or Esc writes nothing; T outside the bookmark view does nothing")
    func nothingToWrite() {
        var state = withBookmarks()
        state.press("T")
        #expect(state.noteEditor == nil, "the list has the focus")
        state.press("B", "j", "j", "T")
        type("veille", &state)
        #expect(state.press("Esc").isEmpty)
        #expect(state.bookmarks.bookmark(kidal.id)?.tags == [])
        state.press("T")
        #expect(state.press("Enter").isEmpty, "the same tags: nothing to write")
    }

    @Test("e shows the note then its tags as #tags; changing them there saves both")
    func editNoteWithTags() {
        var tagged = BookmarkFixtures.four
        tagged[1].tags = ["Mali"]
        var state = Fixtures.state()
        state.send(.bookmarksLoaded(tagged))
        state.press("B", "j", "j", "e")
        #expect(state.noteEditor?.editor.text == "reprise de Kidal #Mali")
        type(" #sécurité", &state)
        #expect(state.press("Enter") == [.updateNote(kidal.id, "reprise de Kidal"), .updateTags(kidal.id, ["Mali", "sécurité"])])
        #expect(state.bookmarks.bookmark(kidal.id)?.tags == ["Mali", "sécurité"])
        // The note alone changed: only the note is written.
        state.press("e", "Home")
        type("Bamako: ", &state)
        #expect(state.press("Enter") == [.updateNote(kidal.id, "Bamako: reprise de Kidal")])
    }

    @Test("the bookmark view in French names the tag key in its hints")
    func frenchHints() {
        var state = withBookmarks(Fixtures.state(width: 140, language: .french))
        state.press("B")
        #expect(state.screen.lines[39].contains("e note  T étiquettes  d supprimer"), "\(state.screen.lines[39])")
        state.press("T")
        #expect(state.screen.lines[39].hasPrefix("Étiquettes\u{A0}: ") || state.screen.lines[39].hasPrefix("Étiquettes : "))
    }
}
