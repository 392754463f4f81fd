import KiosqueCore

/// Results of the background analysis arriving in the state.
extension App {
    /// Stores each article's entities (sorted by position) and adds them to the corpus index;
    /// results for an article already analysed are ignored. The list filter follows the index.
    static func receive(_ results: [Int: [Entity]], _ state: inout AppState) {
        for (index, entities) in results.sorted(by: { $0.key < $1.key })
        where state.articles.indices.contains(index) && state.entities.byArticle[index] == nil {
            let sorted = entities.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
            state.entities.byArticle[index] = sorted
            state.entities.index.add(article: index, entities: sorted)
        }
        refreshFilter(&state)
        if state.side.view == .entities { keepEntitySelectionVisible(&state) }
    }
}
