import GRDB

/// The first rows of a search in the list's order (newest first, by outlet...), found without
/// the whole answer: the search as you type of a phrase in most of a million articles.
///
/// The full-text index gives its matches in analysis order only, and the whole answer to
/// `"gilets jaunes"` (83 % of the articles) takes over 150 ms at 1,000,000 articles. But the
/// more common a query, the sooner the list's first rows hold enough matches: the articles on the
/// list's first rows are looked up one by one in the index (`rowid IN (...)`, a seek per article:
/// about 0.1 ms), a window at a time, until the screen's rows are found. The matches among a
/// window at the top of the list are exactly the head of the whole answer in that order.
/// A rare query is left to the whole answer, which is quick for it; so is one whose last word is
/// a prefix with no prefix index (`elec*`): SQLite merges every word it starts at each seek, but
/// the whole answer takes its words one by one (`expandedExpressions`).
extension CorpusIndex {
    /// Articles looked up in the index at most for the first rows (about 25 ms).
    public static let firstRowsLookups = 240

    /// Matches of `query` read in corpus order to guess how common it is.
    static let densityProbe = 200

    /// The matches of `query` among the first articles of `order` (positions of `catalogue`, in
    /// the list's order), in that order: the first `limit` rows of the list the whole answer
    /// narrows `order` to, or fewer (the head of those rows) when `firstRowsLookups` were not
    /// enough. `isEverything` (the positions ascending, every match in the catalogue) when the
    /// query has fewer matches than the probe reads. Nil when the query is rare or its prefix
    /// costly (the whole answer is the quicker way), when no match is in the window looked at,
    /// or when `cancellation` stopped it.
    public func firstMatches(_ query: SearchQuery, in catalogue: Catalogue, order: [Int], limit: Int,
                             cancellation: IndexCancellation? = nil) throws(IndexError) -> FirstMatches? {
        guard limit > 0, !order.isEmpty, Self.seeksCheaply(query) else { return nil }
        let expression = query.ftsExpression
        let probe: [Int64] = try checked {
            try pool.read { db in
                try RowidReader.fetch(db, sql: "SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rowid LIMIT ?",
                                      arguments: [expression, Self.densityProbe])
            }
        }
        guard probe.count == Self.densityProbe, let last = probe.last else {
            return FirstMatches(positions: catalogue.positions(ofAnalyses: probe), isEverything: true)
        }
        // The share of articles that match, from the first articles of the corpus.
        let covered = catalogue.firstPositions(upToAnalysis: last)
        var density = Double(probe.count) / Double(max(probe.count, covered))
        guard Double(limit) / density <= Double(Self.firstRowsLookups) else { return nil }
        var found: [Int] = []
        var start = 0, looked = 0
        while found.count < limit, start < order.count, looked < Self.firstRowsLookups {
            if cancellation?.isCancelled == true { return nil }
            let wanted = Double(limit - found.count) / density * 1.2 + 4
            let size = min(order.count - start, Self.firstRowsLookups - looked, Int(wanted.rounded(.up)))
            let window = order[start..<(start + size)].filter { $0 >= 0 && $0 < catalogue.count }
            let ids = Set(window.map { catalogue.analysisIDs[$0] })
            let sql = "SELECT rowid FROM search_text WHERE search_text MATCH ? AND rowid IN ("
                + ids.map(String.init).joined(separator: ",") + ")"
            let matched: Set<Int64> = ids.isEmpty ? [] : try checked {
                try pool.read { db in Set(try RowidReader.fetch(db, sql: sql, arguments: [expression])) }
            }
            found += window.lazy.filter { matched.contains(catalogue.analysisIDs[$0]) }
            start += size
            looked += size
            density = max(0.05, Double(found.count) / Double(looked))
        }
        return found.isEmpty ? nil : FirstMatches(positions: Array(found.prefix(limit)), isEverything: false)
    }

    /// `search(_:in:cancellation:)` that gives the first rows in the list's order as soon as the
    /// index has answered, before the matches are placed in the catalogue and the list: `first`
    /// gets the matches among the first articles of `order`, up to `limit` (for a query too rare
    /// or a prefix too costly for `firstMatches(_:in:order:limit:)`, found in most of the
    /// archive: `elec*` in a quarter of a million articles). Only for answers of at least
    /// `minimum` articles (`headFromAnswerMatches`: a smaller one is placed at once).
    public func search(_ query: SearchQuery, in catalogue: Catalogue, cancellation: IndexCancellation, order: [Int],
                       limit: Int, minimum: Int = headFromAnswerMatches,
                       first: (FirstMatches) -> Void) throws(IndexError) -> SearchOutcome {
        if cancellation.isCancelled { return .cancelled }
        guard let ids = try matchingAnalyses(query, cancellation: cancellation) else { return .cancelled }
        if ids.count >= minimum, let head = Self.head(of: ids, in: catalogue, order: order, limit: limit) {
            first(head)
        }
        if cancellation.isCancelled { return .cancelled }
        return .found(catalogue.positions(ofAnalyses: ids))
    }

    /// The smallest answer whose first rows are given before it is placed in the catalogue.
    public static let headFromAnswerMatches = 20_000

    /// Articles of the list's order looked at, at most, for the head of an answer.
    static let headWalk = 200_000

    /// The positions among the first articles of `order` whose analysis is in `ids` (ascending),
    /// in that order, up to `limit`; nil when none is among the first `headWalk`.
    static func head(of ids: [Int64], in catalogue: Catalogue, order: [Int], limit: Int) -> FirstMatches? {
        var found: [Int] = []
        for position in order.prefix(headWalk) where position >= 0 && position < catalogue.count {
            let id = catalogue.analysisIDs[position]
            var low = 0, high = ids.count
            while low < high {
                let middle = (low + high) / 2
                if ids[middle] < id { low = middle + 1 } else { high = middle }
            }
            guard low < ids.count, ids[low] == id else { continue }
            found.append(position)
            if found.count == limit { break }
        }
        return found.isEmpty ? nil : FirstMatches(positions: found, isEverything: false)
    }

    /// True when looking one article up costs a seek per word: every word whole, or a prefix of
    /// a length with a prefix index (`IndexSchema.prefixLengths`).
    static func seeksCheaply(_ query: SearchQuery) -> Bool {
        query.terms.allSatisfy(seeksCheaply(term:))
    }

    /// True when `term` is whole, or a prefix of a length with a prefix index.
    static func seeksCheaply(term: SearchTerm) -> Bool {
        !term.lastIsPrefix || IndexSchema.prefixLengths.contains(term.words.last?.unicodeScalars.count ?? 0)
    }
}
