/// The terms behind a finding, counted, for the people and scripts who ask why.
extension SectorFinding {
    /// Each distinct term with its number of occurrences, most frequent first, then in the order
    /// the text first used them.
    public var termCounts: [(term: String, count: Int)] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for term in terms {
            if counts[term] == nil { order.append(term) }
            counts[term, default: 0] += 1
        }
        let first = Dictionary(uniqueKeysWithValues: order.enumerated().map { ($1, $0) })
        return order.map { ($0, counts[$0] ?? 0) }
            .sorted { $0.count != $1.count ? $0.count > $1.count : (first[$0.term] ?? 0) < (first[$1.term] ?? 0) }
    }

    /// `électricité ×4, prix du gaz`: the counted terms as one line (`×n` only when n > 1).
    public var termSummary: String {
        termCounts.map { $0.count > 1 ? "\($0.term) ×\($0.count)" : $0.term }.joined(separator: ", ")
    }

    /// The score as people read it: `24`, `5.5`.
    public var scoreText: String { SectorFinding.format(score) }

    /// A score with at most one decimal, without a trailing `.0`.
    public static func format(_ score: Double) -> String {
        let tenths = (score * 10).rounded()
        if tenths.truncatingRemainder(dividingBy: 10) == 0 { return String(Int(tenths / 10)) }
        return String(Double(tenths) / 10)
    }
}
