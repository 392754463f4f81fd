/// How far an index update is: articles read and stored out of those that needed it.
///
/// Sent after each committed batch (on the updating thread), and once at the start with `done`
/// 0. Unchanged files are not counted: a warm start has `total` 0.
public struct IndexProgress: Hashable, Sendable {
    /// Articles read and stored in this update.
    public var done: Int
    /// Articles this update has to read (lines of changed or new files).
    public var total: Int
    /// Of `done`, those analysed (the others were found in the index under their content hash).
    public var analysed: Int
    /// Seconds since the update started.
    public var elapsed: Double
    /// Batches committed so far in this update.
    public var batches: Int

    public init(done: Int, total: Int, analysed: Int, elapsed: Double, batches: Int) {
        self.done = done
        self.total = total
        self.analysed = analysed
        self.elapsed = elapsed
        self.batches = batches
    }

    /// Articles per second so far (0 before the first batch).
    public var rate: Double { elapsed > 0 ? Double(done) / elapsed : 0 }

    /// Seconds left at the current rate; nil until there is a rate.
    public var remaining: Double? {
        guard rate > 0 else { return nil }
        return Double(max(0, total - done)) / rate
    }

    /// Fraction done, 0...1 (1 when there is nothing to do).
    public var fraction: Double { total > 0 ? min(1, Double(done) / Double(total)) : 1 }
}
