import Foundation
import KiosqueMarkup

/// Reads an RSS 0.9x/2.0, RSS 1.0 (RDF), Atom 1.0/0.3 or CDF feed: one draft per entry, in feed
/// order. The parts are in `Formats/Feeds/`: `FeedBytes` (encodings), `FeedParser` (entries),
/// `FeedText` (typed text), `FeedNames` (namespaces, `xml:base`, `xml:lang`), `URLReference`.
public enum FeedReader {
    /// The result of reading one feed file.
    public struct Result: Sendable {
        /// The feed's title (each draft's `source`).
        public var feedTitle: String?
        public var drafts: [ArticleDraft]
        /// Problems worth a warning naming the file (malformed XML recovered, an encoding guessed,
        /// a date not understood).
        public var problems: [LoadReason]
    }

    /// Why a file is not read as a feed.
    public enum Failure: Error, Sendable, Equatable, CustomStringConvertible {
        case notAFeed
        case markup(MarkupError)

        public var reason: LoadReason {
            switch self {
            case .notAFeed: return .notAFeed
            case .markup(.tooLarge(let bytes, let limit)): return .feedTooLarge(bytes: bytes, limit: limit)
            case .markup(let error): return LoadReason(error)
            }
        }

        public var description: String { reason.description }
    }

    /// Whether the first bytes of a file look like a feed: an `rss`, `RDF` or `feed` root element
    /// (any prefix) after the declaration, comments and doctype, with no text before it. UTF-16
    /// heads are read as such.
    public static func looksLikeFeed(_ head: Data) -> Bool {
        let bytes = head.prefix(4096)
        let text: String
        if bytes.starts(with: [0xFF, 0xFE]) || (bytes.count > 1 && bytes[bytes.startIndex + 1] == 0) {
            text = String(decoding: bytes.dropFirst(bytes.starts(with: [0xFF, 0xFE]) ? 2 : 0).filter { $0 != 0 }, as: UTF8.self)
        } else if bytes.starts(with: [0xFE, 0xFF]) || bytes.first == 0 {
            text = String(decoding: bytes.filter { $0 != 0 }, as: UTF8.self)
        } else {
            text = String(decoding: bytes, as: UTF8.self)
        }
        // The first element name: skip `<?...?>`, `<!...>` (comments, doctype) and text.
        var rest = Substring(text)
        while let open = rest.firstIndex(of: "<") {
            let skipped = rest[..<open]
            rest = rest[rest.index(after: open)...]
            if rest.hasPrefix("!--") {
                guard let end = rest.range(of: "-->") else { return false }
                rest = rest[end.upperBound...]
            } else if rest.hasPrefix("?") || rest.hasPrefix("!") {
                guard let end = rest.firstIndex(of: ">") else { return false }
                rest = rest[rest.index(after: end)...]
            } else {
                guard skipped.allSatisfy({ $0.isWhitespace || $0 == "\u{FEFF}" }) else { return false }
                let name = rest.prefix { !$0.isWhitespace && $0 != ">" && $0 != "/" }
                let local = (name.split(separator: ":").last.map(String.init) ?? "").lowercased()
                return local == "rss" || local == "rdf" || local == "feed"
            }
        }
        return false
    }

    /// Reads the feed in `data`: recovered as far as libxml2 can (what it skipped is in
    /// `problems`); `.notAFeed` when the document is XML of another kind.
    public static func read(_ data: Data) -> Swift.Result<Result, Failure> {
        guard data.count <= Markup.maxInputBytes else {
            return .failure(.markup(.tooLarge(bytes: data.count, limit: Markup.maxInputBytes)))
        }
        var bytes = FeedBytes.prepare(data)
        var parsed = Markup.parseXML(bytes.data, encoding: bytes.encoding)
        if case .failure = parsed, bytes.encoding == nil, var retry = FeedBytes.undeclared(data) {
            retry.mend(utf8: true)
            bytes = retry
            parsed = Markup.parseXML(bytes.data, encoding: bytes.encoding)
        }
        let document: MarkupDocument
        switch parsed {
        case .success(let value): document = value
        case .failure(let error): return .failure(.markup(error))
        }
        guard document.root != nil else {
            return .failure(.markup(.notWellFormed(reason: document.problems.first ?? "no root element", line: 0)))
        }
        guard let parser = FeedParser(document: document) else { return .failure(.notAFeed) }
        var (title, drafts, entryProblems) = parser.read()
        if bytes.protectedControls {
            let restore = FeedBytes.restoreControls
            title = title.map(restore)
            for index in drafts.indices {
                drafts[index].title = drafts[index].title.map(restore)
                drafts[index].source = drafts[index].source.map(restore)
                drafts[index].author = drafts[index].author.map(restore)
                drafts[index].url = drafts[index].url.map(restore)
                drafts[index].id = drafts[index].id.map(restore)
                drafts[index].text = restore(drafts[index].text)
            }
            entryProblems = entryProblems.map { problem in
                guard case .entryDateNotUnderstood(let entry, let value) = problem else { return problem }
                return .entryDateNotUnderstood(entry: entry, value: restore(value))
            }
        }
        var problems = document.problems.map(LoadReason.markupMessage)
        if let problem = bytes.problem { problems.insert(problem, at: 0) }
        problems += entryProblems
        return .success(Result(feedTitle: title, drafts: drafts, problems: problems))
    }
}

extension LoadReason {
    /// Why markup could not be parsed.
    public init(_ error: MarkupError) {
        switch error {
        case .notWellFormed(let reason, let line): self = .notWellFormed(detail: reason, line: line)
        case .tooLarge(let bytes, let limit): self = .markupTooLarge(bytes: bytes, limit: limit)
        }
    }
}
