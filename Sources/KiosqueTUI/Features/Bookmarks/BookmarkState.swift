import KiosqueCore

/// What the reader knows of bookmarks: every live bookmark of every article (from the store,
/// with those made in this session), where each one's passage is in the open corpus, the
/// bookmark view's selection, and the deletions that `u` can undo.
///
/// A bookmark's article is found in the catalogue by id; its passage is found
/// again in the article's current text when the article is open (at once), and for the others
/// by `Effect.anchorBookmarks` (the runner reads those articles), so that the view can say
/// `detached` without the reader holding every bookmarked article.
public struct BookmarkState: Sendable {
    /// Live bookmarks, oldest first, as the store lists them (those kept in memory included).
    public private(set) var all: [Bookmark] = [] {
        didSet { shown = criteria.shown(all) }
    }
    /// The bookmarks the view lists (those `criteria` keeps, newest first): computed again when
    /// the bookmarks or the criteria change, not on each frame.
    public private(set) var shown: [Bookmark] = []
    /// What the list filter asks of bookmarks (`show(_:)`).
    public private(set) var criteria = BookmarkCriteria() {
        didSet { if criteria != oldValue { shown = criteria.shown(all) } }
    }
    /// Where each bookmark's passage is in the catalogue.
    public private(set) var placements: [BookmarkID: BookmarkPlacement] = [:]
    /// True once the store's bookmarks have arrived.
    public var loaded = false
    /// Bookmarks deleted in this session, the last one last: `u` restores them one by one.
    public var deleted: [Bookmark] = []
    /// Changes the store keeps in memory because the disk refuses them (0: everything is written).
    public var pendingWrites = 0
    /// In the bookmark view: the selected bookmark, by id, never by position (the store is read
    /// again under it, another reader may have added one); nil selects the first.
    public var selected: BookmarkID?
    /// The first row shown.
    public var scroll = 0
    /// The prompt for the press review's title (`x`), nil when closed; it takes the keys while open.
    public var reviewTitle: LineEditor?

    public init() {}

    /// The selected bookmark's position in `shown`: the first when it is not shown.
    public var selectedPosition: Int { selected.flatMap { id in shown.firstIndex { $0.id == id } } ?? 0 }

    /// Lists the bookmarks that `criteria` keeps (the list filter changed).
    mutating func show(_ criteria: BookmarkCriteria) { self.criteria = criteria }

    /// Replaces the bookmarks with the store's and places them in the catalogue. A bookmark
    /// already placed keeps its anchor when its passage did not change (a note edit): only new
    /// or moved passages are looked for again. Returns the effect that anchors the others.
    mutating func load(_ bookmarks: [Bookmark], catalogue: Catalogue, open: OpenArticle?) -> [Effect] {
        let previous = Dictionary(all.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        all = bookmarks.filter { !$0.isDeleted }
        var kept: [BookmarkID: BookmarkPlacement] = [:]
        for bookmark in all {
            if let old = previous[bookmark.id], let placement = placements[bookmark.id], old.article == bookmark.article,
               old.range == bookmark.range, old.quote == bookmark.quote {
                kept[bookmark.id] = placement
            }
        }
        placements = kept
        let live = Set(all.map(\.id))
        deleted.removeAll { live.contains($0.id) }
        loaded = true
        return place(catalogue: catalogue, open: open)
    }

    /// Adds (or replaces) one bookmark and places it.
    mutating func insert(_ bookmark: Bookmark, catalogue: Catalogue, open: OpenArticle?) -> [Effect] {
        if let at = all.firstIndex(where: { $0.id == bookmark.id }) {
            all[at] = bookmark
        } else {
            all.append(bookmark)
        }
        placements[bookmark.id] = nil
        return place(catalogue: catalogue, open: open)
    }

    /// Finds every bookmark's article in `catalogue` by id (a new catalogue after an index
    /// refresh), keeps the anchors of those whose article is still at the same location, anchors
    /// those of the open article, and returns the effect that anchors the rest.
    mutating func place(catalogue: Catalogue, open: OpenArticle?) -> [Effect] {
        var requests: [BookmarkAnchorRequest] = []
        for bookmark in all {
            let position = catalogue.position(of: bookmark.article.id)
            let key = position.map { ArticleKey(id: catalogue.ids[$0], location: catalogue.location(at: $0)) }
            var placement = placements[bookmark.id] ?? BookmarkPlacement(article: nil, anchor: nil)
            if placement.key != key { placement.anchor = nil }
            placement.article = key?.id
            placement.key = key
            placements[bookmark.id] = placement
            if let position, placement.anchor == nil, key?.id != open?.id {
                requests.append(BookmarkAnchorRequest(bookmark: bookmark, id: catalogue.ids[position], place: catalogue.place(at: position),
                                                      analysisID: catalogue.analysisIDs[position]))
            }
        }
        anchor(in: open)
        return requests.isEmpty ? [] : [.anchorBookmarks(requests)]
    }

    /// Finds the passages of the open article's bookmarks in its text.
    mutating func anchor(in open: OpenArticle?) {
        guard let open else { return }
        var anchoring: Anchoring?
        for bookmark in all where placements[bookmark.id]?.article == open.id {
            let prepared = anchoring ?? Anchoring(text: open.article.text)
            anchoring = prepared
            placements[bookmark.id]?.anchor = prepared.anchor(bookmark)
        }
    }

    /// Anchors found by the runner (`Message.bookmarksAnchored`).
    mutating func setAnchors(_ anchors: [BookmarkID: Anchor]) {
        for (id, anchor) in anchors where placements[id]?.article != nil { placements[id]?.anchor = anchor }
    }

    /// Takes a bookmark out of the live ones (deleted); returns it.
    mutating func remove(_ id: BookmarkID) -> Bookmark? {
        guard let at = all.firstIndex(where: { $0.id == id }) else { return nil }
        return all.remove(at: at)
    }

    /// Changes a bookmark's note.
    mutating func setNote(_ note: String, of id: BookmarkID) {
        guard let at = all.firstIndex(where: { $0.id == id }) else { return }
        all[at].note = note
    }

    /// Changes a bookmark's tags (already normalized).
    mutating func setTags(_ tags: [String], of id: BookmarkID) {
        guard let at = all.firstIndex(where: { $0.id == id }) else { return }
        all[at].tags = tags
    }

    public func bookmark(_ id: BookmarkID) -> Bookmark? { all.first { $0.id == id } }

    public func placement(of id: BookmarkID) -> BookmarkPlacement? { placements[id] }

    /// The live bookmarks placed in an article, with their current ranges.
    public func ranges(inArticle id: ArticleID) -> [(bookmark: Bookmark, range: TextRange)] {
        all.compactMap { bookmark in
            guard let placement = placements[bookmark.id], placement.article == id, let range = placement.range
            else { return nil }
            return (bookmark, range)
        }
    }
}

/// What the list filter asks of the bookmark view: its sectors (any or all, as the list matches
/// them, compared ignoring case and accents) and its entity.
public struct BookmarkCriteria: Hashable, Sendable {
    /// `Folding.fold` of each sector name.
    public var sectors: [String] = []
    public var match: SectorMatch = .any
    public var entity: EntityKey?

    public init() {}

    public init(filter: ListFilter?, match: SectorMatch) {
        sectors = (filter?.sectors ?? []).map(Folding.fold)
        self.match = match
        entity = filter?.entity
    }

    public func keeps(_ bookmark: Bookmark) -> Bool {
        if !sectors.isEmpty {
            let own = Set(bookmark.sectors.map(Folding.fold))
            guard match == .any ? sectors.contains(where: own.contains) : sectors.allSatisfy(own.contains) else { return false }
        }
        if let entity, !bookmark.entities.contains(where: { $0.kind == entity.kind && Folding.fold($0.text) == entity.folded }) {
            return false
        }
        return true
    }

    /// The bookmarks kept, newest first.
    func shown(_ all: [Bookmark]) -> [Bookmark] {
        all.filter(keeps).sorted { ($0.created, $0.id) > ($1.created, $1.id) }
    }
}
