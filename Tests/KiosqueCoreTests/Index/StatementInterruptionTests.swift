import Foundation
import GRDB
import Testing
@testable import KiosqueCore

/// A search the reader no longer wants stops its SQLite statement (a progress handler on that
/// connection only), and the connection works as before afterwards.
@Suite struct StatementInterruptionTests {
    /// A statement of about a million virtual machine steps.
    static let long = "WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c WHERE x < 200000) SELECT count(*) FROM c"

    static func interrupted(_ error: any Error) -> Bool {
        (error as? DatabaseError)?.resultCode == .SQLITE_INTERRUPT
    }

    @Test("a cancelled statement ends with SQLITE_INTERRUPT; without cancellation it runs to the end; the handler goes afterwards")
    func interrupts() throws {
        let folder = try TemporaryFolder()
        let index = try CorpusIndex(url: folder.url.appendingPathComponent("index.sqlite"))
        defer { try? index.close() }
        let cancelled = IndexCancellation()
        cancelled.cancel()
        #expect {
            try index.pool.read { db in
                try StatementInterruption.run(db, cancellation: cancelled) { try Int.fetchOne(db, sql: Self.long) }
            }
        } throws: { Self.interrupted($0) }
        let counted = try index.pool.read { db in
            try StatementInterruption.run(db, cancellation: IndexCancellation()) { try Int.fetchOne(db, sql: Self.long) }
        }
        #expect(counted == 200_000)
        // A pool of readers: ask several times, so that the connection that was interrupted is
        // among those asked again.
        for _ in 0..<4 {
            #expect(try index.pool.read { db in try Int.fetchOne(db, sql: Self.long) } == 200_000, "no handler left")
        }
    }

    @Test("cancelled while it runs: the statement stops before its end")
    func cancelledMidway() throws {
        let folder = try TemporaryFolder()
        let index = try CorpusIndex(url: folder.url.appendingPathComponent("index.sqlite"))
        defer { try? index.close() }
        let cancellation = IndexCancellation()
        let started = DispatchSemaphore(value: 0)
        // A queue of its own (a thread of its own): a block on `DispatchQueue.global()` can
        // wait behind the other tests' blocked work on a 2-core machine until the statement has
        // run to its end (seen once in CI-like runs: 37 s, no cancellation).
        DispatchQueue(label: "statement-interruption-test.canceller").async {
            // Cancel once the statement has surely started (without cancellation it runs for far
            // longer than this wait: about 50 times the steps of `long`).
            started.wait()
            usleep(20_000)
            cancellation.cancel()
        }
        let huge = Self.long.replacingOccurrences(of: "200000", with: "10000000")
        #expect {
            try index.pool.read { db in
                try StatementInterruption.run(db, cancellation: cancellation) {
                    started.signal()
                    return try Int.fetchOne(db, sql: huge)
                }
            }
        } throws: { Self.interrupted($0) }
    }
}
