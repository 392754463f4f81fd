/// Why one feed could not be fetched, in words for the person who subscribed to it: what went
/// wrong and what to do. The interface shows these through its strings tables
/// (`fetch.error.*` in `Resources/i18n/`, `Strings.fetchError`); `description` is the English
/// text for logs and tests.
public enum FetchError: Error, Hashable, Sendable, CustomStringConvertible {
    /// Not an `http` or `https` URL with a host.
    case invalidURL(String)
    /// The host name could not be resolved (DNS).
    case hostNotFound(host: String)
    /// Nothing listens at the address (connection refused).
    case connectionRefused(host: String)
    /// No answer in time, after every retry.
    case timedOut(seconds: Int)
    /// The server answered with an error status (after every retry for 5xx and 429); `retryAfter`
    /// is the delay it asked for, in seconds, when that was longer than the fetcher waits.
    case httpStatus(code: Int, retryAfter: Int?)
    /// The body (decompressed) is larger than the limit, in bytes.
    case tooLarge(limit: Int)
    /// A redirect leads back to an address already visited.
    case redirectLoop(url: String)
    /// More redirects than the limit.
    case tooManyRedirects(limit: Int)
    /// The body is not an RSS, RDF or Atom feed (an HTML page, for example).
    case notAFeed(contentType: String?)
    /// The fetch was stopped (the task was cancelled) before the feed was read.
    case cancelled
    /// Another network failure (TLS, connection lost...): the system's code and words.
    case network(code: Int, reason: String)

    public var description: String {
        switch self {
        case .invalidURL(let url):
            return "\(url) is not an http or https address; check the subscription's URL"
        case .hostNotFound(let host):
            return "the host \(host) was not found (DNS); check the address or the network connection"
        case .connectionRefused(let host):
            return "\(host) refused the connection; the site may be down, try again later"
        case .timedOut(let seconds):
            return "no answer within \(seconds) s; the site is slow or unreachable, try again later"
        case .httpStatus(let code, let retryAfter):
            var text = "the server answered HTTP \(code)"
            switch code {
            case 404, 410: text += "; the feed has moved or is gone, check its address"
            case 401, 403: text += "; the feed needs an account or refuses this client"
            case 429: text += "; too many requests, try again later"
            case 500...599: text += "; the site has a problem, try again later"
            default: break
            }
            if let retryAfter { text += " (the server asks to wait \(retryAfter) s)" }
            return text
        case .tooLarge(let limit):
            let size = limit >= 1_048_576 ? "\(limit / 1_048_576) MB" : "\(max(1, limit / 1024)) KB"
            return "the feed is larger than \(size) and was not read; it is probably not a feed"
        case .redirectLoop(let url):
            return "the address redirects in a loop (back to \(url)); the site is misconfigured, check the address"
        case .tooManyRedirects(let limit):
            return "more than \(limit) redirects; check the address"
        case .notAFeed(let contentType):
            let kind = contentType.map { " (\($0))" } ?? ""
            return "the address gives a page, not an RSS or Atom feed\(kind); find the feed's own address"
        case .cancelled:
            return "the fetch was stopped before the feed was read; fetch again"
        case .network(let code, let reason):
            return "network error \(code): \(reason)"
        }
    }

    /// Whether another try may succeed: timeouts, 5xx and 429.
    var isRetryable: Bool {
        switch self {
        case .timedOut: return true
        case .httpStatus(let code, _): return code == 429 || (500...599).contains(code)
        default: return false
        }
    }
}
