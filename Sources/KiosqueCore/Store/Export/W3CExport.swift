import Foundation

/// The bookmarks as W3C Web Annotations (https://www.w3.org/TR/annotation-model/): one
/// `AnnotationCollection` whose page holds an `Annotation` per bookmark; the note is a
/// `TextualBody` (purpose `commenting`), each sector and each of the analyst's tags a
/// `TextualBody` with purpose `tagging`, and
/// the target is the article (its URL, else `urn:kiosque:article:<id>`) with a
/// `TextQuoteSelector` and a `TextPositionSelector` (code point offsets, as the model says).
public enum W3CExport {
    public static let context = "http://www.w3.org/ns/anno.jsonld"

    struct Collection: Encodable {
        var context = W3CExport.context
        var type = "AnnotationCollection"
        var label: String
        var total: Int
        var first: Page
        enum CodingKeys: String, CodingKey { case context = "@context", type, label, total, first }
    }

    struct Page: Encodable {
        var type = "AnnotationPage"
        var startIndex = 0
        var items: [Annotation]
    }

    struct Annotation: Encodable {
        var id: String
        var type = "Annotation"
        var motivation: String
        var created: String
        var modified: String
        var body: [Body]?
        var target: Target
    }

    struct Body: Encodable {
        var type = "TextualBody"
        var purpose: String
        var value: String
        var format = "text/plain"
    }

    struct Target: Encodable {
        var source: String
        var selector: [Selector]
    }

    struct Selector: Encodable {
        var type: String
        var exact: String?
        var prefix: String?
        var suffix: String?
        var start: Int?
        var end: Int?
    }

    /// The JSON-LD document (pretty-printed, keys sorted).
    public static func render(_ bookmarks: [Bookmark], label: String = "Kiosque bookmarks") throws -> Data {
        let collection = Collection(label: label, total: bookmarks.count,
                                    first: Page(items: bookmarks.map(annotation)))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(collection)
    }

    static func annotation(_ b: Bookmark) -> Annotation {
        var bodies: [Body] = []
        let note = b.note.trimmingCharacters(in: .whitespacesAndNewlines)
        if !note.isEmpty { bodies.append(Body(purpose: "commenting", value: b.note)) }
        bodies += (b.sectors + b.tags).map { Body(purpose: "tagging", value: $0) }
        return Annotation(
            id: "urn:uuid:" + b.id.rawValue, motivation: note.isEmpty ? "highlighting" : "commenting",
            created: ISOTime.string(b.created), modified: ISOTime.string(b.updated),
            body: bodies.isEmpty ? nil : bodies,
            target: Target(source: source(b.article), selector: [
                Selector(type: "TextQuoteSelector", exact: b.quote.exact, prefix: b.quote.prefix, suffix: b.quote.suffix),
                Selector(type: "TextPositionSelector", start: b.range.start, end: b.range.end),
            ]))
    }

    /// The article's address: its http(s) URL, else a URN from its id.
    static func source(_ article: ArticleReference) -> String {
        if let url = article.url, MarkdownExport.linkDestination(url) != nil { return url }
        let id = article.id.rawValue.addingPercentEncoding(withAllowedCharacters: .urlPathAllowed) ?? article.id.rawValue
        return "urn:kiosque:article:" + id
    }
}
