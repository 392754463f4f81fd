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
}

/// Expands files and folders, in the order given, into the files to read.
///
/// Folders are walked recursively, entries sorted by name, hidden entries (`.name`) skipped, and
/// only `.txt`, `.md` and `.jsonl` files kept. A folder whose real path is one of the folders being
/// walked above it (a symbolic link loop) is reported and skipped.
enum PathWalker {
    static func walk(_ paths: [String], visit: (WalkItem) -> Void) {
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                visit(.issue(LoadIssue(location: path, reason: missingReason(path))))
                continue
            }
            if isFolder.boolValue {
                walkFolder(path, ancestors: [], visit: visit)
            } else if let special = specialFile(path) {
                visit(.issue(LoadIssue(location: path, reason: special)))
            } else {
                visit(.file(path: path, kind: FileKind.explicit(path)))
            }
        }
    }

    private static func walkFolder(_ path: String, ancestors: Set<String>, visit: (WalkItem) -> Void) {
        guard let real = realPath(path) else {
            visit(.issue(LoadIssue(location: path, reason: errno == ELOOP ? "symbolic link loop, skipped" : missingReason(path))))
            return
        }
        if ancestors.contains(real) {
            visit(.issue(LoadIssue(location: path, reason: "symbolic link loop, skipped")))
            return
        }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: path)
        } catch {
            visit(.issue(LoadIssue(location: path, reason: FileErrorReason.reason(error))))
            return
        }
        let inner = ancestors.union([real])
        for name in names.sorted() where !name.hasPrefix(".") {
            let child = (path as NSString).appendingPathComponent(name)
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: child, isDirectory: &isFolder) else {
                // A dangling link or a loop of file links: only worth a word when it looks like ours.
                if FileKind.inFolder(name) != nil {
                    visit(.issue(LoadIssue(location: child, reason: missingReason(child))))
                }
                continue
            }
            if isFolder.boolValue {
                walkFolder(child, ancestors: inner, visit: visit)
            } else if let kind = FileKind.inFolder(name) {
                if let special = specialFile(child) {
                    visit(.issue(LoadIssue(location: child, reason: special)))
                } else {
                    visit(.file(path: child, kind: kind))
                }
            }
        }
    }

    /// Why `path` (links followed) is not a regular file that can be read to its end, or nil: a
    /// named pipe would block the reading forever, a device like `/dev/zero` never ends, a
    /// socket cannot be opened.
    static func specialFile(_ path: String) -> String? {
        var info = stat()
        guard stat(path, &info) == 0 else { return nil }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return nil
        case S_IFIFO: return "a named pipe (FIFO), not a file: skipped"
        case S_IFSOCK: return "a socket, not a file: skipped"
        case S_IFCHR, S_IFBLK: return "a device, not a file: skipped"
        default: return "not a regular file: skipped"
        }
    }

    /// The canonical path with every link resolved, or nil (errno set) when it cannot be.
    static func realPath(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Why a path that `fileExists` denies is missing: a link loop or truly absent.
    static func missingReason(_ path: String) -> String {
        if realPath(path) == nil, errno == ELOOP { return "symbolic link loop, skipped" }
        return "no such file or folder"
    }
}
