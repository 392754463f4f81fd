import Foundation

/// Why a file the user asked for (an export, a press review) could not be written, in words that
/// name the file and say what to do; never a database message nor a raw Foundation error.
public struct FileWriteError: Error, Hashable, Sendable, CustomStringConvertible {
    public enum Reason: Hashable, Sendable {
        case folderMissing(String)
        case permissionDenied
        case readOnly
        case diskFull
        case isFolder
        case other(String)
    }

    public var path: String
    public var reason: Reason

    public init(path: String, reason: Reason) {
        self.path = path
        self.reason = reason
    }

    /// The reason behind a failed `Data.write(to:)` or `FileManager` call on `path`.
    public init(_ error: any Error, path: String) {
        self.path = path
        let nsError = error as NSError
        var code: Int32?
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError, underlying.domain == NSPOSIXErrorDomain {
            code = Int32(underlying.code)
        } else if nsError.domain == NSPOSIXErrorDomain {
            code = Int32(nsError.code)
        }
        let folder = (path as NSString).deletingLastPathComponent
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
            reason = .isFolder
        } else if !folder.isEmpty, !FileManager.default.fileExists(atPath: folder) {
            reason = .folderMissing(folder)
        } else {
            switch code {
            case EACCES, EPERM: reason = .permissionDenied
            case EROFS: reason = .readOnly
            case ENOSPC, EDQUOT: reason = .diskFull
            case EISDIR: reason = .isFolder
            case ENOENT: reason = .folderMissing(folder)
            case let code?: reason = .other(String(cString: strerror(code)))
            case nil:
                if nsError.domain == NSCocoaErrorDomain, nsError.code == CocoaError.fileWriteNoPermission.rawValue {
                    reason = .permissionDenied
                } else if nsError.domain == NSCocoaErrorDomain, nsError.code == CocoaError.fileWriteVolumeReadOnly.rawValue {
                    reason = .readOnly
                } else if nsError.domain == NSCocoaErrorDomain, nsError.code == CocoaError.fileWriteOutOfSpace.rawValue {
                    reason = .diskFull
                } else if nsError.domain == NSCocoaErrorDomain, nsError.code == CocoaError.fileNoSuchFile.rawValue {
                    reason = .other("the file cannot be created there")
                } else {
                    reason = .other(nsError.localizedDescription)
                }
            }
        }
    }

    public var description: String {
        switch reason {
        case .folderMissing(let folder): return "cannot write \(path): the folder \(folder) does not exist; create it or choose another"
        case .permissionDenied: return "cannot write \(path): permission denied; choose a folder you can write to"
        case .readOnly: return "cannot write \(path): the disk is read-only; choose another place"
        case .diskFull: return "cannot write \(path): the disk is full; free some space and try again"
        case .isFolder: return "cannot write \(path): it is a folder; give a file name"
        case .other(let text): return "cannot write \(path): \(text)"
        }
    }
}
