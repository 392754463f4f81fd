extension Catalogue {
    /// The article of each bookmark: the one at the bookmark's location with its id (or another
    /// qualification of its source id: `CorpusIDs`), else the first article with its id (the same
    /// files opened from another folder); bookmarks of no article of the catalogue are left out.
    /// One pass over the ids for those not found by location.
    public func positions(of bookmarks: [Bookmark]) -> [BookmarkID: Int] {
        var out: [BookmarkID: Int] = [:]
        var byID: [ArticleID: [BookmarkID]] = [:]
        for bookmark in bookmarks {
            if let position = position(location: bookmark.article.location, id: bookmark.article.id) {
                out[bookmark.id] = position
            } else {
                byID[bookmark.article.id, default: []].append(bookmark.id)
            }
        }
        for (id, positions) in positions(ofIDs: Set(byID.keys)) {
            guard let first = positions.first else { continue }
            for bookmark in byID[id] ?? [] { out[bookmark] = first }
        }
        return out
    }
}

extension Corpus {
    /// Each bookmark with where its passage is now in its article (`Catalogue.positions(of:)`):
    /// only the bookmarked articles are read, each once; `anchor` nil for a bookmark of no
    /// article of the corpus. Articles that could not be read are `issues`.
    public func place(_ bookmarks: [Bookmark]) -> (placed: [AnchoredBookmark], issues: [LoadIssue]) {
        let positions = catalogue.positions(of: bookmarks)
        var anchorings: [Int: Anchoring?] = [:]
        var issues: [LoadIssue] = []
        let placed = bookmarks.map { bookmark -> AnchoredBookmark in
            guard let position = positions[bookmark.id] else { return AnchoredBookmark(bookmark: bookmark, anchor: nil) }
            if anchorings[position] == nil {
                switch article(at: position) {
                case .success(let loaded): anchorings[position] = .some(Anchoring(text: loaded.article.text))
                case .failure(let issue):
                    anchorings[position] = .some(nil)
                    issues.append(issue)
                }
            }
            guard let anchoring = anchorings[position] ?? nil else { return AnchoredBookmark(bookmark: bookmark, anchor: nil) }
            return AnchoredBookmark(bookmark: bookmark, anchor: anchoring.anchor(bookmark))
        }
        return (placed, issues)
    }
}
