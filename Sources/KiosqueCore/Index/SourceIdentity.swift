import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What tells that a source file is unchanged without reading it: size, modification time (to
/// the nanosecond) and inode (a file replaced by another of the same size and time).
public struct SourceIdentity: Hashable, Sendable {
    public var size: Int64
    public var modified: Int64
    public var inode: Int64

    public init(size: Int64, modified: Int64, inode: Int64) {
        self.size = size
        self.modified = modified
        self.inode = inode
    }

    /// The identity of the file at `path` (a `SystemPath`) now, or nil when it cannot be stat'ed.
    public static func of(path: String) -> SourceIdentity? {
        guard let info = SystemPath.status(path) else { return nil }
        #if canImport(Darwin)
        let time = info.st_mtimespec
        #else
        let time = info.st_mtim
        #endif
        return SourceIdentity(size: Int64(info.st_size), modified: Int64(time.tv_sec) * 1_000_000_000 + Int64(time.tv_nsec),
                              inode: Int64(info.st_ino))
    }
}
