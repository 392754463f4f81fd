/// What a search that may be cancelled gives: a cancelled search is not an error (nothing went
/// wrong: a newer one made its answer useless), so it is a distinct outcome, not a throw.
public enum SearchOutcome: Hashable, Sendable {
    /// Positions of the matching articles in the catalogue searched, in corpus order.
    case found([Int])
    /// The search was cancelled before it answered.
    case cancelled

    /// The positions found, nil when cancelled.
    public var positions: [Int]? {
        if case .found(let positions) = self { return positions }
        return nil
    }
}

/// The first rows of a search's answer (`CorpusIndex.firstMatches`).
public struct FirstMatches: Hashable, Sendable {
    /// Positions in the catalogue searched, ascending: the first matches in corpus order.
    public var positions: [Int]
    /// True when no other article matches: these are the whole answer.
    public var isEverything: Bool

    public init(positions: [Int], isEverything: Bool) {
        self.positions = positions
        self.isEverything = isEverything
    }
}
