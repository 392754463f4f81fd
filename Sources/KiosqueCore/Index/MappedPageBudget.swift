import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// Keeps the pages of the mapped catalogue snapshot that reading made resident under a budget.
///
/// The snapshot's columns are read in place (`Column`); each page read stays in the process's
/// resident set, and the kernel maps 64 KB around every page touched. Each row on screen reads a
/// dozen columns, and the newest-first list's neighbours lie anywhere in the file, so a fresh
/// screen of rows maps about 50 MB: at a million articles browsing and searching made 270–330 MB
/// of the 312 MB file resident, clean page-cache pages that still count in the reader's peak.
/// `check`, called after each message the reader applies, reads the process's file-backed
/// resident memory (`/proc/self/statm`, a few microseconds) and, once it grew more than `budget`
/// since the last release, hands every page of the mapping back (`MADV_DONTNEED`): a later read
/// maps the page again from the page cache, at the cost of a minor fault, as its first read did.
public final class MappedPageBudget: @unchecked Sendable {
    /// The default budget: below a fresh screen of rows at a million articles (each row reads a
    /// dozen columns, each read maps 64 KB), so that the pages are handed back about once or
    /// twice a screen. Measured at a million with the snapshot cached in small pages
    /// (`MappedFile.recacheInSmallPages`): 8, 16, 32 and 64 MB gave list p99 1.27, 1.03–1.22,
    /// 2.5–3.3 and 6.1 ms (releasing fewer pages is quicker, and a smaller mapping faults faster)
    /// for peaks within 22 MB of each other (BENCHMARKS.md).
    public static let defaultBudget = 16 << 20

    /// The snapshot of the catalogue in use (`watch`); guarded by `lock`.
    private weak var file: MappedFile?
    private let budget: Int
    private let resident: @Sendable () -> Int
    /// Where releases run off the caller's thread (tests hold it to make one late).
    let queue = DispatchQueue(label: "kiosque.mapped-pages", qos: .utility)
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

    /// Releases the mapping's pages when the file-backed resident memory grew past the budget:
    /// off the calling thread, or on it when a release asked for earlier has not run yet and the
    /// growth reached twice the budget (a busy machine left the background queue waiting while
    /// frames kept reading rows: each fresh screen of rows maps about 50 MB). Returns true when
    /// a release was started.
    @discardableResult
    public func check() -> Bool {
        let now = resident()
        let step: (file: MappedFile, now: Bool)? = lock.withLock {
            guard let file = self.file, now - baseline > budget else { return nil }
            if !releasing {
                releasing = true
                return (file, false)
            }
            return now - baseline > 2 * budget ? (file, true) : nil
        }
        guard let step else { return false }
        if step.now {
            release(step.file)
        } else {
            queue.async { self.release(step.file) }
        }
        return true
    }

    private func release(_ file: MappedFile) {
        file.releaseAll()
        let after = resident()
        lock.withLock {
            baseline = after
            releasing = false
            releaseCount += 1
        }
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
        return pages * MappedFile.pageSize
    }
}
