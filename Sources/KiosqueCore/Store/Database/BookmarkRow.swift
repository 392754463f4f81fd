import Foundation
import GRDB

/// Reading and writing a `Bookmark` as a row of the `bookmark` table.
enum BookmarkRow {
    static let columns = """
        id, article_id, article_location, article_hash, article_title, article_date, article_source,
        article_url, start_offset, end_offset, quote_exact, quote_prefix, quote_suffix, note, sectors,
        entities, created_ms, updated_ms, deleted_ms, tags
        """

    /// The columns holding text that comes from the user or an article, which may hold a NUL
    /// (`WholeText`).
    static let wholeTextColumns: Set<String> = [
        "article_id", "article_location", "article_title", "article_source", "article_url",
        "quote_exact", "quote_prefix", "quote_suffix", "note",
    ]

    private static var names: [String] {
        columns.split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// The select list: whole-text columns read as bytes.
    static var selection: String {
        names.map { wholeTextColumns.contains($0) ? WholeText.column($0) : $0 }.joined(separator: ", ")
    }

    /// The values list of an insert: whole-text columns bound through `WholeText.placeholder`.
    private static var placeholders: String {
        names.map { wholeTextColumns.contains($0) ? WholeText.placeholder : "?" }.joined(separator: ", ")
    }

    /// Inserts the bookmark, replacing a row with the same id.
    static func save(_ b: Bookmark, _ db: Database) throws {
        let arguments: StatementArguments = [
            b.id.rawValue, WholeText.argument(b.article.id.rawValue), WholeText.argument(b.article.location),
            b.article.textHash?.rawValue ?? "", WholeText.argument(b.article.title), b.article.date?.iso8601,
            WholeText.argument(b.article.source), WholeText.argument(b.article.url),
            b.range.start, b.range.end, WholeText.argument(b.quote.exact), WholeText.argument(b.quote.prefix),
            WholeText.argument(b.quote.suffix), WholeText.argument(b.note),
            json(b.sectors), json(b.entities), b.created.millisecondsSince1970,
            b.updated.millisecondsSince1970, b.deleted?.millisecondsSince1970, json(b.tags),
        ]
        try db.execute(sql: "INSERT OR REPLACE INTO bookmark (\(columns)) VALUES (\(placeholders))", arguments: arguments)
    }

    static func fetchAll(_ db: Database, article: ArticleID? = nil, includeDeleted: Bool) throws -> [Bookmark] {
        var conditions: [String] = []
        var arguments: StatementArguments = []
        if !includeDeleted { conditions.append("deleted_ms IS NULL") }
        if let article {
            conditions.append("article_id = \(WholeText.placeholder)")
            arguments += [WholeText.argument(article.rawValue)]
        }
        let filter = conditions.isEmpty ? "" : " WHERE " + conditions.joined(separator: " AND ")
        return try Row.fetchAll(db, sql: "SELECT \(selection) FROM bookmark\(filter) ORDER BY created_ms, id",
                                arguments: arguments).compactMap(bookmark)
    }

    static func fetchOne(_ db: Database, id: BookmarkID) throws -> Bookmark? {
        try Row.fetchOne(db, sql: "SELECT \(selection) FROM bookmark WHERE id = ?", arguments: [id.rawValue]).flatMap(bookmark)
    }

    /// The bookmark of a row, or nil for a row whose id is not a UUID (a hand-edited database).
    /// Sector, entity and tag lists that cannot be decoded are read as empty, never as a failure.
    static func bookmark(_ row: Row) -> Bookmark? {
        guard let id = BookmarkID(row["id"] as String? ?? "") else { return nil }
        let article = ArticleReference(
            id: ArticleID(row["article_id"] as String? ?? ""),
            location: row["article_location"] ?? "",
            textHash: ContentHash(rawValue: row["article_hash"] ?? ""),
            title: row["article_title"] ?? "",
            date: (row["article_date"] as String?).flatMap(ArticleDate.init(iso8601:)),
            source: row["article_source"], url: row["article_url"])
        let deleted: Int64? = row["deleted_ms"]
        return Bookmark(
            id: id, article: article,
            range: TextRange(row["start_offset"] ?? 0, row["end_offset"] ?? 0),
            quote: TextQuote(exact: row["quote_exact"] ?? "", prefix: row["quote_prefix"] ?? "",
                             suffix: row["quote_suffix"] ?? ""),
            note: row["note"] ?? "",
            sectors: decode([String].self, row["sectors"]) ?? [],
            entities: decode([BookmarkEntity].self, row["entities"]) ?? [],
            tags: decode([String].self, row["tags"]) ?? [],
            created: Date(millisecondsSince1970: row["created_ms"] ?? 0),
            updated: Date(millisecondsSince1970: row["updated_ms"] ?? 0),
            deleted: deleted.map(Date.init(millisecondsSince1970:)))
    }

    static func json<T: Encodable>(_ value: T) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return (try? encoder.encode(value)).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
    }

    private static func decode<T: Decodable>(_ type: T.Type, _ text: String?) -> T? {
        guard let text else { return nil }
        return try? JSONDecoder().decode(type, from: Data(text.utf8))
    }
}
