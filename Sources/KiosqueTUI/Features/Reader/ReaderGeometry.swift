import KiosqueCore

/// Where the reader panel puts the article's header and body, shared by `update` (to scroll)
/// and `ReaderView` (to draw) so both agree on the viewport.
///
/// Inside the border: the title (up to two rows), the `date · source · id` row, a blank row,
/// then the body. Body rows start with the cursor mark column and a space.
public struct ReaderGeometry: Hashable, Sendable {
    public var titleLines: [String]
    public var header: Rect
    /// The body viewport, mark column included.
    public var body: Rect
    /// Columns for the text: the body less the mark column, a space and a right margin.
    public var textWidth: Int { max(1, body.width - 3) }
    public var textX: Int { body.x + 2 }
    /// Rows of the viewport (at least one, so scrolling arithmetic stays sound).
    public var height: Int { max(1, body.height) }

    public static let maximumTitleLines = 2

    public init(panel: Rect, article: Article?) {
        let inner = panel.inset(by: 1)
        var lines = article.map { Wrapper.wrap($0.title, width: max(1, inner.width - 2)) } ?? []
        if lines.count > ReaderGeometry.maximumTitleLines {
            lines = Array(lines.prefix(ReaderGeometry.maximumTitleLines))
            let lastIndex = lines.count - 1
            lines[lastIndex] = Truncation.truncate(lines[lastIndex] + " …", width: max(1, inner.width - 2))
        }
        titleLines = lines
        let headerRows = article == nil ? 0 : lines.count + 2
        (header, body) = inner.splitTop(headerRows)
    }
}
