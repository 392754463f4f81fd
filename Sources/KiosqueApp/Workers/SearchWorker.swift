import Foundation
import KiosqueCore
import KiosqueTUI

/// Runs searches off the key path, one at a time, on a GCD queue, and posts the answers to the
/// runtime's mailbox (`Message.searchFinished`).
///
/// Keystrokes are coalesced: a request made while another runs waits, and a newer request
/// replaces a waiting one, so fast typing runs at most two searches (the one running and the
/// last one typed), whatever the number of keys. A newer request also cancels the running search
/// (its answer would be stale: `update` waits for the newest id only): the index stops its
/// full-text query, and no answer is posted for it, so a slow intermediate search (a phrase
/// found in most articles, a prefix on an index made without prefix indexes) never holds up the
/// answer to the last key.
public final class SearchWorker: @unchecked Sendable {
    private let service: any SearchService
    /// How many first rows are drawn before the whole answer in corpus order: more than any
    /// screen shows (a request in another order says how many it wants).
    public static let firstRows = 400
    private let queue = DispatchQueue(label: "kiosque.search", qos: .userInitiated)
    /// Entered while the queue drains requests.
    private let draining = DispatchGroup()
    private let lock = NSLock()
    /// Guarded by `lock`: the request waiting to run, whether the queue is draining, the inbox.
    private var waiting: SearchRequest?
    private var running = false
    /// Guarded by `lock`: cancels the search that runs now.
    private var current: IndexCancellation?
    private let mailbox: Mailbox<Message>
    /// Guarded by `lock`: how many searches ran (tests check the coalescing).
    private var ran = 0

    /// Words a failed search's reason in the user's language.
    private let strings: Strings

    public init(service: any SearchService, mailbox: Mailbox<Message>, strings: Strings = .bundledOrEmpty(language: .english)) {
        self.service = service
        self.mailbox = mailbox
        self.strings = strings
    }

    /// Asks for a search; a request still waiting is dropped for this one, and the running one
    /// is cancelled.
    public func submit(_ request: SearchRequest) {
        let start: Bool = lock.withLock {
            waiting = request
            current?.cancel()
            if running { return false }
            running = true
            return true
        }
        // GCD, not a Foundation `Thread` (DECISIONS.md, Index and search).
        if start {
            draining.enter()
            queue.async { [self] in
                defer { draining.leave() }
                drain()
            }
        }
    }

    /// True while a search runs or waits.
    public var isBusy: Bool { lock.withLock { running } }

    /// Searches run so far (cancelled ones included).
    public var searchesRun: Int { lock.withLock { ran } }

    /// Waits until no search runs or waits (at the end; tests); false when `timeout` passed first.
    public func waitUntilIdle(timeout: TimeInterval = 10) -> Bool {
        draining.wait(timeout: .now() + timeout) == .success
    }

    /// Runs the waiting request, then the one that arrived meanwhile, until none waits.
    private func drain() {
        while true {
            let cancellation = IndexCancellation()
            let next: SearchRequest? = lock.withLock {
                let request = waiting
                waiting = nil
                if request == nil { running = false }
                current = request == nil ? nil : cancellation
                return request
            }
            guard let request = next else { return }
            var result: Result<[Int], SearchFailure>?
            // First rows first: the first matches in the list's order (in corpus order: a
            // fraction of a millisecond; in another, the list's first articles looked up in the
            // index) are drawn at once; the whole answer (the count) follows.
            let first: Result<FirstMatches, any Error>?
            if let order = request.order {
                first = service.firstMatches(request.query, in: request.catalogue, order: order, limit: request.firstRows,
                                             cancellation: cancellation)
            } else {
                first = service.firstMatches(request.query, in: request.catalogue, limit: Self.firstRows)
            }
            func post(_ first: FirstMatches) {
                lock.withLock {
                    if !cancellation.isCancelled {
                        mailbox.post(.searchFinished(SearchAnswer(id: request.id, catalogueSerial: request.catalogueSerial,
                                                                  result: .success(first.positions), complete: false)))
                    }
                }
            }
            var posted = false
            switch first {
            case .success(let first)? where first.isEverything:
                result = .success(first.positions)
            case .success(let first)?:
                post(first)
                posted = true
            case .failure?, nil:
                break // the whole search says what failed
            }
            if result == nil {
                // No first rows yet in the list's order (a rare query, a costly prefix): they are
                // posted as soon as the index has answered, before the answer is placed.
                let outcome = if let order = request.order, !posted {
                    service.search(request.query, in: request.catalogue, cancellation: cancellation, order: order,
                                   limit: request.firstRows, first: post)
                } else {
                    service.search(request.query, in: request.catalogue, cancellation: cancellation)
                }
                switch outcome {
                case .success(.found(let positions)): result = .success(positions)
                case .success(.cancelled): result = nil
                case .failure(let error): result = .failure(SearchFailure(reason: strings.describe(error)))
                }
            }
            lock.withLock {
                ran += 1
                current = nil
                // A cancelled search's answer is stale (even one that finished first): a newer
                // request is waiting.
                if let result, !cancellation.isCancelled {
                    mailbox.post(.searchFinished(SearchAnswer(id: request.id, catalogueSerial: request.catalogueSerial,
                                                              result: result)))
                }
            }
        }
    }
}
