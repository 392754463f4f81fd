/// How a file is read, from its extension.
public enum FileKind: Sendable, Equatable {
    /// One article (`.txt`, `.md`, or any file named explicitly).
    case text
    /// One article a line (`.jsonl`).
    case jsonLines

    /// The kind of a file met inside a folder; nil for files that are skipped there.
    public static func inFolder(_ name: String) -> FileKind? {
        switch extensionOf(name) {
        case "txt", "md": return .text
        case "jsonl": return .jsonLines
        default: return nil
        }
    }

    /// The kind of a file named explicitly: anything but `.jsonl` is read as text.
    public static func explicit(_ name: String) -> FileKind {
        extensionOf(name) == "jsonl" ? .jsonLines : .text
    }

    static func extensionOf(_ name: String) -> String {
        guard let dot = name.lastIndex(of: "."), dot != name.startIndex else { return "" }
        return name[name.index(after: dot)...].lowercased()
    }
}
