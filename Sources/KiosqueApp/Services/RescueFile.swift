import Foundation
import KiosqueCore

/// Writes a file whole or not at all: the bytes go to a temporary name beside it
/// (`.<name>.partial-<pid>`), are flushed to the disk (`fsync`), then renamed to `name`; on any
/// failure (full disk, read-only folder) the temporary file is removed, so no empty or partial
/// file is ever left under either name. For the rescue file of unsaved bookmarks.
enum RescueFile {
    /// Why the file could not be written: the failing step and its `errno` text.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var step: String
        var reason: String
        var description: String { "\(path): \(step): \(reason)" }
    }

    /// Writes `data` to `folder/name` (the folder made first when missing); never replaces a file.
    static func write(_ data: Data, named name: String, in folder: URL) -> Result<URL, Failure> {
        let target = folder.appendingPathComponent(name)
        do {
            try AppDirectories.ensure(folder)
        } catch {
            return .failure(Failure(path: folder.path, step: "creating the folder", reason: (error as NSError).localizedDescription))
        }
        let temporary = folder.appendingPathComponent(".\(name).partial-\(getpid())").path
        func failed(_ step: String, _ code: Int32 = errno) -> Result<URL, Failure> {
            unlink(temporary)
            return .failure(Failure(path: target.path, step: step, reason: String(cString: strerror(code))))
        }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return .failure(Failure(path: target.path, step: "creating it", reason: String(cString: strerror(errno)))) }
        var written = 0
        let ok = data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) -> Bool in
            guard let base = bytes.baseAddress else { return true }
            while written < bytes.count {
                let n = Foundation.write(fd, base + written, bytes.count - written)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { return false }
                written += n
            }
            return true
        }
        guard ok else {
            let code = written == data.count ? EIO : errno
            close(fd)
            return failed("writing it", code)
        }
        guard fsync(fd) == 0 else {
            let code = errno
            close(fd)
            return failed("flushing it to the disk", code)
        }
        guard close(fd) == 0 else { return failed("closing it") }
        // `link` fails rather than replace a file that has the name; the temporary name then goes.
        if link(temporary, target.path) == 0 {
            unlink(temporary)
        } else if errno == EPERM || errno == EOPNOTSUPP, !FileManager.default.fileExists(atPath: target.path) {
            // A file system without hard links (FAT): rename (the name holds a random part).
            guard rename(temporary, target.path) == 0 else { return failed("naming it") }
        } else {
            return failed("naming it")
        }
        return .success(target)
    }
}
