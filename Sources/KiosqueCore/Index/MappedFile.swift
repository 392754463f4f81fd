import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A file mapped read-only into memory, whose pages already read can be handed back.
///
/// An index update reads a JSONL file once, front to back. Mapped with `Data(contentsOf:
/// options: .alwaysMapped)`, every page it touched stayed resident until the end: about 400 MB
/// for the 100,000-article corpus, counted in the reader's resident memory (the pages are the
/// page cache's, but `VmHWM` counts them). Here `release(below:)` tells the kernel
/// (`MADV_DONTNEED`) that the pages before an offset are not needed any more: they leave the
/// process (a later read maps them again from the page cache), so the update holds a window of
/// the file, not the whole of it. Only memory this type mapped itself is ever advised.
final class MappedFile: @unchecked Sendable {
    private let base: UnsafeMutableRawPointer?
    let count: Int
    /// Offsets below this were released (page-aligned).
    private var released = 0
    private let lock = NSLock()

    /// Maps `path` (a `SystemPath`); an empty file maps to nothing.
    init(path: String) throws {
        let fd = SystemPath.openForReading(path)
        guard fd >= 0 else { throw Self.error(path) }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw Self.error(path) }
        count = Int(info.st_size)
        guard count > 0 else {
            base = nil
            return
        }
        let mapped = mmap(nil, count, PROT_READ, MAP_PRIVATE, fd, 0)
        guard let mapped, mapped != MAP_FAILED else { throw Self.error(path) }
        base = mapped
    }

    /// The last system error, as `FileErrorReason` words it (permission denied, no such file...).
    private static func error(_ path: String) -> NSError { SystemPath.posixError(path) }

    deinit {
        if let base { munmap(base, count) }
    }

    /// The first byte of the mapping, nil for an empty file (valid while this object lives).
    var baseAddress: UnsafeRawPointer? { base.map { UnsafeRawPointer($0) } }

    /// The whole file, without a copy (valid while this object lives: keep it with the data).
    var data: Data {
        guard let base else { return Data() }
        return Data(bytesNoCopy: base, count: count, deallocator: .none)
    }

    /// Hands the pages wholly before `offset` back to the kernel; reading them again later is
    /// still correct (they come back from the page cache), only slower.
    func release(below offset: Int) {
        guard let base else { return }
        let end = min(count, offset) / Self.pageSize * Self.pageSize
        lock.withLock {
            guard end > released else { return }
            _ = madvise(base + released, end - released, Int32(MADV_DONTNEED))
            released = end
        }
    }

    /// Hands every page of the mapping back: the catalogue snapshot's, read in place, under the
    /// reader's budget (`MappedPageBudget`). Reads stay correct (the pages come back from the
    /// page cache); the mapping is read-only, so no change is lost.
    func releaseAll() {
        guard let base else { return }
        _ = madvise(base, count, Int32(MADV_DONTNEED))
    }

    /// Reads of this mapping are random (the catalogue snapshot's rows): a page fault reads that
    /// page alone, not the kernel's read-around. On this machine's kernel (6.18, ext4, 8 MB of
    /// read-ahead) read-around fills the page cache with 2 MB folios and a fault maps a whole
    /// folio: the first search after a cold index mapped 196 MB of the snapshot where single
    /// pages map a few (BENCHMARKS.md, "Memory right after a cold index").
    func adviseRandomReads() {
        guard let base else { return }
        _ = madvise(base, count, Int32(MADV_RANDOM))
    }

    /// Asks the kernel to read `length` bytes from `offset` ahead, in small pages (a whole column
    /// about to be scanned: under `adviseRandomReads` a scan of pages not in the page cache
    /// would read them one fault at a time, 15 times slower). The kernel reads at most its
    /// read-ahead window per call, so the range is asked for a few megabytes at a time.
    func willRead(offset: Int, length: Int) {
        guard let base, length > 0 else { return }
        let start = max(0, offset) / Self.pageSize * Self.pageSize
        Self.inReadAheadPieces(start..<min(count, offset + length)) { start, piece in
            _ = madvise(base + start, piece, Int32(MADV_WILLNEED))
        }
    }

    /// The largest range asked for at once by `willRead` (below the usual read-ahead windows).
    static let readAheadPiece = 2 << 20

    /// Calls `ask` with the start and length of each piece of `range`, `readAheadPiece` bytes at
    /// most: the kernel reads at most its read-ahead window per request.
    private static func inReadAheadPieces(_ range: Range<Int>, _ ask: (_ start: Int, _ length: Int) -> Void) {
        var start = range.lowerBound
        while start < range.upperBound {
            let piece = min(range.upperBound - start, readAheadPiece)
            ask(start, piece)
            start += piece
        }
    }

    /// Writes a file's pages out, drops them from the page cache and reads them back in small
    /// pages (the catalogue snapshot, just written: pages cached by a write, or by the read-ahead
    /// of a sequential read, are 2 MB folios on this machine's kernel, and a mapping that faults
    /// on one maps all of it; the kernel's `WILLNEED` read-ahead caches single pages, so its
    /// readers find the file in the page cache and map it 64 KB at a time, as before large
    /// folios). The read-back is asked for a few megabytes at a time (the kernel reads at most
    /// its read-ahead window per call). With a `wait` (none: the kernel finishes on its own,
    /// within seconds), the caller waits for it and then maps each page once (`mapEachPageOnce`).
    /// Errors are ignored: the pages then stay as they were, which costs memory or time, never
    /// correctness.
    static func recacheInSmallPages(descriptor fd: Int32, length: Int, wait: Duration) {
        _ = fdatasync(fd)
        _ = posix_fadvise(fd, 0, 0, Int32(POSIX_FADV_DONTNEED))
        inReadAheadPieces(0..<length) { start, piece in
            _ = posix_fadvise(fd, off_t(start), off_t(piece), Int32(POSIX_FADV_WILLNEED))
        }
        guard wait > .zero, length > 0 else { return }
        let mapped = mmap(nil, length, PROT_READ, MAP_SHARED, fd, 0)
        guard let mapped, mapped != MAP_FAILED else { return }
        defer { munmap(mapped, length) }
        if waitUntilCached(mapped, length: length, at: .now + wait) {
            mapEachPageOnce(mapped, length: length)
        }
    }

    /// Maps every page of `mapped` once, 16 MB at a time, each piece handed back before the next:
    /// a page's first mapping costs more than the later ones, and without this pass the first
    /// reader after a write paid it on its screens (list p99 2.7–3.9 ms at a million, 0.8–1.1 ms
    /// with it; BENCHMARKS.md). Resident memory grows by one piece at most.
    private static func mapEachPageOnce(_ mapped: UnsafeMutableRawPointer, length: Int) {
        _ = madvise(mapped, length, Int32(MADV_RANDOM))
        let bytes = mapped.assumingMemoryBound(to: UInt8.self)
        var sum: UInt8 = 0
        var start = 0
        while start < length {
            let end = min(length, start + (16 << 20))
            var offset = start
            while offset < end {
                sum &+= bytes[offset]
                offset += pageSize
            }
            _ = madvise(mapped + start, end - start, Int32(MADV_DONTNEED))
            start = end
        }
        withExtendedLifetime(sum) {}
    }

    /// Waits (polling `mincore`, which reads nothing in) until every page of `mapped` is in the
    /// page cache, or `deadline`: the read-back above is asynchronous, and a reader that opened the
    /// snapshot meanwhile would fault its rows in from the disk a page at a time. True when it is.
    private static func waitUntilCached(_ mapped: UnsafeMutableRawPointer, length: Int, at deadline: ContinuousClock.Instant) -> Bool {
        var resident = [UInt8](repeating: 0, count: (length + pageSize - 1) / pageSize)
        while ContinuousClock.now < deadline {
            guard mincore(mapped, length, &resident) == 0 else { return false }
            if resident.allSatisfy({ $0 & 1 == 1 }) { return true }
            usleep(5_000)
        }
        return false
    }

    /// The system's page size.
    static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    /// A new pass over the file begins (after the scan for lines, the articles are read): the
    /// next `release(below:)` starts from the beginning again.
    func startOver() {
        lock.withLock { released = 0 }
    }
}
