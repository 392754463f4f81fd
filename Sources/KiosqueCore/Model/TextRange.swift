/// A half-open range of Unicode code point (scalar) offsets into an article's source text.
///
/// Offsets count code points, like Python's `str` indexing, so they match the gold files and
/// the scorer in `shared/eval`. `start` is inclusive, `end` exclusive.
public struct TextRange: Hashable, Sendable, Codable, CustomStringConvertible {
    public var start: Int
    public var end: Int

    public init(_ start: Int, _ end: Int) {
        self.start = start
        self.end = max(start, end)
    }

    public var length: Int { end - start }
    public var isEmpty: Bool { end <= start }
    public func contains(_ offset: Int) -> Bool { offset >= start && offset < end }
    public func overlaps(_ other: TextRange) -> Bool { start < other.end && other.start < end }
    public var description: String { "\(start)..<\(end)" }
}
