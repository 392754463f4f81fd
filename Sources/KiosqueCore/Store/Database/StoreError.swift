import Foundation
import GRDB

/// Why a database could not be used, with what to do about it.
public enum StoreError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The folder or the file cannot be written (permissions, read-only file system).
    case readOnly(path: String)
    /// No space left on the device (or the database reached its size limit).
    case diskFull(path: String)
    /// The file cannot be opened at all (missing folder, not a file...).
    case cannotOpen(path: String, reason: String)
    /// No bookmark with that id (or it was deleted).
    case notFound(BookmarkID)
    /// Any other database failure.
    case failed(path: String, reason: String)

    /// True for failures of the disk, where a write is kept in memory and tried again later.
    public var keepsWritesInMemory: Bool {
        switch self {
        case .readOnly, .diskFull, .cannotOpen, .failed: return true
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
        case .cannotOpen(let path, let reason):
            return "cannot open \(path) (\(reason)); check that its folder exists and is writable"
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

    /// True when SQLite says the file is not a database or is damaged.
    static func isCorruption(_ error: any Error) -> Bool {
        guard let database = error as? DatabaseError else { return false }
        return database.resultCode == .SQLITE_CORRUPT || database.resultCode == .SQLITE_NOTADB
    }
}
