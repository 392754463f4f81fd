import Foundation

/// How `FeedFetcher` fetches: limits, timeouts, retries. The defaults suit `kiosque fetch`;
/// tests shorten the waits.
public struct FetchConfiguration: Hashable, Sendable {
    /// Kiosque's version, as named in the User-Agent.
    public static let kiosqueVersion = KiosqueVersion.current
    /// `Kiosque/<version> (+terminal press reader; feed fetcher)`.
    public static let defaultUserAgent = "Kiosque/\(kiosqueVersion) (terminal press reader; feed fetcher)"

    /// Longest wait for the next bytes of a response (`timeoutIntervalForRequest`).
    public var requestTimeout: Double = 15
    /// Longest time for one whole transfer (`timeoutIntervalForResource`).
    public var resourceTimeout: Double = 60
    /// Feeds in progress at once, all hosts together.
    public var maxConcurrentFeeds: Int = 8
    /// Transfers in progress at once to one host.
    public var maxPerHost: Int = 2
    /// Redirects followed before `.tooManyRedirects`.
    public var maxRedirects: Int = 10
    /// Tries after the first, on timeouts, 5xx and 429.
    public var maxRetries: Int = 2
    /// The wait before the first retry, doubled at each next one (capped at `maxBackoff`).
    public var retryBackoff: Double = 1
    public var maxBackoff: Double = 30
    /// The longest `Retry-After` (429, 503) waited for; a longer one ends the tries at once with
    /// `.httpStatus(code:retryAfter:)`, naming the delay.
    public var maxRetryAfter: Double = 30
    /// The largest body read (after decompression), in bytes.
    public var maxBodyBytes: Int = 64 * 1_048_576
    public var userAgent: String = FetchConfiguration.defaultUserAgent

    public init() {}

    /// The wait before retry number `retry` (from 1).
    func backoff(beforeRetry retry: Int) -> Double {
        let factor = pow(2, Double(max(0, retry - 1)))
        return min(maxBackoff, retryBackoff * factor)
    }
}
