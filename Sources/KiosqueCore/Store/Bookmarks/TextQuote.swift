/// The words of a passage with a little context on each side: the W3C Web Annotation
/// `TextQuoteSelector` (https://www.w3.org/TR/annotation-model/#text-quote-selector).
///
/// `exact` is the passage itself; `prefix` and `suffix` are up to `contextLength` code points of
/// the text just before and after it, which tell two identical passages apart when the article
/// changed.
public struct TextQuote: Hashable, Sendable, Codable {
    public var exact: String
    public var prefix: String
    public var suffix: String

    /// Code points of context kept on each side: enough to tell repeated passages apart (a few
    /// words), short enough to stay out of the way in exports.
    public static let contextLength = 32

    public init(exact: String, prefix: String = "", suffix: String = "") {
        self.exact = exact
        self.prefix = prefix
        self.suffix = suffix
    }

    /// The quote of `range` in `text` (code point offsets, clamped to the text).
    public init(text: String, range: TextRange, contextLength: Int = TextQuote.contextLength) {
        self.init(scalars: Array(text.unicodeScalars), range: range, contextLength: contextLength)
    }

    /// The quote of `range` in the text's code points (clamped to them).
    public init(scalars: [Unicode.Scalar], range: TextRange, contextLength: Int = TextQuote.contextLength) {
        let start = min(max(0, range.start), scalars.count)
        let end = min(max(start, range.end), scalars.count)
        func string(_ lower: Int, _ upper: Int) -> String {
            var out = String.UnicodeScalarView()
            out.append(contentsOf: scalars[lower..<upper])
            return String(out)
        }
        exact = string(start, end)
        prefix = string(max(0, start - contextLength), start)
        suffix = string(end, min(scalars.count, end + contextLength))
    }
}
