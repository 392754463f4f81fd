/// Something the user must be told about the databases (the reader shows it in its status line,
/// the commands on standard error).
public enum StoreNotice: Hashable, Sendable, CustomStringConvertible {
    /// A damaged database file was renamed (never deleted) and a new one started.
    case movedAside(file: String, movedTo: String, reason: String)
    /// Writes could not reach the disk; they are kept in memory and tried again at the next write.
    case keptInMemory(count: Int, error: StoreError)
    /// Writes that had been kept in memory are now in the database.
    case pendingWritten(count: Int)
    /// The database could not be read; only what is in memory is shown.
    case unreadable(StoreError)

    public var description: String {
        switch self {
        case .movedAside(let file, let movedTo, let reason):
            return "\(file) was damaged (\(reason)); it was moved to \(movedTo) and a new database started"
                + " (the old file may be recovered with `sqlite3 \(movedTo) .recover`)"
        case .keptInMemory(let count, let error):
            return "\(count) change(s) not saved yet, kept in memory and retried at the next change: \(error)"
        case .pendingWritten(let count):
            return "\(count) change(s) kept in memory are now saved"
        case .unreadable(let error):
            return "cannot read the bookmarks: \(error)"
        }
    }
}
