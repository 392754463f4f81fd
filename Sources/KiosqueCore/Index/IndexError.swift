import GRDB

/// A failure of the index or the search history: what went wrong and what to do.
public enum IndexError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file cannot be used: read-only, disk full, busy, damaged, its folder impossible to
    /// create... (the store error says which, on which file, and what to do).
    case file(StoreError)
    /// A stored analysis cannot be decoded: the index file is damaged.
    case damagedAnalysis(path: String)
    /// The program's data folder (`Resources/`) cannot be found.
    case resourcesNotFound
    /// The analyser could not be set up: a data file of `Resources/` or the sector taxonomy
    /// could not be loaded (the loader's own message).
    case analyserUnavailable(reason: String)

    public var description: String {
        switch self {
        case .file(.damaged(let path, let problem)):
            return "the index \(path) cannot be used (\(problem)); it is set aside and made again at the next start"
        case .file(let error):
            return error.description
        case .damagedAnalysis(let path):
            return "the index \(path) holds a damaged analysis; it is made again at the next start (or delete the file)"
        case .resourcesNotFound:
            return "cannot find the program's data folder (Resources/); set KIOSQUE_RESOURCES"
        case .analyserUnavailable(let reason):
            return "cannot set up the analysis (\(reason)); check the files of Resources/ and the sector taxonomy"
        }
    }

    /// True when the file is damaged (SQLite reports corruption, or a stored analysis cannot be
    /// decoded): the index should be set aside and made again.
    public var isDamage: Bool {
        switch self {
        case .file(let error): return error.isDamaged
        case .damagedAnalysis: return true
        case .resourcesNotFound, .analyserUnavailable: return false
        }
    }

    /// The index error for an error thrown while using the file at `path`.
    static func from(_ error: any Error, path: String) -> IndexError {
        if let index = error as? IndexError { return index }
        if let store = error as? StoreError { return .file(store) }
        if error is DatabaseError { return .file(StoreError.from(error, path: path)) }
        if error is ByteReader.Truncated { return .damagedAnalysis(path: path) }
        return .analyserUnavailable(reason: String(describing: error))
    }

    /// Runs `body`, turning any error into an `IndexError` about the file at `path`.
    static func wrap<T>(path: String, _ body: () throws -> T) throws(IndexError) -> T {
        do {
            return try body()
        } catch {
            throw from(error, path: path)
        }
    }
}
