import Foundation

/// Maps independent items on every core, keeping their order.
public enum ParallelMap {
    /// `transform` applied to each item, in the items' order. Items are handed out in chunks of
    /// `chunkSize` so that scheduling costs little next to the work.
    public static func map<T: Sendable, U: Sendable>(_ items: [T], chunkSize: Int = 16,
                                                     _ transform: @Sendable (T) -> U) -> [U] {
        guard items.count > 1 else { return items.map(transform) }
        let size = max(1, chunkSize)
        let chunkCount = (items.count + size - 1) / size
        let slots = ChunkSlots<U>(count: chunkCount)
        DispatchQueue.concurrentPerform(iterations: chunkCount) { chunk in
            let slice = items[(chunk * size)..<min(items.count, (chunk + 1) * size)]
            slots.store(chunk, slice.map(transform))
        }
        return slots.all
    }
}

/// Results of chunks computed in parallel, each chunk written once by one thread.
final class ChunkSlots<U: Sendable>: @unchecked Sendable {
    private var chunks: [[U]]
    private let lock = NSLock()

    init(count: Int) { chunks = Array(repeating: [], count: count) }

    func store(_ index: Int, _ results: [U]) {
        lock.lock()
        chunks[index] = results
        lock.unlock()
    }

    /// Every result in chunk order; call after all chunks are stored.
    var all: [U] {
        lock.lock()
        defer { lock.unlock() }
        return chunks.flatMap { $0 }
    }
}
