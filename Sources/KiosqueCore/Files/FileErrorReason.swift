import Foundation

/// Plain words for a file system error.
enum FileErrorReason {
    static func reason(_ error: Error) -> String {
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileReadNoPermission, .fileWriteNoPermission: return "permission denied"
            case .fileReadNoSuchFile, .fileNoSuchFile: return "no such file or folder"
            default: break
            }
        }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain {
            if nsError.code == Int(EACCES) || nsError.code == Int(EPERM) { return "permission denied" }
            if nsError.code == Int(ENOENT) { return "no such file or folder" }
            if nsError.code == Int(ELOOP) { return "symbolic link loop, skipped" }
        }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, underlying.code == Int(EACCES) {
            return "permission denied"
        }
        return "cannot read: \(error.localizedDescription)"
    }
}
