import Foundation

/// The cache validators a server gave with a feed, sent back on the next fetch (conditional GET).
public struct FeedValidators: Hashable, Sendable, Codable {
    /// The `ETag` header, as sent (quotes and `W/` kept).
    public var etag: String?
    /// The `Last-Modified` header, as sent.
    public var lastModified: String?

    public init(etag: String? = nil, lastModified: String? = nil) {
        self.etag = etag
        self.lastModified = lastModified
    }

    public var isEmpty: Bool { etag == nil && lastModified == nil }
}

/// One feed to fetch.
public struct FeedRequest: Hashable, Sendable {
    /// What is fetched: a feed (the body must look like one) or a web page (a full-text entry's).
    public enum Kind: Hashable, Sendable {
        case feed, page
    }

    public var url: URL
    /// The validators of the last successful fetch; nil when the feed was never fetched (its
    /// result is then `.new`, else `.updated`).
    public var previous: FeedValidators?
    public var kind: Kind

    public init(url: URL, previous: FeedValidators? = nil, kind: Kind = .feed) {
        self.url = url
        self.previous = previous
        self.kind = kind
    }
}

/// A feed's body as fetched.
public struct FetchedFeed: Hashable, Sendable {
    /// The body, decompressed (`Content-Encoding` is undone by the URL loading system).
    public var body: Data
    /// The validators to keep for the next fetch.
    public var validators: FeedValidators
    /// The address the body came from, after redirects.
    public var finalURL: URL
    /// The new address when every redirect on the way was permanent (301, 308): the subscription
    /// may be updated to it. Nil without redirects.
    public var movedPermanently: URL?
    /// The `Content-Type` header, as sent.
    public var contentType: String?
}

/// What happened to one feed.
public enum FetchOutcome: Hashable, Sendable {
    /// Fetched for the first time (no previous validators).
    case new(FetchedFeed)
    /// Fetched again and changed (the server sent a body).
    case updated(FetchedFeed)
    /// Not changed since the previous fetch (HTTP 304); the validators to keep.
    case unchanged(FeedValidators)
    case failed(FetchError)

    /// The fetched feed, for `.new` and `.updated`.
    public var feed: FetchedFeed? {
        switch self {
        case .new(let feed), .updated(let feed): return feed
        case .unchanged, .failed: return nil
        }
    }

    /// The error, for `.failed`.
    public var error: FetchError? {
        if case .failed(let error) = self { return error }
        return nil
    }
}

/// The result of one feed: its request, what happened, and how many tries it took.
public struct FetchResult: Hashable, Sendable {
    public var request: FeedRequest
    public var outcome: FetchOutcome
    /// Tries made (1 without retries).
    public var attempts: Int
}

/// Progress of a batch: feeds finished and feeds in all, with the one just finished.
public struct FetchProgress: Hashable, Sendable {
    public var done: Int
    public var total: Int
    public var last: FetchResult?
}
