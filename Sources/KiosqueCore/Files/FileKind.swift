import Foundation

/// How a file is read, from its extension (and, for a few, its first bytes).
public enum FileKind: Sendable, Equatable {
    /// One article (`.txt`, `.md`, or any file named explicitly that is not one of the others).
    case text
    /// One article a line (`.jsonl`).
    case jsonLines
    /// An RSS or Atom feed: one article per entry (`.xml`, `.rss`, `.atom`, `.rdf`, or feed content).
    case feed
    /// A saved web page: one article, its readable text (`.html`, `.htm`, `.xhtml`).
    case page

    /// How many bytes of a file without a known extension are read to tell a feed (or a page).
    static let sniffBytes = 4096

    /// The kind of a file met inside a folder; nil for files that are not articles (PDF, images,
    /// archives, unknown types), which the walk counts and names. `head` gives the file's first
    /// bytes, asked only when the extension does not tell.
    public static func inFolder(_ name: String, head: () -> Data?) -> FileKind? {
        if let kind = byExtension(name) { return kind }
        guard let bytes = head() else { return nil }
        return FeedReader.looksLikeFeed(bytes) ? .feed : nil
    }

    /// The kind of a file named explicitly: by extension, else a feed or a page by content, else text.
    public static func explicit(_ name: String, head: () -> Data?) -> FileKind {
        if let kind = byExtension(name) { return kind }
        guard let bytes = head() else { return .text }
        if FeedReader.looksLikeFeed(bytes) { return .feed }
        return looksLikePage(bytes) ? .page : .text
    }

    /// The kind an extension names, nil when it names none.
    public static func byExtension(_ name: String) -> FileKind? {
        switch extensionOf(name) {
        case "txt", "md": return .text
        case "jsonl": return .jsonLines
        case "xml", "rss", "atom", "rdf": return .feed
        case "html", "htm", "xhtml": return .page
        default: return nil
        }
    }

    /// Whether the first bytes start an HTML document (`<!DOCTYPE html`, `<html`), after a BOM,
    /// blanks and comments.
    static func looksLikePage(_ head: Data) -> Bool {
        var text = Substring(String(decoding: head.prefix(sniffBytes), as: UTF8.self))
        while true {
            text = text.drop(while: { $0.isWhitespace || $0 == "\u{FEFF}" })
            guard text.hasPrefix("<!--"), let end = text.range(of: "-->") else { break }
            text = text[end.upperBound...]
        }
        let start = text.prefix(14).lowercased()
        return start.hasPrefix("<!doctype html") || start.hasPrefix("<html")
    }

    static func extensionOf(_ name: String) -> String {
        let base = name.split(separator: "/").last.map(String.init) ?? name
        guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return "" }
        return base[base.index(after: dot)...].lowercased()
    }
}
