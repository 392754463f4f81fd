import Foundation
import KiosqueMarkup

/// A feed found in an OPML file.
public struct OPMLFeed: Hashable, Sendable {
    public var subscription: Subscription
    /// The `htmlUrl` attribute: the site of the feed.
    public var siteURL: String?

    public init(subscription: Subscription, siteURL: String? = nil) {
        self.subscription = subscription
        self.siteURL = siteURL
    }
}

/// Why an OPML file cannot be read.
public enum OPMLError: Error, Hashable, Sendable, CustomStringConvertible {
    case tooLarge(bytes: Int, limit: Int)
    /// The XML parser built no document (its reason).
    case notXML(String)
    /// The document's root element is not `opml` (its name).
    case notOPML(root: String)

    public var description: String {
        switch self {
        case .tooLarge(let bytes, let limit):
            return "too large for an OPML file: \(bytes / 1_048_576) MB (limit \(limit / 1_048_576) MB)"
        case .notXML(let reason): return "not an OPML file: \(reason)"
        case .notOPML(let root): return "not an OPML file: its root element is <\(root)>, not <opml>"
        }
    }
}

/// OPML 1.0 and 2.0 subscription lists: reading (through KiosqueMarkup's XML parser: no network,
/// no external entity, bounded size and depth) and writing (OPML 2.0).
///
/// Reading: every `outline` with an `xmlUrl` is a feed, named by its `title` (else `text`)
/// unless that is its URL; the outlines around it without `xmlUrl` are categories and become its
/// tags (outermost first), followed by its OPML 2 `category` attribute (comma-separated, leading
/// `/` dropped). Writing puts the tags and the full-text mark in `category`, so an export reads
/// back as the same list.
public enum OPML {
    /// Largest OPML file read.
    public static let maxBytes = 16 * 1_048_576

    /// The feeds of an OPML document, in document order, and the `xmlUrl`s that are not http(s)
    /// (skipped).
    public static func parse(_ data: Data) throws(OPMLError) -> (feeds: [OPMLFeed], skipped: [String]) {
        guard data.count <= maxBytes else { throw .tooLarge(bytes: data.count, limit: maxBytes) }
        let document: MarkupDocument
        switch Markup.parseXML(data) {
        case .success(let parsed): document = parsed
        case .failure(let error): throw .notXML(error.description)
        }
        guard let root = document.root else { throw .notXML("no element") }
        guard document[root].name.lowercased() == "opml" else { throw .notOPML(root: document[root].name) }
        let body = document.firstElement(of: root, named: "body") ?? root
        var feeds: [OPMLFeed] = []
        var skipped: [String] = []
        // (node, tags of the categories around it), walked in document order without recursion.
        var stack: [(MarkupDocument.NodeID, [String])] = document.elements(of: body, named: "outline").reversed().map { ($0, []) }
        while let (node, tags) = stack.popLast() {
            let text = attribute("text", of: node, in: document).map(cleanLabel)
            let title = attribute("title", of: node, in: document).map(cleanLabel)
            var childTags = tags
            if let feedURL = attribute("xmlUrl", of: node, in: document)?.trimmingCharacters(in: .whitespacesAndNewlines),
               !feedURL.isEmpty {
                if Subscription.isWebURL(feedURL) {
                    feeds.append(feed(url: feedURL, title: title, text: text, tags: tags, node: node, document: document))
                } else {
                    skipped.append(feedURL)
                }
            } else if let label = [text, title].compactMap({ $0 }).first(where: { !$0.isEmpty }) {
                childTags.append(label)
            }
            let children = document.elements(of: node, named: "outline")
            stack.append(contentsOf: children.reversed().map { ($0, childTags) })
        }
        return (feeds, skipped)
    }

    private static func feed(url: String, title: String?, text: String?, tags: [String], node: MarkupDocument.NodeID,
                             document: MarkupDocument) -> OPMLFeed {
        var labels = tags
        if let categories = attribute("category", of: node, in: document) {
            for category in categories.split(separator: ",") {
                var label = cleanLabel(String(category))
                if label.hasPrefix("/") { label.removeFirst() }
                labels.append(label)
            }
        }
        var subscription = SubscriptionList.subscription(url: url, labels: labels.filter { !$0.hasPrefix("~") })
        let name = [title, text].compactMap { $0 }.first { !$0.isEmpty }
        if let name, name != url { subscription.name = name }
        let site = attribute("htmlUrl", of: node, in: document)?.trimmingCharacters(in: .whitespacesAndNewlines)
        return OPMLFeed(subscription: subscription, siteURL: site.flatMap { Subscription.isWebURL($0) ? $0 : nil })
    }

    /// An attribute by name, case ignored (`xmlurl` is seen in the wild).
    private static func attribute(_ name: String, of node: MarkupDocument.NodeID, in document: MarkupDocument) -> String? {
        let lower = name.lowercased()
        return document[node].attributes.first { $0.name.lowercased() == lower }?.value
    }

    /// A title or category as a label the urls file can hold: white space collapsed, double
    /// quotes made single.
    static func cleanLabel(_ text: String) -> String {
        let replaced = text.replacingOccurrences(of: "\"", with: "'")
        let words = replaced.split(whereSeparator: { $0.isWhitespace || ($0.asciiValue.map { $0 < 0x20 || $0 == 0x7F } ?? false) })
        return words.joined(separator: " ")
    }

    /// An OPML 2.0 document of the subscriptions (one flat `body`; tags in `category`).
    public static func render(_ feeds: [OPMLFeed], title: String = "Kiosque subscriptions", created: Date = Date()) -> Data {
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<opml version=\"2.0\">\n  <head>\n"
        out += "    <title>\(escape(title))</title>\n"
        out += "    <dateCreated>\(rfc822(created))</dateCreated>\n"
        out += "  </head>\n  <body>\n"
        for feed in feeds {
            let s = feed.subscription
            var attributes = [("type", "rss"), ("text", s.displayName)]
            if let name = s.name { attributes.append(("title", name)) }
            attributes.append(("xmlUrl", s.url))
            if let site = feed.siteURL { attributes.append(("htmlUrl", site)) }
            let categories = s.tags + (s.fullText ? [Subscription.fullTextTag] : [])
            if !categories.isEmpty { attributes.append(("category", categories.joined(separator: ","))) }
            out += "    <outline" + attributes.map { " \($0.0)=\"\(escape($0.1))\"" }.joined() + "/>\n"
        }
        out += "  </body>\n</opml>\n"
        return Data(out.utf8)
    }

    /// Text for an attribute or element: markup characters and line breaks as references,
    /// characters XML 1.0 forbids dropped.
    static func escape(_ text: String) -> String {
        var out = ""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "\n": out += "&#10;"
            case "\r": out += "&#13;"
            case "\t": out += "&#9;"
            default:
                if scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    /// `Fri, 04 Dec 2026 12:00:00 GMT` (RFC 822, as OPML asks).
    static func rfc822(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "GMT")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss 'GMT'"
        return formatter.string(from: date)
    }
}
