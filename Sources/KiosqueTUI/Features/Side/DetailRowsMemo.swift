import Foundation
import KiosqueCore

/// The side panel's details rows of the open article, kept across frames: the date, counts and
/// plurals are formatted and each line wrapped once per (article, width, language), not on every
/// key press. Like `LayoutCache` it only saves work: what it returns is what `make` computes for
/// the same key, so views stay functions of the state. One memo per opened article.
final class DetailRowsMemo: @unchecked Sendable {
    struct Key: Hashable {
        var text: ContentHash
        var width: Int
        var language: Language
        var date: ArticleDate?
        var source: String?
        var author: String?
        var location: String?
        var url: String?
        var notes: [LoadReason]
    }

    private let lock = NSLock()
    private var key: Key?
    private var rows: [SidePanelLayout.Row] = []

    /// The rows for `key`, made by `make` when the key changed.
    func rows(for key: Key, make: () -> [SidePanelLayout.Row]) -> [SidePanelLayout.Row] {
        lock.lock()
        defer { lock.unlock() }
        if self.key == key { return rows }
        rows = make()
        self.key = key
        return rows
    }
}
