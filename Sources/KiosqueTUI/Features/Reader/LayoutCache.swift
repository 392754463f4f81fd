import Foundation
import KiosqueCore

/// Wrapped paragraphs of one opened article kept across frames, per width.
///
/// `update` and `render` build a fresh `ArticleLayout` each time; without this, a scraped article
/// whose whole text is one paragraph would be wrapped again on every key press. One cache is made
/// per opened article (`OpenArticle.layouts`) and goes with it; entries are keyed on the text's
/// `ContentHash` and the width, so a cache can never hand one text's lines to another, whatever
/// the ids. It only saves work: what it returns is what wrapping would compute, so `update` and
/// `render` stay functions of the state. Bounded to `capacity` (text, width) pairs, least
/// recently used out (a resize, the zoom and the narrow layout each use a width).
public final class LayoutCache: @unchecked Sendable {
    struct Key: Hashable {
        var text: ContentHash
        var width: Int
    }

    private let capacity: Int
    private let lock = NSLock()
    private var entries: [Key: [Int: [WrappedLine]]] = [:]
    private var recent: [Key] = []

    public init(capacity: Int = 4) { self.capacity = max(1, capacity) }

    func lines(_ key: Key, paragraph: Int) -> [WrappedLine]? {
        lock.lock()
        defer { lock.unlock() }
        return entries[key]?[paragraph]
    }

    func store(_ lines: [WrappedLine], _ key: Key, paragraph: Int) {
        lock.lock()
        defer { lock.unlock() }
        if entries[key] == nil {
            recent.append(key)
            if recent.count > capacity { entries[recent.removeFirst()] = nil }
        } else if recent.last != key, let index = recent.firstIndex(of: key) {
            recent.remove(at: index)
            recent.append(key)
        }
        entries[key, default: [:]][paragraph] = lines
    }
}
