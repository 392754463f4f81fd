/// Why a SQLite file cannot be used as it is, so it is set aside (`SQLiteFile`'s recovery policy).
public enum FileProblem: Hashable, Sendable, CustomStringConvertible {
    /// The file does not start with the SQLite header, or SQLite says it is not a database.
    case notADatabase
    /// SQLite reports damage, or `PRAGMA quick_check` fails (its first lines, or SQLite's message).
    case damaged(String)
    /// The file records migrations this program does not know (a newer Kiosque made it), or holds
    /// tables without any record of Kiosque's migrations (another program, or an old format).
    case otherVersion

    public var description: String {
        switch self {
        case .notADatabase: return "not a SQLite database"
        case .damaged(let detail): return "damaged: \(detail)"
        case .otherVersion: return "made by another version of kiosque"
        }
    }
}
