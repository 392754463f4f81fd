import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps the pages of the mapped catalogue snapshot that reading made resident under a budget.
///
/// The snapshot's columns are read in place (`Column`); each page read stays in the process's
/// resident set (the kernel maps 64 KB around every page touched). Rows of the newest-first list
/// lie anywhere in the file, so browsing, searches and the entity index's pass over every row make
/// most of it resident: about 280 MB at a million articles, clean pages of the page cache that
/// still count in the reader's peak memory. `check`, called after each message the reader applies,
/// reads the process's file-backed resident memory (`/proc/self/statm`, a few microseconds) and,
/// once it grew more than `budget` since the last release, hands every page of the mapping back
/// (`MADV_DONTNEED`) on a background queue: a later read maps the page again from the page cache,
/// at the cost of a minor fault, the same as its first read.
public final class MappedPageBudget: @unchecked Sendable {
    /// The default budget: a few screens' worth of growth at a million articles, nothing at
    /// 100,000 (a 31 MB snapshot never reaches it).
    public static let defaultBudget = 64 << 20

    /// The snapshot of the catalogue in use (`watch`); guarded by `lock`.
    private weak var file: MappedFile?
    private let budget: Int
    private let resident: @Sendable () -> Int
    private let queue = DispatchQueue(label: "kiosque.mapped-pages", qos: .utility)
    private let lock = NSLock()
    /// File-backed resident bytes after the last release (or at the start); guarded by `lock`.
    private var baseline: Int
    private var releasing = false
    private var releaseCount = 0
    /// Releases done, for the bench and tests.
    public var releases: Int { lock.withLock { releaseCount } }

    /// A budget over the process's file-backed resident memory; nothing is released until a
    /// mapped catalogue is watched.
    public convenience init(budget: Int = MappedPageBudget.defaultBudget) {
        self.init(budget: budget, resident: Self.fileResidentBytes)
    }

    /// `resident` gives the bytes to hold under the budget (tests give their own count).
    init(budget: Int, resident: @escaping @Sendable () -> Int) {
        self.budget = budget
        self.resident = resident
        baseline = resident()
    }

    /// Watches the snapshot `catalogue` reads in place (the opening one, then each catalogue the
    /// index update posts), none when its columns are in memory. Held weakly: a catalogue
    /// dropped unmaps its snapshot as before.
    public func watch(_ catalogue: Catalogue) { watch(catalogue.snapshotFile) }

    func watch(_ file: MappedFile?) {
        lock.withLock { self.file = file }
    }

    /// Releases the mapping's pages (off the calling thread) when the file-backed resident
    /// memory grew past the budget; returns true when a release was started.
    @discardableResult
    public func check() -> Bool {
        let now = resident()
        let file: MappedFile? = lock.withLock {
            guard !releasing, now - baseline > budget, let file = self.file else { return nil }
            releasing = true
            return file
        }
        guard let file else { return false }
        queue.async { [resident] in
            file.releaseAll()
            let after = resident()
            self.lock.withLock {
                self.baseline = after
                self.releasing = false
                self.releaseCount += 1
            }
        }
        return true
    }

    /// Waits for a release under way (tests).
    func waitForRelease() { queue.sync {} }

    /// The process's file-backed resident bytes: `/proc/self/statm`'s third field (RssFile and
    /// RssShmem, in pages); 0 when it cannot be read (then nothing is ever released).
    @Sendable static func fileResidentBytes() -> Int {
        let fd = open("/proc/self/statm", O_RDONLY)
        guard fd >= 0 else { return 0 }
        defer { close(fd) }
        var buffer = [UInt8](repeating: 0, count: 128)
        let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
        guard count > 0 else { return 0 }
        let fields = buffer[..<count].split(separator: UInt8(ascii: " "))
        guard fields.count >= 3, let pages = Int(String(decoding: fields[2], as: UTF8.self)) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }
}
