import Foundation

/// Kiosque's own bookmark file, lossless and versioned:
/// `{"format": "kiosque-bookmarks", "version": 2, "exported": "…", "bookmarks": [...]}`.
/// `kiosque bookmarks import` reads it back; bookmarks keep their UUID, so importing a file twice
/// adds nothing the second time. Version 2 added `tags` (a version 1 file reads as untagged);
/// the number went up so that an older Kiosque refuses the file rather than drop the tags.
public enum BookmarkFile {
    public static let format = "kiosque-bookmarks"
    public static let version = 2

    struct Document: Codable {
        var format: String
        var version: Int
        var exported: String?
        var bookmarks: [Entry]
    }

    /// Only the header, read first so that a newer version is named before any other error.
    struct Header: Decodable {
        var format: String?
        var version: Int?
    }

    /// One bookmark as the file writes it (also printed by `kiosque bookmarks list --json`).
    public struct Entry: Codable, Sendable {
        var id: BookmarkID
        var article: ArticleEntry
        var start: Int
        var end: Int
        var quote: TextQuote
        var note: String
        var sectors: [String]
        var entities: [BookmarkEntity]
        /// Absent in version 1 files.
        var tags: [String]?
        var created: String
        var updated: String
    }

    struct ArticleEntry: Codable, Sendable {
        var id: String
        var location: String
        var hash: String
        var title: String
        var date: String?
        var source: String?
        var url: String?
    }

    /// The file for these bookmarks (pretty-printed, keys sorted, UTF-8).
    public static func encode(_ bookmarks: [Bookmark], exported: Date? = nil) throws -> Data {
        let document = Document(format: format, version: version, exported: exported.map(ISOTime.string),
                                bookmarks: bookmarks.map(entry))
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }

    /// The bookmarks of a file, or an error naming what is wrong (and where).
    public static func decode(_ data: Data) throws(BookmarkFileError) -> [Bookmark] {
        let header: Header
        do {
            header = try JSONDecoder().decode(Header.self, from: data)
        } catch {
            throw .notJSON(describe(error))
        }
        guard header.format == format else { throw .wrongFormat(header.format) }
        guard let fileVersion = header.version else { throw .invalid("no `version`") }
        guard fileVersion <= version else { throw .newerVersion(fileVersion) }
        let document: Document
        do {
            document = try JSONDecoder().decode(Document.self, from: data)
        } catch {
            throw .invalid(describe(error))
        }
        var out: [Bookmark] = []
        for (index, entry) in document.bookmarks.enumerated() {
            guard entry.start >= 0, entry.end >= entry.start else {
                throw .invalid("bookmark \(index + 1): range \(entry.start)..<\(entry.end) is not a range")
            }
            guard let created = ISOTime.date(entry.created), let updated = ISOTime.date(entry.updated) else {
                throw .invalid("bookmark \(index + 1): `created` and `updated` must be ISO 8601 times")
            }
            var date: ArticleDate?
            if let text = entry.article.date {
                guard let parsed = ArticleDate(iso8601: text) else {
                    throw .invalid("bookmark \(index + 1): article date `\(text)` is not YYYY[-MM[-DD]]")
                }
                date = parsed
            }
            let article = ArticleReference(
                id: ArticleID(entry.article.id), location: entry.article.location,
                textHash: ContentHash(rawValue: entry.article.hash), title: entry.article.title,
                date: date, source: entry.article.source, url: entry.article.url)
            out.append(Bookmark(id: entry.id, article: article, range: TextRange(entry.start, entry.end),
                                quote: entry.quote, note: entry.note, sectors: entry.sectors,
                                entities: entry.entities, tags: entry.tags ?? [], created: created, updated: updated))
        }
        return out
    }

    public static func entry(_ b: Bookmark) -> Entry {
        Entry(id: b.id,
              article: ArticleEntry(id: b.article.id.rawValue, location: b.article.location, hash: b.article.textHash?.rawValue ?? "",
                                    title: b.article.title, date: b.article.date?.iso8601, source: b.article.source,
                                    url: b.article.url),
              start: b.range.start, end: b.range.end, quote: b.quote, note: b.note, sectors: b.sectors,
              entities: b.entities, tags: b.tags, created: ISOTime.string(b.created), updated: ISOTime.string(b.updated))
    }

    /// A decoding error in a few words, with the path of the field (`bookmarks[2].quote.exact`).
    static func describe(_ error: any Error) -> String {
        guard let decoding = error as? DecodingError else { return String(describing: error) }
        func path(_ keys: [any CodingKey]) -> String {
            keys.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
        }
        switch decoding {
        case .keyNotFound(let key, let context):
            return "missing `\(path(context.codingPath + [key]))`"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "`\(path(context.codingPath))` has the wrong type"
        case .dataCorrupted(let context):
            return context.codingPath.isEmpty ? "not valid JSON" : "`\(path(context.codingPath))`: \(context.debugDescription)"
        @unknown default:
            return String(describing: error)
        }
    }
}
