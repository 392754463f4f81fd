/// One row per bookmark for spreadsheets: RFC 4180 (comma separated, CRLF line ends, fields
/// with a comma, a quote or a line break quoted, quotes doubled), UTF-8 with a byte order mark
/// (without it, Excel reads UTF-8 as Windows-1252 and mangles every accent; LibreOffice,
/// Python's `utf-8-sig` and most tools skip it).
///
/// Text fields that start with `=`, `+`, `-`, `@`, a tab or a carriage return get a leading `'`, so that a spreadsheet
/// never runs an article's text as a formula (CSV injection); the JSON export is the lossless one.
public enum CSVExport {
    public static let byteOrderMark = "\u{FEFF}"

    public static let header = [
        "id", "created", "updated", "article_id", "article_title", "article_date", "article_source",
        "article_url", "article_location", "start", "end", "quote", "prefix", "suffix", "note", "sectors",
        "entities", "tags",
    ]

    /// The whole file, byte order mark included.
    public static func render(_ bookmarks: [Bookmark]) -> String {
        var out = byteOrderMark + row(header)
        for b in bookmarks {
            out += row([
                b.id.rawValue, ISOTime.string(b.created), ISOTime.string(b.updated), text(b.article.id.rawValue),
                text(b.article.title), b.article.date?.iso8601 ?? "", text(b.article.source ?? ""),
                text(b.article.url ?? ""), text(b.article.location), String(b.range.start), String(b.range.end),
                text(b.quote.exact), text(b.quote.prefix), text(b.quote.suffix), text(b.note),
                text(b.sectors.joined(separator: "; ")),
                text(b.entities.map { "\($0.text) (\($0.kind.rawValue))" }.joined(separator: "; ")),
                text(b.tags.joined(separator: "; ")),
            ])
        }
        return out
    }

    /// A record: fields quoted when needed, CRLF at the end.
    static func row(_ fields: [String]) -> String {
        fields.map(quoted).joined(separator: ",") + "\r\n"
    }

    static func quoted(_ field: String) -> String {
        let needsQuotes = field.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }
        return needsQuotes ? "\"" + field.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : field
    }

    /// A text field made safe from formula evaluation.
    static func text(_ value: String) -> String {
        guard let first = value.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return value }
        return "'" + value
    }
}
