import Foundation

/// Replaces a file whole or not at all: the bytes go to a temporary file in the same folder
/// (`.<name>.partial-<pid>-<random>`), are flushed to the disk (`fsync`), then renamed over the
/// file, and the folder is flushed so the rename survives a crash. On any failure the temporary
/// file is removed and the old file is left as it was. The file keeps its permission bits.
public enum AtomicFile {
    /// Writes `data` to `url` (its folder is made when missing, readable by the user only). A
    /// link is followed: the file it points to is replaced (a urls file kept in a dotfiles
    /// repository stays a link).
    public static func write(_ data: Data, to link: URL) throws(FileWriteError) {
        let url = link.resolvingSymlinksInPath()
        let folder = url.deletingLastPathComponent()
        do {
            try AppDirectories.ensure(folder)
        } catch {
            throw FileWriteError(error, path: url.path)
        }
        let temporary = folder.appendingPathComponent(".\(url.lastPathComponent).partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))").path
        func failure(_ code: Int32) -> FileWriteError {
            unlink(temporary)
            return FileWriteError(NSError(domain: NSPOSIXErrorDomain, code: Int(code)), path: url.path)
        }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { throw failure(errno) }
        // The file keeps its permissions (a urls file made 0644 by hand stays so); a new one is 0600.
        var existing = stat()
        if stat(url.path, &existing) == 0 { _ = fchmod(fd, existing.st_mode & 0o7777) }
        var written = 0
        var code: Int32 = 0
        data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
            guard let base = bytes.baseAddress else { return }
            while written < bytes.count {
                let n = Foundation.write(fd, base + written, bytes.count - written)
                if n < 0, errno == EINTR { continue }
                guard n > 0 else { code = n == 0 ? EIO : errno; return }
                written += n
            }
        }
        if code == 0, fsync(fd) != 0 { code = errno }
        if close(fd) != 0, code == 0 { code = errno }
        guard code == 0 else { throw failure(code) }
        guard rename(temporary, url.path) == 0 else { throw failure(errno) }
        let folderFD = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if folderFD >= 0 {
            _ = fsync(folderFD)
            close(folderFD)
        }
    }
}
