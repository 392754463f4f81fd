/// Edit distances: between words for "did you mean" suggestions, between passages (code points
/// or words) for anchoring bookmarks.
public enum EditDistance {
    /// The optimal string alignment distance between two words, by Character: insertions,
    /// deletions, substitutions, and swaps of two neighbours (`lsit` is 1 from `list`).
    public static func between(_ a: String, _ b: String) -> Int {
        between(Array(a), Array(b), swaps: true)
    }

    /// The edit distance of two sequences, two rows (three with `swaps`): insertions, deletions
    /// and substitutions (Levenshtein), and with `swaps` the exchange of two neighbours counted as
    /// one edit (optimal string alignment).
    public static func between<T: Equatable>(_ x: [T], _ y: [T], swaps: Bool) -> Int {
        guard !x.isEmpty else { return y.count }
        guard !y.isEmpty else { return x.count }
        var beforePrevious = swaps ? [Int](repeating: 0, count: y.count + 1) : []
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                let cost = x[i - 1] == y[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if swaps, i > 1, j > 1, x[i - 1] == y[j - 2], x[i - 2] == y[j - 1] {
                    current[j] = min(current[j], beforePrevious[j - 2] + 1)
                }
            }
            if swaps { swap(&beforePrevious, &previous) }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The candidate nearest to `word` when it is at most `limit` edits away (and `word` is not
    /// one of them), else nil; the first in `candidates` order on a tie.
    public static func suggestion(for word: String, among candidates: [String], limit: Int = 2) -> String? {
        guard !candidates.contains(word) else { return nil }
        var best: (name: String, distance: Int)?
        for name in candidates {
            let distance = between(word.lowercased(), name)
            if distance <= limit, distance < (best?.distance ?? Int.max) { best = (name, distance) }
        }
        return best?.name
    }
}
