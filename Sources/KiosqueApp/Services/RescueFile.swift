import Foundation
import KiosqueCore
import KiosqueTUI

/// Writes a file whole or not at all: the bytes go to a temporary name beside it
/// (`.<name>.partial-<pid>`), are flushed to the disk (`fsync`), then renamed to `name`; on any
/// failure (full disk, read-only folder) the temporary file is removed, so no empty or partial
/// file is ever left under either name. For the rescue file of unsaved bookmarks.
enum RescueFile {
    /// The step of the write that failed.
    enum Step: String, Sendable {
        case creatingFolder = "creating the folder"
        case creating = "creating it"
        case writing = "writing it"
        case flushing = "flushing it to the disk"
        case closing = "closing it"
        case naming = "naming it"
    }

    /// Why the file could not be written: the failing step and its `errno` text.
    struct Failure: Error, CustomStringConvertible {
        var path: String
        var step: Step
        var reason: String
        var description: String { "\(path): \(step.rawValue): \(reason)" }

        /// The same in the interface language (the system's reason as the system gives it).
        func worded(_ strings: Strings) -> String {
            let key: StringKey
            switch step {
            case .creatingFolder: key = .rescueStepCreatingFolder
            case .creating: key = .rescueStepCreating
            case .writing: key = .rescueStepWriting
            case .flushing: key = .rescueStepFlushing
            case .closing: key = .rescueStepClosing
            case .naming: key = .rescueStepNaming
            }
            return strings.format(.rescueFailure, ["path": path, "step": strings[key], "reason": reason])
        }
    }

    /// Writes `data` to `folder/name` (the folder made first when missing); never replaces a file.
    static func write(_ data: Data, named name: String, in folder: URL) -> Result<URL, Failure> {
        let target = folder.appendingPathComponent(name)
        do {
            try AppDirectories.ensure(folder)
        } catch {
            return .failure(Failure(path: folder.path, step: .creatingFolder, reason: (error as NSError).localizedDescription))
        }
        let temporary = folder.appendingPathComponent(".\(name).partial-\(getpid())").path
        func failed(_ step: Step, _ code: Int32 = errno) -> Result<URL, Failure> {
            unlink(temporary)
            return .failure(Failure(path: target.path, step: step, reason: String(cString: strerror(code))))
        }
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return .failure(Failure(path: target.path, step: .creating, reason: String(cString: strerror(errno)))) }
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
            return failed(.writing, code)
        }
        guard fsync(fd) == 0 else {
            let code = errno
            close(fd)
            return failed(.flushing, code)
        }
        guard close(fd) == 0 else { return failed(.closing) }
        // `link` fails rather than replace a file that has the name; the temporary name then goes.
        if link(temporary, target.path) == 0 {
            unlink(temporary)
        } else if errno == EPERM || errno == EOPNOTSUPP, !FileManager.default.fileExists(atPath: target.path) {
            // A file system without hard links (FAT): rename (the name holds a random part).
            guard rename(temporary, target.path) == 0 else { return failed(.naming) }
        } else {
            return failed(.naming)
        }
        return .success(target)
    }
}
