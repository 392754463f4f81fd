import Foundation

/// One article of the library as its batch file holds it: one JSON line in Kiosque's corpus
/// format (`id`, `title`, `date`, `url`, `source`, `author`, `language`, `text`, which the JSONL
/// reader reads) plus what the library needs to find it again (`keys`), where it came from
/// (`outlets`, `feeds`) and when (`added`, `changed`). The files are the library: the manifest
/// (`LibraryManifest`) is rebuilt from them when it is lost.
public struct LibraryRecord: Codable, Hashable, Sendable {
    public var id: String
    public var title: String?
    /// ISO 8601, as precise as known.
    public var date: String?
    public var url: String?
    /// The outlets joined (`Le Monde, Libération`): what the list and the details show.
    public var source: String?
    public var author: String?
    public var language: String?
    public var text: String
    /// Every outlet that published it, first the one it came from first.
    public var outlets: [String]
    /// The subscriptions (feed URLs) it came from; empty for an imported file.
    public var feeds: [String]
    /// What identifies it (`guid:FEED GUID`, `url:URL`, `id:ID` for an imported article).
    public var keys: [String]
    /// When it entered the library, and when its text last changed (ISO 8601, UTC).
    public var added: String
    public var changed: String?

    /// The record of `draft` entering the library now.
    init(id: String, draft: ArticleDraft, outlet: String?, feed: String?, keys: [String], now: Date) {
        self.id = id
        title = draft.title
        date = draft.date?.iso8601
        url = draft.url
        outlets = outlet.map { [$0] } ?? []
        source = outlets.isEmpty ? draft.source : outlets.joined(separator: ", ")
        author = draft.author
        language = draft.language
        text = draft.text
        feeds = feed.map { [$0] } ?? []
        self.keys = keys
        added = Self.timestamp(now)
    }

    /// The text a change is judged on: title and body.
    var contentHash: Int64 { Int64(bitPattern: CorpusIDs.fnv1a((title ?? "") + "\n" + text)) }

    /// Takes the title, date, body and author of a newer version of the same entry.
    mutating func update(from draft: ArticleDraft, now: Date) {
        title = draft.title
        date = draft.date?.iso8601 ?? date
        url = draft.url ?? url
        author = draft.author ?? author
        language = draft.language ?? language
        text = draft.text
        changed = Self.timestamp(now)
    }

    /// Adds an outlet that published the same article; false when it was listed already.
    mutating func addOutlet(_ outlet: String?, feed: String?) -> Bool {
        var changed = false
        if let feed, !feeds.contains(feed) {
            feeds.append(feed)
            changed = true
        }
        if let outlet, !outlets.contains(where: { Folding.equal($0, outlet) }) {
            outlets.append(outlet)
            source = outlets.joined(separator: ", ")
            changed = true
        }
        return changed
    }

    static func timestamp(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// The JSON line (no line break inside: JSON escapes them).
    func line() throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes, .sortedKeys]
        return try encoder.encode(self)
    }
}
