import KiosqueCore

/// Results of the background analysis arriving in the state.
extension App {
    /// Stores each article's entities (sorted by position) and adds them to the corpus index;
    /// results for an article already analysed are ignored. The list filter follows the index.
    ///
    /// Only mentions in the title and the shown paragraphs are kept: page debris (menus, the
    /// unrelated headlines after `AUTRES INFOS`) is never shown, so its names would be counted
    /// in the entity view and match filters for articles that do not talk about them.
    ///
    /// Sector results are stored once per article (the open article's may already be there,
    /// computed in full when it was opened).
    static func receive(_ results: [Int: [Entity]], sectors: [Int: ArticleSectors] = [:], _ state: inout AppState) {
        for (index, result) in sectors { state.sectors.add(result, article: index) }
        for (index, entities) in results.sorted(by: { $0.key < $1.key })
        where state.articles.indices.contains(index) && state.entities.byArticle[index] == nil {
            let article = state.articles[index]
            let sorted = entities.filter { article.isReadable(at: $0.range.start) }.sorted { ($0.range.start, $0.range.end) < ($1.range.start, $1.range.end) }
            state.entities.byArticle[index] = sorted
            state.entities.index.add(article: index, entities: sorted)
        }
        refreshFilter(&state)
        if state.side.view == .entities { keepEntitySelectionVisible(&state) }
    }
}
