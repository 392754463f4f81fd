extension ArticleDate {
    /// Parses what `iso8601` writes: `2024`, `2024-03`, `2024-03-01`; nil for anything else.
    public init?(iso8601 text: String) {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return nil }
        let numbers = parts.map { Int($0) }
        guard numbers.allSatisfy({ $0 != nil }) else { return nil }
        let values = numbers.compactMap { $0 }
        self.init(year: values[0], month: values.count > 1 ? values[1] : nil, day: values.count > 2 ? values[2] : nil)
    }
}
