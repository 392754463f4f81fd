/// The one-line hint bar: `? help  q quit  Tab panel  Enter open  z focus  Esc back  / search
/// ] entity  E entities  1 2 3 t sectors  } passage  w why  B bookmarks`, the keys taken from the
/// live key map (the first key of each binding of the hint's actions: `1 2 3` are three
/// `toggleSector` bindings). The reader and the bookmark view have their own hints (selection and
/// bookmarks); `n N match` joins while a search is active; hints that do not fit are left out
/// from the end.
enum HintBarView {
    static let normalHints: [([Action], StringKey)] = [
        ([.help], .hintHelp), ([.quit], .hintQuit), ([.nextPanel], .hintPanel), ([.open], .hintOpen),
        ([.zoom], .hintZoom), ([.back], .hintBack), ([.search], .hintSearch), ([.nextEntity], .hintEntity), ([.entityView], .hintEntities),
        ([.toggleSector, .sectorPicker], .hintSectors), ([.nextSectorPassage], .hintPassage), ([.sectorWhy], .hintWhy),
        ([.bookmarkView], .hintBookmarks),
    ]
    static let readerHints: [([Action], StringKey)] = [
        ([.help], .hintHelp), ([.quit], .hintQuit), ([.nextPanel], .hintPanel), ([.zoom], .hintZoom),
        ([.back], .hintBack), ([.search], .hintSearch), ([.select, .selectParagraph], .hintSelect), ([.bookmark], .hintBookmark),
        ([.bookmarkView], .hintBookmarks), ([.nextEntity], .hintEntity), ([.entityView], .hintEntities),
        ([.toggleSector, .sectorPicker], .hintSectors), ([.nextSectorPassage], .hintPassage), ([.sectorWhy], .hintWhy),
    ]
    static let bookmarkHints: [([Action], StringKey)] = [
        ([.help], .hintHelp), ([.quit], .hintQuit), ([.open], .hintGoTo), ([.editNote], .hintNote), ([.editTags], .hintTags),
        ([.deleteBookmark], .hintDelete), ([.undoDelete], .hintUndo), ([.exportBookmarks], .hintExport),
        ([.toggleSector, .sectorPicker], .hintSectors), ([.bookmarkView], .hintBack), ([.nextPanel], .hintPanel),
    ]
    static let helpHints: [([Action], StringKey)] = [([.down], .hintScroll), ([.back], .hintClose)]

    /// The hints as (key names, label) pairs for the current mode.
    static func hints(_ state: AppState) -> [(key: String, label: String)] {
        let overlay = state.help != nil || state.problems != nil || state.picker != nil || state.why != nil
        var list = overlay ? helpHints : App.inBookmarkView(state) ? bookmarkHints : state.focus == .reader ? readerHints : normalHints
        // With a search active, `n N match` comes right after `/ search`.
        if App.activeSearchQuery(state) != nil, let at = list.firstIndex(where: { $0.1 == .hintSearch }) {
            list.insert(([.nextMatch, .previousMatch], .hintMatch), at: at + 1)
        }
        return list.compactMap { actions, label in
            let keys = actions.flatMap { state.keyMap.shownKeys(for: $0) }
            guard !keys.isEmpty else { return nil }
            return (keys.joined(separator: " "), state.strings[label])
        }
    }

    /// The hint bar as plain text.
    static func text(_ state: AppState) -> String {
        hints(state).map { "\($0.key) \($0.label)" }.joined(separator: "  ")
    }

    static func draw(_ state: AppState, in rect: Rect, into grid: inout Grid) {
        guard !rect.isEmpty else { return }
        var x = rect.x
        for (i, hint) in hints(state).enumerated() {
            // Whole hints only: the ones that do not fit are left out, not cut.
            let width = (i > 0 ? 2 : 0) + DisplayWidth.of(hint.key) + 1 + DisplayWidth.of(hint.label)
            if i > 0 && x + width > rect.maxX { break }
            if i > 0 { x = grid.put("  ", x: x, y: rect.y, maxX: rect.maxX) }
            x = grid.put(hint.key, x: x, y: rect.y, style: state.theme.style(for: .hintKey), maxX: rect.maxX)
            x = grid.put(" " + hint.label, x: x, y: rect.y, style: state.theme.style(for: .hintText), maxX: rect.maxX)
        }
    }
}
