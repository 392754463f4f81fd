import Foundation
import KiosqueTestServer
import Testing
@testable import KiosqueCore

/// The fetcher against a local server on 127.0.0.1 (`LocalHTTPServer`): statuses, conditional GET,
/// redirects, retries, timeouts, gzip, size and content checks, per-host concurrency. Waits are
/// short (timeouts of 1 s, backoff of 10 ms) and every one is bounded.
@Suite("FeedFetcher")
struct FeedFetcherTests {
    static let rss = """
    <?xml version="1.0" encoding="UTF-8"?>
    <rss version="2.0"><channel><title>Le Flux</title>
    <item><title>Un</title><guid>a-1</guid><description>Premier.</description></item>
    </channel></rss>
    """
    static let atom = """
    <?xml version="1.0" encoding="utf-8"?>
    <feed xmlns="http://www.w3.org/2005/Atom"><title>Atom</title></feed>
    """
    static let html = "<!DOCTYPE html><html><head><title>Accueil</title></head><body><p>Bienvenue</p></body></html>"

    /// Short waits for tests. Timeouts are long but never reached (the server answers at once),
    /// except in the timeout test, which sets 1 s: a loaded full run can hold the client back
    /// for seconds, and a 1 s timeout would then fire on an answer already sent.
    static func configuration(_ change: (inout FetchConfiguration) -> Void = { _ in }) -> FetchConfiguration {
        var configuration = FetchConfiguration()
        configuration.requestTimeout = 20
        configuration.resourceTimeout = 40
        configuration.retryBackoff = 0.01
        configuration.maxRetryAfter = 2
        change(&configuration)
        return configuration
    }

    static func fetch(_ url: URL, previous: FeedValidators? = nil,
                      _ change: (inout FetchConfiguration) -> Void = { _ in }) async -> FetchResult {
        await FeedFetcher(configuration: configuration(change)).fetch(FeedRequest(url: url, previous: previous))
    }

    // MARK: Success, validators, conditional GET

    @Test func newThenUnchangedWithValidators() async throws {
        let server = try LocalHTTPServer { request, _ in
            if request.headers["if-none-match"] == "\"v1\"" || request.headers["if-modified-since"] == "Fri, 15 Mar 2024 08:00:00 GMT" {
                return .status(304)
            }
            return .feed(Self.rss, headers: [("ETag", "\"v1\""), ("Last-Modified", "Fri, 15 Mar 2024 08:00:00 GMT")])
        }
        defer { server.stop() }
        let first = await Self.fetch(server.url("/feed.xml"))
        guard case .new(let feed) = first.outcome else {
            Issue.record("expected .new, got \(first.outcome)")
            return
        }
        #expect(feed.body == Data(Self.rss.utf8))
        #expect(feed.validators == FeedValidators(etag: "\"v1\"", lastModified: "Fri, 15 Mar 2024 08:00:00 GMT"))
        #expect(feed.contentType == "application/rss+xml")
        #expect(feed.movedPermanently == nil)
        #expect(first.attempts == 1)

        let second = await Self.fetch(server.url("/feed.xml"), previous: feed.validators)
        #expect(second.outcome == .unchanged(feed.validators))
        let sent = try #require(server.received.last)
        #expect(sent.headers["if-none-match"] == "\"v1\"")
        #expect(sent.headers["if-modified-since"] == "Fri, 15 Mar 2024 08:00:00 GMT")
        // Only the Last-Modified date known: still conditional.
        let third = await Self.fetch(server.url("/feed.xml"), previous: FeedValidators(lastModified: "Fri, 15 Mar 2024 08:00:00 GMT"))
        #expect(third.outcome == .unchanged(FeedValidators(lastModified: "Fri, 15 Mar 2024 08:00:00 GMT")))
    }

    @Test func changedFeedIsUpdated() async throws {
        let server = try LocalHTTPServer { request, _ in
            request.headers["if-none-match"] == "\"v2\"" ? .status(304) : .feed(Self.rss, headers: [("ETag", "\"v2\"")])
        }
        defer { server.stop() }
        let result = await Self.fetch(server.url("/f"), previous: FeedValidators(etag: "\"v1\""))
        guard case .updated(let feed) = result.outcome else {
            Issue.record("expected .updated, got \(result.outcome)")
            return
        }
        #expect(feed.validators == FeedValidators(etag: "\"v2\""))
    }

    @Test func userAgentNamesKiosque() async throws {
        let server = try LocalHTTPServer { _, _ in .feed(Self.rss) }
        defer { server.stop() }
        _ = await Self.fetch(server.url("/ua"))
        let agent = try #require(server.received.first?.headers["user-agent"])
        #expect(agent.hasPrefix("Kiosque/\(FetchConfiguration.kiosqueVersion)"))
        #expect(server.received.first?.headers["if-none-match"] == nil)
    }

    // MARK: Redirects

    @Test func redirectChainsAreFollowed() async throws {
        let server = try LocalHTTPServer { request, _ in
            switch request.path {
            case "/a": return .redirect(301, to: "/b")
            case "/b": return .redirect(308, to: "/c")
            case "/c": return .feed(Self.atom, type: "application/atom+xml")
            case "/t": return .redirect(302, to: "/u")
            case "/u": return .redirect(307, to: "/c")
            default: return .status(404)
            }
        }
        defer { server.stop() }
        let permanent = await Self.fetch(server.url("/a"))
        let feed = try #require(permanent.outcome.feed, "\(permanent.outcome)")
        #expect(feed.finalURL == server.url("/c"))
        #expect(feed.movedPermanently == server.url("/c"))
        #expect(feed.body == Data(Self.atom.utf8))

        let temporary = await Self.fetch(server.url("/t"))
        let moved = try #require(temporary.outcome.feed, "\(temporary.outcome)")
        #expect(moved.finalURL == server.url("/c"))
        #expect(moved.movedPermanently == nil)
    }

    @Test func redirectLoopIsTypedError() async throws {
        let server = try LocalHTTPServer { request, _ in
            request.path == "/loop1" ? .redirect(302, to: "/loop2") : .redirect(301, to: "/loop1")
        }
        defer { server.stop() }
        let result = await Self.fetch(server.url("/loop1"))
        #expect(result.outcome == .failed(.redirectLoop(url: server.url("/loop1").absoluteString)))
        #expect(server.hits("/loop1") == 1)
        #expect(server.hits("/loop2") == 1)
        #expect(result.attempts == 1)
    }

    @Test func tooManyRedirects() async throws {
        let server = try LocalHTTPServer { request, _ in
            let n = Int(request.path.dropFirst()) ?? 0
            return .redirect(302, to: "/\(n + 1)")
        }
        defer { server.stop() }
        let result = await Self.fetch(server.url("/0")) { $0.maxRedirects = 3 }
        #expect(result.outcome == .failed(.tooManyRedirects(limit: 3)))
        #expect(server.received.count == 4)
    }

    // MARK: Statuses and retries

    @Test func notFoundIsNotRetried() async throws {
        let server = try LocalHTTPServer { _, _ in .status(404) }
        defer { server.stop() }
        let result = await Self.fetch(server.url("/gone"))
        #expect(result.outcome == .failed(.httpStatus(code: 404, retryAfter: nil)))
        #expect(result.attempts == 1)
        #expect(server.hits("/gone") == 1)
    }

    @Test func serverErrorThenSuccessOnRetry() async throws {
        let server = try LocalHTTPServer { _, hit in hit == 1 ? .status(500) : .feed(Self.rss) }
        defer { server.stop() }
        let result = await Self.fetch(server.url("/flaky"))
        #expect(result.outcome.feed != nil, "\(result.outcome)")
        #expect(result.attempts == 2)
        #expect(server.hits("/flaky") == 2)
    }

    @Test func serverErrorRetriesAreBounded() async throws {
        let server = try LocalHTTPServer { _, _ in .status(502) }
        defer { server.stop() }
        let result = await Self.fetch(server.url("/down")) { $0.maxRetries = 2 }
        #expect(result.outcome == .failed(.httpStatus(code: 502, retryAfter: nil)))
        #expect(result.attempts == 3)
        #expect(server.hits("/down") == 3)
    }

    @Test func retryAfterIsHonouredOn429() async throws {
        let server = try LocalHTTPServer { _, hit in hit == 1 ? .status(429, [("Retry-After", "1")]) : .feed(Self.rss) }
        defer { server.stop() }
        let start = Date()
        let result = await Self.fetch(server.url("/busy"))
        let elapsed = Date().timeIntervalSince(start)
        #expect(result.outcome.feed != nil, "\(result.outcome)")
        #expect(result.attempts == 2)
        #expect(elapsed >= 0.9, "waited \(elapsed) s, not the second asked for")
    }

    @Test func retryAfterPastTheCapStopsAtOnce() async throws {
        let server = try LocalHTTPServer { _, _ in .status(503, [("Retry-After", "3600")]) }
        defer { server.stop() }
        let result = await Self.fetch(server.url("/later"))
        #expect(result.outcome == .failed(.httpStatus(code: 503, retryAfter: 3600)))
        // Neither waited the cap and tried again, nor waited an hour.
        #expect(result.attempts == 1)
        #expect(server.hits("/later") == 1)
    }

    @Test func retryAfterForms() {
        let now = Date(timeIntervalSince1970: 1_710_489_600) // Fri, 15 Mar 2024 08:00:00 GMT
        #expect(RetryAfter.seconds("120", now: now) == 120)
        #expect(RetryAfter.seconds(" 1 ", now: now) == 1)
        #expect(RetryAfter.seconds("Fri, 15 Mar 2024 08:00:30 GMT", now: now) == 30)
        #expect(RetryAfter.seconds("Friday, 15-Mar-24 08:01:00 GMT", now: now) == 60)
        #expect(RetryAfter.seconds("Fri Mar 15 08:00:10 2024", now: now) == 10)
        #expect(RetryAfter.seconds("Thu, 14 Mar 2024 08:00:00 GMT", now: now) == 0)
        #expect(RetryAfter.seconds("soon", now: now) == nil)
        #expect(RetryAfter.seconds("-5", now: now) == nil)
    }

    // MARK: Network failures

    @Test func slowServerTimesOutAfterRetries() async throws {
        let server = try LocalHTTPServer { _, _ in
            var response = LocalHTTPServer.Response.feed(Self.rss)
            response.delay = 60 // held until the client leaves or the test stops the server
            return response
        }
        defer { server.stop() }
        let result = await Self.fetch(server.url("/slow")) {
            $0.maxRetries = 1
            $0.requestTimeout = 1
            $0.resourceTimeout = 120 // were the 1 s ignored, the server's answer would come first
        }
        #expect(result.outcome == .failed(.timedOut(seconds: 1)))
        #expect(result.attempts == 2)
        #expect(server.hits("/slow") == 2)
    }

    @Test func connectionRefused() async throws {
        let result = try await LocalHTTPServer.withRefusingPort { port in
            await Self.fetch(try #require(URL(string: "http://127.0.0.1:\(port)/feed")))
        }
        #expect(result.outcome == .failed(.connectionRefused(host: "127.0.0.1")))
        #expect(result.attempts == 1)
    }

    @Test func transportErrorsAreTyped() {
        let fetcher = FeedFetcher(configuration: Self.configuration { $0.requestTimeout = 1 })
        #expect(fetcher.transportError(code: URLError.cannotFindHost.rawValue, reason: "", host: "x.invalid") == .hostNotFound(host: "x.invalid"))
        #expect(fetcher.transportError(code: URLError.dnsLookupFailed.rawValue, reason: "", host: "h") == .hostNotFound(host: "h"))
        #expect(fetcher.transportError(code: URLError.cannotConnectToHost.rawValue, reason: "", host: "h") == .connectionRefused(host: "h"))
        #expect(fetcher.transportError(code: URLError.timedOut.rawValue, reason: "", host: "h") == .timedOut(seconds: 1))
        #expect(fetcher.transportError(code: URLError.secureConnectionFailed.rawValue, reason: "TLS", host: "h")
                == .network(code: URLError.secureConnectionFailed.rawValue, reason: "TLS"))
    }

    @Test func invalidURLIsNotFetched() async throws {
        let result = await Self.fetch(try #require(URL(string: "ftp://127.0.0.1/feed")))
        #expect(result.outcome == .failed(.invalidURL("ftp://127.0.0.1/feed")))
    }

    // MARK: Bodies

    @Test func gzipBodyIsDecompressed() async throws {
        let server = try LocalHTTPServer { request, _ in
            var response = LocalHTTPServer.Response.feed(Self.rss)
            if request.headers["accept-encoding"]?.contains("gzip") == true {
                response.body = Gzip.stored(Data(Self.rss.utf8))
                response.headers.append(("Content-Encoding", "gzip"))
            }
            return response
        }
        defer { server.stop() }
        let result = await Self.fetch(server.url("/gz"))
        #expect(result.outcome.feed?.body == Data(Self.rss.utf8), "\(result.outcome)")
        #expect(server.received.first?.headers["accept-encoding"]?.contains("gzip") == true)
    }

    @Test func gzipBombIsCutAtTheDecompressedLimit() async throws {
        let bomb = Gzip.run(of: UInt8(ascii: " "), runs: 4_000) // about 1 MB from about 6.5 KB
        #expect(bomb.count < 10_000)
        let server = try LocalHTTPServer { _, _ in
            LocalHTTPServer.Response(status: 200, headers: [("Content-Type", "application/rss+xml"), ("Content-Encoding", "gzip")], body: bomb)
        }
        defer { server.stop() }
        let result = await Self.fetch(server.url("/bomb")) { $0.maxBodyBytes = 100_000 }
        #expect(result.outcome == .failed(.tooLarge(limit: 100_000)))
    }

    @Test func oversizedBodyFails() async throws {
        let big = Data(Self.rss.utf8) + Data(repeating: UInt8(ascii: " "), count: 300_000)
        let server = try LocalHTTPServer { request, _ in
            var response = LocalHTTPServer.Response(status: 200, headers: [("Content-Type", "application/rss+xml")], body: big)
            response.omitLength = request.path == "/streamed"
            return response
        }
        defer { server.stop() }
        let declared = await Self.fetch(server.url("/declared")) { $0.maxBodyBytes = 100_000 }
        #expect(declared.outcome == .failed(.tooLarge(limit: 100_000)))
        let streamed = await Self.fetch(server.url("/streamed")) { $0.maxBodyBytes = 100_000 }
        #expect(streamed.outcome == .failed(.tooLarge(limit: 100_000)))
        // Under the limit, the same body is read.
        let read = await Self.fetch(server.url("/streamed")) { $0.maxBodyBytes = 1_000_000 }
        #expect(read.outcome.feed?.body == big)
    }

    @Test func wrongContentTypeThatIsAFeedIsAccepted() async throws {
        let server = try LocalHTTPServer { _, _ in .feed(Self.rss, type: "text/html; charset=utf-8") }
        defer { server.stop() }
        let result = await Self.fetch(server.url("/mislabelled"))
        #expect(result.outcome.feed?.contentType == "text/html; charset=utf-8", "\(result.outcome)")
    }

    @Test func htmlPageIsNotAFeed() async throws {
        let server = try LocalHTTPServer { _, _ in .feed(Self.html, type: "text/html") }
        defer { server.stop() }
        let result = await Self.fetch(server.url("/page"))
        #expect(result.outcome == .failed(.notAFeed(contentType: "text/html")))
        #expect(result.attempts == 1)
    }

    // MARK: Batches

    @Test func atMostTwoConnectionsPerHost() async throws {
        let server = try LocalHTTPServer { _, _ in
            var response = LocalHTTPServer.Response.feed(Self.rss)
            response.delay = 0.15
            response.waitForConcurrent = 2
            return response
        }
        defer { server.stop() }
        let requests = (0..<8).map { FeedRequest(url: server.url("/feed\($0)")) }
        let counter = FetchProgressLog()
        let start = Date()
        let results = await FeedFetcher(configuration: Self.configuration()).fetch(requests) { counter.add($0) }
        let elapsed = Date().timeIntervalSince(start)
        #expect(results.map(\.request) == requests)
        #expect(results.allSatisfy { $0.outcome.feed != nil })
        #expect(server.maxConcurrentConnections == 2)
        // Two at a time: four rounds of 0.15 s at least.
        #expect(elapsed >= 0.55, "took \(elapsed) s")
        #expect(counter.values.map(\.done) == Array(1...8))
        #expect(counter.values.allSatisfy { $0.total == 8 })
    }

    @Test func hostsAreLimitedApart() async throws {
        // 127.0.0.1 and localhost are two hosts to the limiter: up to four connections together.
        let server = try LocalHTTPServer { _, _ in
            var response = LocalHTTPServer.Response.feed(Self.rss)
            response.delay = 0.2
            response.waitForConcurrent = 3
            return response
        }
        defer { server.stop() }
        let requests = (0..<4).map { FeedRequest(url: server.url("/a\($0)")) }
            + (0..<4).compactMap { URL(string: "http://localhost:\(server.port)/b\($0)").map { FeedRequest(url: $0) } }
        let results = await FeedFetcher(configuration: Self.configuration()).fetch(requests)
        #expect(results.allSatisfy { $0.outcome.feed != nil }, "\(results.map(\.outcome))")
        #expect(server.maxConcurrentConnections <= 4)
        #expect(server.maxConcurrentConnections >= 3)
    }

    @Test func cancellingStopsTransfersAtOnce() async throws {
        let server = try LocalHTTPServer { _, _ in
            var response = LocalHTTPServer.Response.feed(Self.rss)
            response.delay = 60 // held until the client leaves or the test stops the server
            return response
        }
        defer { server.stop() }
        let requests = (0..<4).map { FeedRequest(url: server.url("/wait\($0)")) }
        let fetcher = FeedFetcher(configuration: Self.configuration { $0.requestTimeout = 120; $0.resourceTimeout = 120 })
        let task = Task { await fetcher.fetch(requests) }
        // Two transfers in progress (the per-host limit), two waiting for a slot: milliseconds
        // alone. A loaded full run may hold the client back for a minute: then fewer (or none)
        // have started when the cancel comes, and the checks below still hold.
        _ = await server.wait(seconds: 20) { $0.received.count == 2 }
        task.cancel()
        let results = await task.value
        #expect(results.map(\.outcome) == Array(repeating: .failed(.cancelled), count: 4))
        // Every transfer that reached the server was cut, not waited out: the server (which holds
        // its answer for a minute) saw each connection closed while it still held the answer.
        #expect(await server.wait(seconds: 30) { $0.abandoned == $0.received.count },
                "abandoned \(server.abandoned) of \(server.received.count)")
        #expect(server.received.count <= 2)
    }

    @Test func emptyBatch() async {
        let results = await FeedFetcher().fetch([])
        #expect(results.isEmpty)
    }
}

/// Progress calls, kept in order.
final class FetchProgressLog: @unchecked Sendable {
    private let lock = NSLock()
    private var log: [FetchProgress] = []
    func add(_ progress: FetchProgress) { lock.withLock { log.append(progress) } }
    var values: [FetchProgress] { lock.withLock { log } }
}

/// The per-host limiter alone (the session's own per-host cap hides it in the server tests).
@Suite("HostLimiter")
struct HostLimiterTests {
    @Test func neverMoreThanTheLimitPerHost() async {
        let limiter = HostLimiter(limit: 2)
        let gauge = ConcurrencyGauge()
        await withTaskGroup(of: Void.self) { group in
            for index in 0..<12 {
                let host = index.isMultiple(of: 3) ? "b.example" : "a.example"
                group.addTask {
                    await limiter.acquire(host)
                    gauge.enter(host)
                    try? await Task.sleep(nanoseconds: 5_000_000)
                    gauge.leave(host)
                    await limiter.release(host)
                }
            }
        }
        #expect(gauge.peak["a.example"] == 2)
        #expect(gauge.peak["b.example"] == 2)
        #expect(gauge.entries == 12)
    }
}

final class ConcurrencyGauge: @unchecked Sendable {
    private let lock = NSLock()
    private var now: [String: Int] = [:]
    private var top: [String: Int] = [:]
    private var count = 0
    func enter(_ host: String) {
        lock.withLock {
            now[host, default: 0] += 1
            top[host] = max(top[host, default: 0], now[host, default: 0])
            count += 1
        }
    }
    func leave(_ host: String) { lock.withLock { now[host, default: 0] -= 1 } }
    var peak: [String: Int] { lock.withLock { top } }
    var entries: Int { lock.withLock { count } }
}
