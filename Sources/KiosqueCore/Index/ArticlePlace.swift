import Foundation

/// Where an indexed article lies in its source, to read it again alone (`ArticleLoader`).
public struct ArticlePlace: Hashable, Sendable {
    /// The file as walked (a `SystemPath`: locations show it through `SystemPath.display`).
    public var path: String
    public var kind: FileKind
    /// The JSONL line number or the feed entry number (from 1); 0 for a text file or a page.
    public var line: Int
    /// Bytes of the JSONL line, or of the whole text file or page; for a feed entry, only a
    /// measure of its size (the whole feed is read again).
    public var bytes: Range<Int>

    public init(path: String, kind: FileKind, line: Int, bytes: Range<Int>) {
        self.path = path
        self.kind = kind
        self.line = line
        self.bytes = bytes
    }

    /// `path` for a text file or a page, `path:line` for a JSONL line, `path#N` for a feed's Nth
    /// entry, as shown (as `Article.location`).
    public var location: String {
        let shown = SystemPath.display(path)
        switch kind {
        case .jsonLines: return "\(shown):\(line)"
        case .feed: return "\(shown)#\(line)"
        case .text, .page: return shown
        }
    }
}
