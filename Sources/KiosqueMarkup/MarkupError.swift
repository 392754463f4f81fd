/// Why a document could not be read as markup at all (recoverable faults are `problems`).
public enum MarkupError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The parser built no document: the reason libxml2 gives, and the line.
    case notWellFormed(reason: String, line: Int)
    /// The input is larger than the parser accepts.
    case tooLarge(bytes: Int, limit: Int)

    public var description: String {
        switch self {
        case .notWellFormed(let reason, let line):
            return line > 0 ? "not well-formed XML (line \(line)): \(reason)" : "not well-formed XML: \(reason)"
        case .tooLarge(let bytes, let limit):
            return "too large to parse: \(bytes / 1_048_576) MB (limit \(limit / 1_048_576) MB)"
        }
    }
}
