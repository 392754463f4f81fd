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
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let end = min(count, offset) / page * page
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

    /// A new pass over the file begins (after the scan for lines, the articles are read): the
    /// next `release(below:)` starts from the beginning again.
    func startOver() {
        lock.withLock { released = 0 }
    }
}
