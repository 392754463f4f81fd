/// Something the user must be told about the databases (the reader shows it in its status line,
/// the commands on standard error).
public enum StoreNotice: Hashable, Sendable, CustomStringConvertible {
    /// A file of the user's data or state that could not be used was renamed (never deleted) and
    /// a new database started.
    case movedAside(file: String, movedTo: String, problem: FileProblem)
    /// A cache that could not be used was set aside (`setAsideTo`, or deleted when nil: a file of
    /// another version holds nothing worth examining) and is being made again.
    case rebuilt(file: String, setAsideTo: String?, problem: FileProblem)
    /// Writes could not reach the disk; they are kept in memory and tried again at the next write.
    case keptInMemory(count: Int, error: StoreError)
    /// Writes that had been kept in memory are now in the database.
    case pendingWritten(count: Int)
    /// The database can only be read (a read-only folder or file): its bookmarks are shown, new
    /// ones and changes are kept in memory (the reader writes them to a rescue file at the end).
    case readOnly(file: String)
    /// The database could not be read; only what is in memory is shown.
    case unreadable(StoreError)

    public var description: String {
        switch self {
        case .movedAside(let file, let movedTo, let problem):
            let recover = problem == .otherVersion ? ""
                : " (the old file may be recovered with `sqlite3 \(movedTo) .recover`)"
            return "\(file) could not be used (\(problem)); it was moved to \(movedTo) and a new database started" + recover
        case .rebuilt(let file, let setAsideTo, let problem):
            return "\(file) could not be used (\(problem)); "
                + (setAsideTo.map { "it was moved to \($0) and is made again" } ?? "it is made again")
        case .keptInMemory(let count, let error):
            return "\(count) change(s) not saved yet, kept in memory and retried at the next change: \(error)"
        case .pendingWritten(let count):
            return "\(count) change(s) kept in memory are now saved"
        case .readOnly(let file):
            return "\(file) is read-only (its folder or the file cannot be written): its bookmarks are read as they are; "
                + "new bookmarks and changes cannot be saved there (the reader keeps them in memory and writes them to a "
                + "kiosque-unsaved-bookmarks-….json rescue file when it ends); make it writable, or point XDG_DATA_HOME elsewhere"
        case .unreadable(let error):
            return "cannot read the bookmarks: \(error)"
        }
    }
}
