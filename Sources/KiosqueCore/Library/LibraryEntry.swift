/// An article coming into the library: a feed entry or an imported file's article.
public struct LibraryEntry: Sendable {
    public enum Origin: Hashable, Sendable {
        /// An entry of the subscription at `feed` (its URL); `outlet` is the subscription's
        /// name, else the feed's title, else the host.
        case feed(url: String, outlet: String?)
        /// An article of a file given to `kiosque import`; `outlet` its source, else its folder's name.
        case file(outlet: String?)
    }

    public var draft: ArticleDraft
    public var origin: Origin
    /// False for a full-text feed's entry: the kept text is its page's, which the feed's summary
    /// must not replace.
    public var updatesText: Bool

    public init(draft: ArticleDraft, origin: Origin, updatesText: Bool = true) {
        self.draft = draft
        self.origin = origin
        self.updatesText = updatesText
    }

    var feed: String? {
        if case .feed(let url, _) = origin { return url }
        return nil
    }

    var outlet: String? {
        switch origin {
        case .feed(_, let outlet), .file(let outlet): return outlet
        }
    }

    /// The keys that name this entry whatever its text: the guid within its feed (else its id
    /// for a file), and its link. The first is the entry's own: a change of text under it is an
    /// update; the link is shared by outlets that republish it.
    var keys: [String] {
        var keys: [String] = []
        switch origin {
        case .feed(let url, _):
            if let guid = draft.id, !guid.isEmpty { keys.append("guid:\(Subscription.comparisonKey(url)) \(guid)") }
        case .file:
            if let id = draft.id, !id.isEmpty { keys.append("id:\(id)") }
        }
        if let url = draft.url, !url.isEmpty { keys.append("url:\(Subscription.comparisonKey(url))") }
        if keys.isEmpty { keys.append("text:\(CorpusIDs.fnv1a((draft.title ?? "") + "\n" + draft.text))") }
        return keys
    }
}

/// What storing entries did.
public struct LibraryReport: Hashable, Sendable {
    /// Ids of the articles added, in order.
    public var added: [String] = []
    /// Ids of the articles whose text changed.
    public var updated: [String] = []
    /// Entries that were an article already there from another outlet (same link or
    /// near-identical text): the outlet was added to it.
    public var merged = 0
    /// Entries already in the library, unchanged.
    public var unchanged = 0

    public init() {}
}
