import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// Fetches subscribed feeds over HTTP with Foundation's URL loading: several at once (at most
/// `maxPerHost` per host), conditional GET from the previous validators, redirects followed by
/// hand (loops and chains caught), retries with backoff on timeouts, 5xx and 429 (`Retry-After`
/// honoured up to a cap), bodies read as they come and cut at `maxBodyBytes`, and each body
/// checked to be a feed. Never throws: each feed gets a `FetchResult`.
///
/// ```swift
/// let results = await FeedFetcher().fetch(requests) { progress in line.show(progress) }
/// ```
public struct FeedFetcher: Sendable {
    public var configuration: FetchConfiguration

    public init(configuration: FetchConfiguration = FetchConfiguration()) {
        self.configuration = configuration
    }

    /// Fetches every request, several at once; the results are in the order of `requests`.
    /// `progress` is called once per finished feed, one call at a time.
    public func fetch(_ requests: [FeedRequest],
                      progress: (@Sendable (FetchProgress) -> Void)? = nil) async -> [FetchResult] {
        guard !requests.isEmpty else { return [] }
        let delegate = TransferDelegate()
        let session = URLSession(configuration: sessionConfiguration(), delegate: delegate, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        let limiter = HostLimiter(limit: configuration.maxPerHost)
        let width = max(1, configuration.maxConcurrentFeeds)

        var results = [FetchResult?](repeating: nil, count: requests.count)
        await withTaskGroup(of: (Int, FetchResult).self) { group in
            var next = 0
            var done = 0
            func start() {
                guard next < requests.count else { return }
                let index = next
                let request = requests[index]
                next += 1
                group.addTask {
                    (index, await self.fetchOne(request, session: session, delegate: delegate, limiter: limiter))
                }
            }
            for _ in 0..<min(width, requests.count) { start() }
            while let (index, result) = await group.next() {
                results[index] = result
                done += 1
                progress?(FetchProgress(done: done, total: requests.count, last: result))
                start()
            }
        }
        return results.enumerated().map { index, result in
            result ?? FetchResult(request: requests[index], outcome: .failed(.cancelled), attempts: 0)
        }
    }

    /// Fetches one feed.
    public func fetch(_ request: FeedRequest) async -> FetchResult {
        await fetch([request])[0]
    }

    // MARK: One feed

    private func fetchOne(_ request: FeedRequest, session: URLSession, delegate: TransferDelegate,
                          limiter: HostLimiter) async -> FetchResult {
        var attempts = 0
        while true {
            attempts += 1
            let outcome = await attempt(request, session: session, delegate: delegate, limiter: limiter)
            guard case .failed(let error) = outcome.outcome, error.isRetryable, attempts <= configuration.maxRetries,
                  !Task.isCancelled else {
                return FetchResult(request: request, outcome: outcome.outcome, attempts: attempts)
            }
            var wait = configuration.backoff(beforeRetry: attempts)
            if let asked = outcome.retryAfter {
                guard asked <= configuration.maxRetryAfter else {
                    return FetchResult(request: request, outcome: outcome.outcome, attempts: attempts)
                }
                wait = asked
            }
            if wait > 0 { try? await Task.sleep(nanoseconds: UInt64(wait * 1_000_000_000)) }
        }
    }

    private struct Attempt {
        var outcome: FetchOutcome
        /// The server's `Retry-After` on a 429 or 503, in seconds.
        var retryAfter: Double?
    }

    /// One try: the request and its redirects.
    private func attempt(_ request: FeedRequest, session: URLSession, delegate: TransferDelegate,
                         limiter: HostLimiter) async -> Attempt {
        var url = request.url
        var visited: Set<String> = []
        var permanent = true
        var redirects = 0
        while true {
            guard let scheme = url.scheme?.lowercased(), scheme == "http" || scheme == "https",
                  let host = url.host?.lowercased(), !host.isEmpty else {
                return Attempt(outcome: .failed(.invalidURL(url.absoluteString)))
            }
            visited.insert(url.absoluteString)
            if Task.isCancelled { return Attempt(outcome: .failed(.cancelled)) }
            await limiter.acquire(host)
            if Task.isCancelled {
                await limiter.release(host)
                return Attempt(outcome: .failed(.cancelled))
            }
            let task = session.dataTask(with: urlRequest(url, previous: request.previous, kind: request.kind))
            let hop = await delegate.run(task, limit: configuration.maxBodyBytes)
            await limiter.release(host)

            if hop.tooLarge { return Attempt(outcome: .failed(.tooLarge(limit: configuration.maxBodyBytes))) }
            if Task.isCancelled || hop.errorCode == URLError.cancelled.rawValue {
                return Attempt(outcome: .failed(.cancelled))
            }
            if let code = hop.errorCode {
                return Attempt(outcome: .failed(transportError(code: code, reason: hop.errorReason, host: host)))
            }
            guard let status = hop.status else {
                return Attempt(outcome: .failed(.network(code: 0, reason: "no HTTP response")))
            }
            switch status {
            case 301, 302, 303, 307, 308:
                guard let location = hop.headers["location"],
                      let target = URL(string: location, relativeTo: url)?.absoluteURL else {
                    return Attempt(outcome: .failed(.httpStatus(code: status, retryAfter: nil)))
                }
                if visited.contains(target.absoluteString) {
                    return Attempt(outcome: .failed(.redirectLoop(url: target.absoluteString)))
                }
                redirects += 1
                if redirects > configuration.maxRedirects {
                    return Attempt(outcome: .failed(.tooManyRedirects(limit: configuration.maxRedirects)))
                }
                permanent = permanent && (status == 301 || status == 308)
                url = target
            case 304:
                var validators = Self.validators(hop.headers)
                if validators.isEmpty { validators = request.previous ?? validators }
                return Attempt(outcome: .unchanged(validators))
            case 200...299:
                let contentType = hop.headers["content-type"]
                guard request.kind == .page || FeedReader.looksLikeFeed(hop.body) else {
                    return Attempt(outcome: .failed(.notAFeed(contentType: contentType)))
                }
                let feed = FetchedFeed(body: hop.body, validators: Self.validators(hop.headers), finalURL: url,
                                       movedPermanently: redirects > 0 && permanent ? url : nil,
                                       contentType: contentType)
                return Attempt(outcome: request.previous == nil ? .new(feed) : .updated(feed))
            default:
                var retryAfter: Double?
                var asked: Int?
                if status == 429 || status == 503, let header = hop.headers["retry-after"],
                   let seconds = RetryAfter.seconds(header) {
                    retryAfter = seconds
                    if seconds > configuration.maxRetryAfter { asked = Int(seconds.rounded(.up)) }
                }
                return Attempt(outcome: .failed(.httpStatus(code: status, retryAfter: asked)), retryAfter: retryAfter)
            }
        }
    }

    // MARK: Parts

    func sessionConfiguration() -> URLSessionConfiguration {
        let session = URLSessionConfiguration.ephemeral
        // Set on the session: a request's own `timeoutInterval` is not always honoured on Linux.
        session.timeoutIntervalForRequest = configuration.requestTimeout
        session.timeoutIntervalForResource = configuration.resourceTimeout
        session.httpMaximumConnectionsPerHost = max(1, configuration.maxPerHost)
        // Validators are the caller's: no cache of our own answering in the server's place.
        session.urlCache = nil
        session.requestCachePolicy = .reloadIgnoringLocalCacheData
        session.httpShouldSetCookies = false
        session.httpAdditionalHeaders = ["User-Agent": configuration.userAgent]
        return session
    }

    func urlRequest(_ url: URL, previous: FeedValidators?, kind: FeedRequest.Kind = .feed) -> URLRequest {
        var request = URLRequest(url: url)
        request.httpMethod = "GET"
        request.setValue(configuration.userAgent, forHTTPHeaderField: "User-Agent")
        switch kind {
        case .feed:
            request.setValue("application/rss+xml, application/atom+xml, application/rdf+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.8",
                             forHTTPHeaderField: "Accept")
        case .page:
            request.setValue("text/html, application/xhtml+xml, */*;q=0.8", forHTTPHeaderField: "Accept")
        }
        if let etag = previous?.etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let date = previous?.lastModified { request.setValue(date, forHTTPHeaderField: "If-Modified-Since") }
        return request
    }

    static func validators(_ headers: [String: String]) -> FeedValidators {
        FeedValidators(etag: headers["etag"], lastModified: headers["last-modified"])
    }

    /// A `URLError` code as a typed reason.
    func transportError(code: Int, reason: String, host: String) -> FetchError {
        switch URLError.Code(rawValue: code) {
        case .cannotFindHost, .dnsLookupFailed: return .hostNotFound(host: host)
        case .cannotConnectToHost: return .connectionRefused(host: host)
        case .timedOut: return .timedOut(seconds: Int(configuration.requestTimeout.rounded(.up)))
        case .httpTooManyRedirects: return .tooManyRedirects(limit: configuration.maxRedirects)
        case .unsupportedURL, .badURL: return .invalidURL(host)
        default: return .network(code: code, reason: reason)
        }
    }
}
