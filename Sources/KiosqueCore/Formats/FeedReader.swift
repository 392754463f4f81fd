import Foundation
import KiosqueMarkup

/// Reads an RSS 0.9x/2.0, RSS 1.0 (RDF) or Atom feed: one draft per entry, in feed order.
public enum FeedReader {
    /// The result of reading one feed file.
    public struct Result: Sendable {
        /// The feed's title (each draft's `source` unless an entry names its own).
        public var feedTitle: String?
        public var drafts: [ArticleDraft]
        /// Problems worth a warning naming the file (malformed XML recovered, a date not understood).
        public var problems: [String]
    }

    /// Why a file is not read as a feed.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case notAFeed
        case markup(MarkupError)

        public var description: String {
            switch self {
            case .notAFeed: return "not a feed (no RSS, RDF or Atom root element)"
            case .markup(let error): return error.description
            }
        }
    }

    /// Whether the first bytes of a file look like a feed (an `rss`, `rdf:RDF` or `feed` root).
    public static func looksLikeFeed(_ head: Data) -> Bool {
        let text = String(decoding: head.prefix(4096), as: UTF8.self)
        return text.contains("<rss") || text.contains("<rdf:RDF") || text.contains("<feed")
    }

    /// Reads the feed in `data`. (Skeleton: the feeds helper fills it in; until then the minimal
    /// stand-in `MinimalRSS` reads RSS items and Atom entries.)
    public static func read(_ data: Data) -> Swift.Result<Result, Failure> {
        MinimalRSS.read(data)
    }
}
