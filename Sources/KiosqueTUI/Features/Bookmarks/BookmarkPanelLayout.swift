import Foundation
import KiosqueCore

/// The bookmark view's rows for a width (quote, article, note, facts per bookmark): shared by
/// `BookmarkPanelView`, which draws them, and `update`, which pages and keeps the selection on
/// screen with them.
enum BookmarkPanelLayout {
    struct Row: Hashable {
        var text: String
        var role: Role
        /// Index into the shown bookmarks of the entry this row belongs to; nil for notices.
        var entry: Int?
        /// True for the entry's first row (the one drawn selected).
        var isHead = false
    }

    /// Rows an entry usually takes (quote, article, note or sectors, blank), for paging.
    static let entryHeight = 4

    /// The panel's title: `Bookmarks (3)`, or `Bookmarks (2/5)` when the filter hides some.
    static func title(_ state: AppState) -> String {
        let name = state.strings[.sideBookmarks]
        let total = state.bookmarks.all.count
        let shown = App.shownBookmarks(state).count
        return shown == total ? "\(name) (\(state.strings.number(total)))"
            : "\(name) (\(state.strings.number(shown))/\(state.strings.number(total)))"
    }

    /// Every row of the view for a content `width`.
    static func rows(_ state: AppState, width: Int) -> [Row] {
        let strings = state.strings
        let shown = App.shownBookmarks(state)
        guard !shown.isEmpty else {
            let text = state.bookmarks.all.isEmpty ? strings.format(.bookmarksNone, ["key": App.firstKeyName(.bookmark, state)])
                : strings[.bookmarksNoneFiltered]
            return Wrapper.wrap(text, width: max(1, width)).map { Row(text: $0, role: .notice) }
        }
        let inner = max(1, width - 2)
        var rows: [Row] = []
        for (i, bookmark) in shown.enumerated() {
            if i > 0 { rows.append(Row(text: "", role: .text, entry: i - 1)) }
            for (j, line) in quoteLines(bookmark.quote.exact, width: inner, strings: strings).enumerated() {
                rows.append(Row(text: j == 0 ? line : "  " + line, role: .text, entry: i, isHead: j == 0))
            }
            let article = bookmark.article
            let title = article.title.isEmpty ? article.id.rawValue : article.title
            let meta = [article.date?.compact(), title].compactMap { $0 }.joined(separator: " · ")
            rows.append(Row(text: "  " + Truncation.truncate(meta, width: inner), role: .articleMeta, entry: i))
            let note = oneLine(bookmark.note, width: inner)
            if !note.isEmpty {
                rows.append(Row(text: "  ✎ " + Truncation.truncate(note, width: max(1, inner - 2)), role: .bookmarkNote, entry: i))
            }
            var facts: [String] = []
            if !bookmark.tags.isEmpty { facts.append(BookmarkTags.written(bookmark.tags)) }
            if !bookmark.sectors.isEmpty { facts.append(bookmark.sectors.joined(separator: ", ")) }
            let placement = state.bookmarks.placement(of: bookmark.id)
            if placement?.article == nil {
                facts.append(strings[.bookmarkNotLoaded])
            } else if placement?.isDetached == true {
                facts.append(strings[.bookmarkDetached])
            }
            if !facts.isEmpty {
                let detached = placement?.article == nil || placement?.isDetached == true
                rows.append(Row(text: "  " + Truncation.truncate(facts.joined(separator: " · "), width: inner),
                                role: detached ? .bookmarkDetached : .articleMeta, entry: i))
            }
        }
        return rows
    }

    /// The quote in quotation marks on at most `quoteLines` rows of `width` columns, cut with `…`.
    static func quoteLines(_ exact: String, width: Int, strings: Strings) -> [String] {
        let flat = exact.split(whereSeparator: \.isNewline).joined(separator: " ")
        let quoted = strings.format(.bookmarkQuote, ["quote": flat])
        let lines = Wrapper.wrap(quoted, width: max(1, width))
        guard lines.count > maximumQuoteLines else { return lines }
        var kept = Array(lines.prefix(maximumQuoteLines))
        let close = strings.format(.bookmarkQuote, ["quote": "\u{1}"]).components(separatedBy: "\u{1}").last ?? ""
        var last = kept[kept.count - 1]
        while !last.isEmpty && DisplayWidth.of(last) > width - DisplayWidth.of(close) - 1 { last.removeLast() }
        kept[kept.count - 1] = last.trimmingCharacters(in: .whitespaces) + "…" + close
        return kept
    }

    /// Rows of a quote at most.
    static let maximumQuoteLines = 2

    /// A note on one line for a row `width` columns wide: its lines joined by spaces, looking only
    /// at its start (a note of megabytes is cut, not joined whole at every frame).
    static func oneLine(_ note: String, width: Int) -> String {
        let start = note.prefix(max(1, width) * 2 + 1)
        let line = start.split(whereSeparator: \.isNewline).joined(separator: " ")
        return start.endIndex < note.endIndex ? line + "…" : line
    }
}
