import Foundation

/// The load reason of a file system error.
enum FileErrorReason {
    static func reason(_ error: Error) -> LoadReason {
        if let cocoa = error as? CocoaError {
            switch cocoa.code {
            case .fileReadNoPermission, .fileWriteNoPermission: return .permissionDenied
            case .fileReadNoSuchFile, .fileNoSuchFile: return .noSuchFile
            default: break
            }
        }
        let nsError = error as NSError
        if nsError.domain == NSPOSIXErrorDomain {
            if nsError.code == Int(EACCES) || nsError.code == Int(EPERM) { return .permissionDenied }
            if nsError.code == Int(ENOENT) { return .noSuchFile }
            if nsError.code == Int(ELOOP) { return .symbolicLinkLoop }
        }
        if let underlying = nsError.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain, underlying.code == Int(EACCES) {
            return .permissionDenied
        }
        return .cannotRead(detail: error.localizedDescription)
    }
}
