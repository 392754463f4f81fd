/// A file or line that could not be read as an article, with the reason in plain words.
public struct LoadIssue: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, or `file:line` for a JSONL line.
    public var location: String
    public var reason: LoadReason

    public init(location: String, reason: LoadReason) {
        self.location = location
        self.reason = reason
    }

    public var description: String { "\(location): \(reason)" }
}
