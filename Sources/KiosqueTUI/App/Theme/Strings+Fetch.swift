import KiosqueCore

extension Strings {
    /// Why a feed could not be fetched, in the interface language (`fetch.error.*`), for
    /// `kiosque fetch` and the reader.
    public func fetchError(_ error: FetchError) -> String {
        switch error {
        case .invalidURL(let url): return format(.fetchInvalidURL, ["url": url])
        case .hostNotFound(let host): return format(.fetchHostNotFound, ["host": host])
        case .connectionRefused(let host): return format(.fetchRefused, ["host": host])
        case .timedOut(let seconds): return format(.fetchTimedOut, ["seconds": String(seconds)])
        case .httpStatus(let code, let retryAfter):
            let key: StringKey
            switch code {
            case 404, 410: key = .fetchHTTPGone
            case 401, 403: key = .fetchHTTPDenied
            case 429: key = .fetchHTTPBusy
            case 500...599: key = .fetchHTTPServer
            default: key = .fetchHTTP
            }
            let message = format(key, ["code": String(code)])
            guard let retryAfter else { return message }
            return format(.fetchRetryAfter, ["message": message, "seconds": number(retryAfter)])
        case .tooLarge(let limit):
            let size = limit >= 1_048_576 ? megabytes(limit)
                : "\(number(max(1, limit / 1024))) \(language == .french ? "Ko" : "KB")"
            return format(.fetchTooLarge, ["size": size])
        case .redirectLoop(let url): return format(.fetchRedirectLoop, ["url": url])
        case .tooManyRedirects(let limit): return format(.fetchTooManyRedirects, ["limit": String(limit)])
        case .notAFeed: return self[.fetchNotAFeed]
        case .cancelled: return self[.fetchCancelled]
        case .network(let code, let reason): return format(.fetchNetwork, ["code": String(code), "reason": reason])
        }
    }
}
