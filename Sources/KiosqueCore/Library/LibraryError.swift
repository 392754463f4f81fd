/// Why the library could not be read or written; each says what to do.
public enum LibraryError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The library's folder cannot be made or read.
    case folder(path: String, reason: String)
    /// A batch file cannot be written (disk full, permissions): nothing of this run was kept.
    case write(FileWriteError)
    /// The manifest database failed even after being rebuilt from the files.
    case manifest(path: String, reason: String)

    public var description: String {
        switch self {
        case .folder(let path, let reason):
            return "cannot use the library folder \(path): \(reason); check its permissions or set XDG_DATA_HOME"
        case .write(let error):
            return "cannot write to the library: \(error); nothing of this run was kept, free some space and run it again"
        case .manifest(let path, let reason):
            return "cannot use the library's manifest \(path): \(reason); move it aside and run the command again (it is rebuilt from the articles)"
        }
    }
}
