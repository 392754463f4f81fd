/// The formats `kiosque bookmarks export` writes.
public enum ExportFormat: String, CaseIterable, Sendable {
    /// A press review grouped by tag or sector, then article (CommonMark).
    case markdown
    /// Kiosque's own lossless format, read back by `kiosque bookmarks import`.
    case json
    /// One row per bookmark for spreadsheets (RFC 4180, UTF-8 with a BOM).
    case csv
    /// W3C Web Annotation JSON-LD.
    case w3c
    /// The press review as one self-contained printable HTML page.
    case html

    public var fileExtension: String {
        switch self {
        case .markdown: return "md"
        case .json: return "json"
        case .csv: return "csv"
        case .w3c: return "jsonld"
        case .html: return "html"
        }
    }
}
