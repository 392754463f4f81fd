/// Why a bookmark file cannot be imported.
public enum BookmarkFileError: Error, Hashable, Sendable, CustomStringConvertible {
    case notJSON(String)
    case wrongFormat(String?)
    case newerVersion(Int)
    case invalid(String)

    public var description: String {
        switch self {
        case .notJSON(let reason):
            return "not a JSON file (\(reason)); import reads what `kiosque bookmarks export --format json` writes"
        case .wrongFormat(let found):
            return "not a Kiosque bookmark file (format \(found.map { "`\($0)`" } ?? "missing"), expected `\(BookmarkFile.format)`); "
                + "import reads what `kiosque bookmarks export --format json` writes"
        case .newerVersion(let version):
            return "written by a newer Kiosque (format version \(version), this one reads up to \(BookmarkFile.version)); update Kiosque"
        case .invalid(let reason):
            return "invalid bookmark file: \(reason)"
        }
    }
}
