/// Finds bookmarked passages again in an article's current text (pure; prepare once per article,
/// then anchor each of its bookmarks).
///
/// Rules, in order:
/// 1. Same text hash: the stored offsets hold (`unchanged`).
/// 2. The quote's `exact` occurs in the text, spacing and line breaks aside: the occurrence whose
///    surroundings match the quote's `prefix` and `suffix` best wins, then the one nearest the
///    old position, then the first (`found`).
/// 3. Otherwise the passage may have been edited: candidate passages start where the quote's
///    first words or the end of its prefix occur, and end where its last words or the start of
///    its suffix occur; the candidate at least `minimumSimilarity` alike (edit distance on code
///    points, on words for long passages) wins, the most alike first, then the nearest
///    (`approximate`). Quotes shorter than `minimumFuzzyLength` are never matched this way: too
///    short to be sure.
/// 4. Else `detached`: the bookmark is kept as it is and shown as detached, never dropped.
public struct Anchoring: Sendable {
    public let hash: ContentHash
    private let scalarCount: Int
    private let normalized: NormalizedText

    public static let minimumSimilarity = 0.8
    public static let minimumFuzzyLength = 12
    /// Code points at the ends of a quote, or of its context, looked for to start and end candidates.
    static let edgeLength = 16
    /// Candidate starts and ends examined, nearest the old position first.
    static let maximumCandidates = 16
    /// Beyond this many code points, similarity is measured on words (cheaper).
    static let wordLevelThreshold = 600
    /// Beyond this many code points, an edited passage is not searched for at all.
    static let maximumFuzzyLength = 20_000

    /// Prepares `text` (hash, whitespace-normalized code points) for anchoring.
    public init(text: String) {
        hash = ContentHash(of: text)
        normalized = NormalizedText(text)
        scalarCount = normalized.originalCount
    }

    /// Where the bookmark's passage is in this text.
    public func anchor(_ bookmark: Bookmark) -> Anchor {
        if bookmark.article.textHash == hash, bookmark.range.end <= scalarCount {
            return .unchanged(bookmark.range)
        }
        let quote = NormalizedText(bookmark.quote.exact)
        guard quote.count > 0, !(quote.count == 1 && quote.values[0] == 0x20) else { return .detached }
        let oldStart = normalized.normalizedIndex(of: bookmark.range.start)
        let oldEnd = normalized.normalizedIndex(of: bookmark.range.end)
        let prefix = NormalizedText(bookmark.quote.prefix).values
        let suffix = NormalizedText(bookmark.quote.suffix).values

        let exact = normalized.occurrences(of: quote.values[...])
        if !exact.isEmpty {
            let best = exact.min { a, b in
                let sa = contextScore(a, a + quote.count, prefix, suffix)
                let sb = contextScore(b, b + quote.count, prefix, suffix)
                if sa != sb { return sa > sb }
                let da = abs(a - oldStart), db = abs(b - oldStart)
                return da != db ? da < db : a < b
            }
            if let best { return .found(normalized.originalRange(best, best + quote.count)) }
        }
        return approximate(quote.values, prefix: prefix, suffix: suffix, oldStart: oldStart, oldEnd: oldEnd)
    }

    /// How many code points of the prefix (backwards) and the suffix (forwards) match around
    /// the normalized range `start..<end`.
    private func contextScore(_ start: Int, _ end: Int, _ prefix: [UInt32], _ suffix: [UInt32]) -> Int {
        let values = normalized.values
        var score = 0
        while score < prefix.count, start - 1 - score >= 0,
              values[start - 1 - score] == prefix[prefix.count - 1 - score] { score += 1 }
        var after = 0
        while after < suffix.count, end + after < values.count, values[end + after] == suffix[after] { after += 1 }
        return score + after
    }

    private func approximate(_ quote: [UInt32], prefix: [UInt32], suffix: [UInt32], oldStart: Int, oldEnd: Int) -> Anchor {
        let m = quote.count
        guard m >= Self.minimumFuzzyLength, m <= Self.maximumFuzzyLength else { return .detached }
        let edge = min(Self.edgeLength, m / 2)
        var starts = Set(normalized.occurrences(of: quote[0..<edge]))
        var ends = Set(normalized.occurrences(of: quote[(m - edge)...]).map { $0 + edge })
        if prefix.isEmpty {
            starts.insert(0)
        } else if prefix.count >= 4 {
            let tail = prefix[(prefix.count - min(Self.edgeLength, prefix.count))...]
            starts.formUnion(normalized.occurrences(of: tail).map { $0 + tail.count })
        }
        if suffix.isEmpty {
            ends.insert(normalized.count)
        } else if suffix.count >= 4 {
            ends.formUnion(normalized.occurrences(of: suffix[0..<min(Self.edgeLength, suffix.count)]))
        }
        let nearStarts = starts.sorted { (abs($0 - oldStart), $0) < (abs($1 - oldStart), $1) }.prefix(Self.maximumCandidates)
        let nearEnds = ends.sorted { (abs($0 - oldEnd), $0) < (abs($1 - oldEnd), $1) }.prefix(Self.maximumCandidates)
        var best: (range: (Int, Int), similarity: Double, distance: Int)?
        for start in nearStarts {
            for end in nearEnds where end > start {
                let length = end - start
                // A length too different can never reach the minimum similarity.
                guard Double(abs(length - m)) <= (1 - Self.minimumSimilarity) * Double(max(length, m)) else { continue }
                let candidate = normalized.values[start..<end]
                let similarity = Self.similarity(Array(candidate), quote)
                guard similarity >= Self.minimumSimilarity else { continue }
                let distance = abs(start - oldStart)
                if let b = best, (b.similarity, -b.distance) >= (similarity, -distance) { continue }
                best = ((start, end), similarity, distance)
            }
        }
        guard let best else { return .detached }
        return .approximate(normalized.originalRange(best.range.0, best.range.1), similarity: best.similarity)
    }

    /// 1 - edit distance / longer length: on code points, or on words beyond `wordLevelThreshold`.
    static func similarity(_ a: [UInt32], _ b: [UInt32]) -> Double {
        if max(a.count, b.count) > wordLevelThreshold {
            let wa = a.split(separator: 0x20).map(Array.init), wb = b.split(separator: 0x20).map(Array.init)
            let longest = max(wa.count, wb.count)
            return longest == 0 ? 1 : 1 - Double(EditDistance.between(wa, wb, swaps: false)) / Double(longest)
        }
        let longest = max(a.count, b.count)
        return longest == 0 ? 1 : 1 - Double(EditDistance.between(a, b, swaps: false)) / Double(longest)
    }
}
