import Foundation
import KiosqueCore

/// Wrapped paragraphs kept across frames for the few articles last shown.
///
/// `update` and `render` build a fresh `ArticleLayout` each time; without this, a scraped article
/// whose whole text is one paragraph would be wrapped again on every key press. The memo only
/// saves work: what it returns is what wrapping would compute, so `update` and `render` stay
/// functions of the state. Bounded to `capacity` (article, width) pairs, least recently used out.
final class WrapMemo: @unchecked Sendable {
    static let shared = WrapMemo(capacity: 6)

    struct Key: Hashable {
        var article: ArticleID
        /// Tells apart two different texts that share an id (tests build such articles).
        var textLength: Int
        var width: Int
    }

    private let capacity: Int
    private let lock = NSLock()
    private var entries: [Key: [Int: [WrappedLine]]] = [:]
    private var recent: [Key] = []

    init(capacity: Int) { self.capacity = max(1, capacity) }

    static func key(_ article: Article, width: Int) -> Key {
        Key(article: article.id, textLength: article.text.utf8.count, width: width)
    }

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
