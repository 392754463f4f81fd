import Foundation

/// How the last fetch of a feed ended. Stored as a short string (`ok`, `not modified`,
/// `HTTP 404`, `failed: <reason>`), readable in the JSON file.
public enum FetchStatus: Hashable, Sendable, Codable, CustomStringConvertible {
    /// Fetched and read.
    case ok
    /// The server answered 304: nothing new since the last fetch.
    case notModified
    /// The server answered with this HTTP error status.
    case httpError(Int)
    /// No usable answer: the reason (network error, not a feed...).
    case failed(String)

    public var description: String {
        switch self {
        case .ok: return "ok"
        case .notModified: return "not modified"
        case .httpError(let code): return "HTTP \(code)"
        case .failed(let reason): return "failed: \(reason)"
        }
    }

    /// The status a stored string stands for (an unknown string is kept as a failure).
    public init(_ text: String) {
        if text == "ok" {
            self = .ok
        } else if text == "not modified" {
            self = .notModified
        } else if text.hasPrefix("HTTP "), let code = Int(text.dropFirst(5)) {
            self = .httpError(code)
        } else if text.hasPrefix("failed: ") {
            self = .failed(String(text.dropFirst(8)))
        } else {
            self = .failed(text)
        }
    }

    public init(from decoder: any Decoder) throws {
        self.init(try decoder.singleValueContainer().decode(String.self))
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}

/// What fetching learnt of one feed, kept between runs (written by the fetcher).
public struct FeedState: Hashable, Sendable, Codable {
    /// When it was last fetched (to the second), or nil when never.
    public var lastFetch: Date?
    public var lastStatus: FetchStatus?
    /// The validators of the last answer, sent back so an unchanged feed costs a 304.
    public var etag: String?
    public var lastModified: String?
    /// Articles the feed gave at its last fetch.
    public var articleCount: Int?
    /// The site the feed belongs to (OPML `htmlUrl`, or the feed's own link).
    public var siteURL: String?

    public init(lastFetch: Date? = nil, lastStatus: FetchStatus? = nil, etag: String? = nil,
                lastModified: String? = nil, articleCount: Int? = nil, siteURL: String? = nil) {
        self.lastFetch = lastFetch
        self.lastStatus = lastStatus
        self.etag = etag
        self.lastModified = lastModified
        self.articleCount = articleCount
        self.siteURL = siteURL
    }

    enum CodingKeys: String, CodingKey {
        case lastFetch = "last_fetch", lastStatus = "last_status", etag, lastModified = "last_modified"
        case articleCount = "article_count", siteURL = "site_url"
    }
}

/// The state of every feed, by URL (looked up as `Subscription.comparisonKey`, so the spelling of
/// scheme and host does not matter).
public struct FeedStates: Hashable, Sendable {
    public private(set) var byKey: [String: FeedState] = [:]

    public init(_ states: [String: FeedState] = [:]) {
        for (url, state) in states { byKey[Subscription.comparisonKey(url)] = state }
    }

    public subscript(url url: String) -> FeedState? {
        get { byKey[Subscription.comparisonKey(url)] }
        set { byKey[Subscription.comparisonKey(url)] = newValue }
    }

    public var isEmpty: Bool { byKey.isEmpty }
}

/// Something the user must be told about the state file (on standard error for the commands).
public enum FeedStateNotice: Hashable, Sendable, CustomStringConvertible {
    /// The file could not be used (`reason`); it was renamed `movedTo` (never deleted) and the
    /// state starts empty.
    case movedAside(file: String, movedTo: String, reason: String)
    /// The file could neither be read nor moved aside; the state is empty and is not saved, so
    /// the file stays as it is.
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .movedAside(let file, let movedTo, let reason):
            return "\(file) could not be used (\(reason)); it was moved to \(movedTo) and the feeds' history starts again"
        case .unreadable(let file, let reason):
            return "\(file) cannot be read (\(reason)); the feeds' history is not used nor saved until it can be"
        }
    }
}

/// `$XDG_STATE_HOME/kiosque/feeds.json`: `{"version": 1, "feeds": {URL: FeedState}}`, replaced
/// whole at each save. A file that is not valid JSON of that shape is moved aside as
/// `feeds.corrupt-<time>.json`, one of a newer version as `feeds.other-<time>.json` (the stores'
/// policy: never deleted, a notice, start empty).
public struct FeedStateFile: Sendable {
    public static let version = 1
    /// Largest file read: a few hundred bytes a feed.
    public static let maxBytes = 32 * 1_048_576

    public var url: URL

    public init(url: URL) {
        self.url = url
    }

    /// What `load` found: the states, a notice when the file could not be used, and whether
    /// saving may replace the file.
    public struct Loaded: Sendable {
        public var states: FeedStates
        public var notice: FeedStateNotice?
        public var canSave: Bool
    }

    struct Contents: Codable {
        var version: Int
        var feeds: [String: FeedState]
    }

    /// Reads the file; a missing file is an empty state.
    public func load(now: Date = Date()) -> Loaded {
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            if size > Self.maxBytes { return moveAside(problem: .damaged("larger than \(Self.maxBytes / 1_048_576) MB"), now: now) }
            data = try Data(contentsOf: url)
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) { return Loaded(states: FeedStates(), notice: nil, canSave: true) }
            return Loaded(states: FeedStates(), notice: .unreadable(file: url.path, reason: (error as NSError).localizedDescription),
                          canSave: false)
        }
        if data.isEmpty { return Loaded(states: FeedStates(), notice: nil, canSave: true) }
        struct Versioned: Decodable { var version: Int }
        guard let versioned = try? Self.decoder.decode(Versioned.self, from: data) else {
            return moveAside(problem: .damaged("not a feed state file"), now: now)
        }
        guard versioned.version <= Self.version else { return moveAside(problem: .otherVersion, now: now) }
        do {
            let contents = try Self.decoder.decode(Contents.self, from: data)
            return Loaded(states: FeedStates(contents.feeds), notice: nil, canSave: true)
        } catch {
            return moveAside(problem: .damaged("not a feed state file"), now: now)
        }
    }

    /// Replaces the file with `states` (atomically).
    public func save(_ states: FeedStates) throws(FileWriteError) {
        let data: Data
        do {
            data = try Self.encoder.encode(Contents(version: Self.version, feeds: states.byKey))
        } catch {
            throw FileWriteError(path: url.path, reason: .other("cannot encode the state: \(error)"))
        }
        try AtomicFile.write(data + Data("\n".utf8), to: url)
    }

    private func moveAside(problem: FileProblem, now: Date) -> Loaded {
        do {
            let target = try SQLiteFile.moveAside(url, problem: problem, now: now)
            return Loaded(states: FeedStates(), notice: .movedAside(file: url.path, movedTo: target.path, reason: problem.description),
                          canSave: true)
        } catch {
            return Loaded(states: FeedStates(), notice: .unreadable(file: url.path, reason: "\(problem); \(error)"), canSave: false)
        }
    }

    static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    static var decoder: JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return decoder
    }
}
