import Foundation
import GRDB

/// Why one of Kiosque's SQLite files (bookmarks, reading state, search history, index) could not
/// be used, with what to do about it.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The folder or the file cannot be written (permissions, read-only file system).
    case readOnly(path: String)
    /// No space left on the device (or the database reached its size limit).
    case diskFull(path: String)
    /// The folder meant to hold the file cannot be created (a file has its name, a parent is not
    /// a folder...).
    case cannotCreateFolder(path: String, reason: String)
    /// The file cannot be opened at all (not a file, too many open files...).
    case cannotOpen(path: String, reason: String)
    /// Another program holds a lock on the file for longer than the busy timeout.
    case busy(path: String)
    /// The file is damaged: found so while in use, or still damaged after a new start.
    case damaged(path: String, problem: FileProblem)
    /// The file was made by a newer version of Kiosque (or by another program): it is left as it
    /// is, since it holds the user's data.
    case otherVersion(path: String)
    /// The file cannot be used and could not be moved aside (or deleted, for a cache).
    case cannotMoveAside(path: String, reason: String)
    /// No bookmark with that id (or it was deleted).
    case notFound(BookmarkID)
    /// Any other database failure.
    case failed(path: String, reason: String)

    /// True for failures of the disk, where a write is kept in memory and tried again later.
    public var keepsWritesInMemory: Bool {
        switch self {
        case .readOnly, .diskFull, .cannotCreateFolder, .cannotOpen, .busy, .damaged, .otherVersion,
             .cannotMoveAside, .failed: return true
        case .notFound: return false
        }
    }

    public var description: String {
        switch self {
        case .readOnly(let path):
            return "cannot write to \(path): the folder or the file is read-only; make it writable "
                + "(or point XDG_DATA_HOME / XDG_STATE_HOME elsewhere)"
        case .diskFull(let path):
            return "cannot write to \(path): the disk is full; free some space"
        case .cannotCreateFolder(let path, let reason):
            return "cannot create the folder \(path) (\(reason)); check that no file has its name and that its parent "
                + "is writable (or point XDG_DATA_HOME / XDG_STATE_HOME / XDG_CACHE_HOME elsewhere)"
        case .cannotOpen(let path, let reason):
            return "cannot open \(path) (\(reason)); check that its folder exists and is writable"
        case .busy(let path):
            return "\(path) is kept busy by another program; close other kiosque windows and try again"
        case .damaged(let path, let problem):
            return "\(path) cannot be used (\(problem)); it is set aside when next opened (if this persists, move it away by hand)"
        case .otherVersion(let path):
            return "\(path) was made by a newer version of kiosque (or another program) and is left untouched; "
                + "use that version, or move the file away to start a new one"
        case .cannotMoveAside(let path, let reason):
            return "\(path) cannot be used and cannot be moved aside (\(reason)); move or remove it by hand"
        case .notFound(let id):
            return "no bookmark with id \(id); `kiosque bookmarks list` shows the ids"
        case .failed(let path, let reason):
            return "database \(path) failed: \(reason)"
        }
    }

    /// The store error for an error thrown while using the database at `path`.
    public static func from(_ error: any Error, path: String) -> StoreError {
        if let store = error as? StoreError { return store }
        if let database = error as? DatabaseError {
            switch database.resultCode {
            case .SQLITE_READONLY, .SQLITE_PERM, .SQLITE_AUTH: return .readOnly(path: path)
            case .SQLITE_FULL: return .diskFull(path: path)
            case .SQLITE_BUSY, .SQLITE_LOCKED: return .busy(path: path)
            case .SQLITE_CORRUPT: return .damaged(path: path, problem: .damaged(database.message ?? "database disk image is malformed"))
            case .SQLITE_NOTADB: return .damaged(path: path, problem: .notADatabase)
            case .SQLITE_CANTOPEN:
                let folder = (path as NSString).deletingLastPathComponent
                if FileManager.default.fileExists(atPath: folder), !FileManager.default.isWritableFile(atPath: folder) {
                    return .readOnly(path: path)
                }
                return .cannotOpen(path: path, reason: database.message ?? "SQLite cannot open it")
            case .SQLITE_IOERR:
                if database.extendedResultCode == .SQLITE_IOERR_WRITE || database.extendedResultCode == .SQLITE_IOERR_FSYNC,
                   errno == ENOSPC { return .diskFull(path: path) }
                return .failed(path: path, reason: database.message ?? "input/output error")
            default:
                return .failed(path: path, reason: database.message ?? "\(database.resultCode)")
            }
        }
        let nsError = error as NSError
        if let posix = (nsError.userInfo[NSUnderlyingErrorKey] as? NSError), posix.domain == NSPOSIXErrorDomain {
            return from(errno: Int32(posix.code), path: path, reason: nsError.localizedDescription)
        }
        if nsError.domain == NSPOSIXErrorDomain {
            return from(errno: Int32(nsError.code), path: path, reason: nsError.localizedDescription)
        }
        if nsError.domain == NSCocoaErrorDomain,
           nsError.code == CocoaError.fileWriteNoPermission.rawValue || nsError.code == CocoaError.fileWriteVolumeReadOnly.rawValue {
            return .readOnly(path: path)
        }
        if nsError.domain == NSCocoaErrorDomain, nsError.code == CocoaError.fileWriteOutOfSpace.rawValue {
            return .diskFull(path: path)
        }
        return .failed(path: path, reason: String(describing: error))
    }

    static func from(errno code: Int32, path: String, reason: String) -> StoreError {
        switch code {
        case EACCES, EPERM, EROFS: return .readOnly(path: path)
        case ENOSPC, EDQUOT: return .diskFull(path: path)
        default: return .cannotOpen(path: path, reason: reason)
        }
    }

    /// The store error for a folder that could not be created.
    static func folder(_ error: any Error, path: String) -> StoreError {
        switch from(error, path: path) {
        case .readOnly(let path): return .readOnly(path: path)
        case .diskFull(let path): return .diskFull(path: path)
        default: return .cannotCreateFolder(path: path, reason: (error as NSError).localizedDescription)
        }
    }

    /// True when SQLite says the file is not a database or is damaged.
    static func isCorruption(_ error: any Error) -> Bool {
        guard let database = error as? DatabaseError else { return false }
        return database.resultCode == .SQLITE_CORRUPT || database.resultCode == .SQLITE_NOTADB
    }

    /// True for a file that cannot be used as it is (damaged, or of another version).
    var isDamaged: Bool {
        if case .damaged = self { return true }
        return false
    }
}
