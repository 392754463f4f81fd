import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// One step of walking the paths given: a file to read, or a path that could not be walked.
enum WalkItem: Equatable {
    case file(path: String, kind: FileKind)
    case issue(LoadIssue)
    /// A file found in a folder that is not an article (PDF, image, archive, unknown type): named
    /// to the user, never read.
    case skipped(path: String)
}

/// Expands files and folders, in the order given, into the files to read.
///
/// Folders are walked recursively, entries sorted by name, hidden entries (`.name`) skipped, and
/// only articles kept (`FileKind.inFolder`: text, JSONL, feeds, pages); other files are reported
/// as `.skipped`. A folder whose real path is one of the folders being
/// walked above it (a symbolic link loop) is reported and skipped. Paths are `SystemPath`s (a name
/// that is not UTF-8 still names its file); issues show them through `SystemPath.display`.
enum PathWalker {
    static func walk(_ paths: [String], visit: (WalkItem) -> Void) {
        for path in paths {
            guard let isFolder = SystemPath.isFolder(path) else {
                visit(.issue(LoadIssue(location: SystemPath.display(path), reason: missingReason(path))))
                continue
            }
            if isFolder {
                walkFolder(path, ancestors: [], visit: visit)
            } else if let special = specialFile(path) {
                visit(.issue(LoadIssue(location: SystemPath.display(path), reason: special)))
            } else {
                visit(.file(path: path, kind: FileKind.explicit(path, head: { head(of: path) })))
            }
        }
    }

    private static func walkFolder(_ path: String, ancestors: Set<String>, visit: (WalkItem) -> Void) {
        let shown = SystemPath.display(path)
        guard let real = SystemPath.realPath(path) else {
            visit(.issue(LoadIssue(location: shown, reason: errno == ELOOP ? .symbolicLinkLoop : missingReason(path))))
            return
        }
        if ancestors.contains(real) {
            visit(.issue(LoadIssue(location: shown, reason: .symbolicLinkLoop)))
            return
        }
        let names: [String]
        do {
            names = try SystemPath.names(in: path)
        } catch {
            visit(.issue(LoadIssue(location: shown, reason: FileErrorReason.reason(error))))
            return
        }
        let inner = ancestors.union([real])
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = SystemPath.appending(name, to: path)
            guard let isFolder = SystemPath.isFolder(child) else {
                // A dangling link or a loop of file links: only worth a word when it looks like ours.
                if FileKind.byExtension(name) != nil {
                    visit(.issue(LoadIssue(location: SystemPath.display(child), reason: missingReason(child))))
                }
                continue
            }
            if isFolder {
                walkFolder(child, ancestors: inner, visit: visit)
            } else if let special = specialFile(child) {
                // Never opened (a FIFO would block): an issue when it looks like ours (`x.txt`).
                if FileKind.byExtension(name) != nil {
                    visit(.issue(LoadIssue(location: SystemPath.display(child), reason: special)))
                } else {
                    visit(.skipped(path: child))
                }
            } else if let kind = FileKind.inFolder(name, head: { head(of: child) }) {
                visit(.file(path: child, kind: kind))
            } else {
                visit(.skipped(path: child))
            }
        }
    }

    /// The first `FileKind.sniffBytes` bytes of the regular file at `path`, nil when it cannot be read.
    static func head(of path: String) -> Data? {
        guard specialFile(path) == nil else { return nil }
        let fd = SystemPath.openForReading(path)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: FileKind.sniffBytes)
        var filled = 0
        while filled < buffer.count {
            let n = buffer.withUnsafeMutableBytes { raw -> Int in
                guard let base = raw.baseAddress else { return 0 }
                return read(fd, base + filled, raw.count - filled)
            }
            if n <= 0 { break }
            filled += n
        }
        return Data(buffer[..<filled])
    }

    /// Why `path` (links followed) is not a regular file that can be read to its end, or nil: a
    /// named pipe would block the reading forever, a device like `/dev/zero` never ends, a
    /// socket cannot be opened.
    static func specialFile(_ path: String) -> LoadReason? {
        guard let info = SystemPath.status(path) else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return .namedPipe
        case S_IFSOCK: return .socket
        case S_IFCHR, S_IFBLK: return .device
        default: return .notRegularFile
        }
    }

    /// Why a path that `stat` denies is missing: a link loop or truly absent.
    static func missingReason(_ path: String) -> LoadReason {
        if SystemPath.realPath(path) == nil, errno == ELOOP { return .symbolicLinkLoop }
        return .noSuchFile
    }
}
