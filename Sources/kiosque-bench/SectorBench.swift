import Foundation
import KiosqueCore
import KiosqueTUI

/// `kiosque-bench --sectors`: the sector work of the reader on a corpus: classifying each article
/// (the index's share), classifying the open article in full (in `update`), and a sector filter
/// key press to the finished frame on a catalogue of every article.
struct SectorBench {
    var runs: Int
    var keys: Int
    var screen: Size

    func run(articles: [Article]) throws {
        guard !articles.isEmpty else { return }
        let loadStart = Clock.now
        let classifier = try SectorClassifier.bundled()
        Bench.report("taxonomy load (ms)", [Clock.ms(loadStart, Clock.now)])

        var results: [Int: SectorAnalysis] = [:]
        var perArticle: [Double] = []
        for _ in 0..<runs {
            let start = Clock.now
            for (i, article) in articles.enumerated() { results[i] = classifier.classify(article) }
            perArticle.append(Clock.ms(start, Clock.now) / Double(articles.count))
        }
        Bench.report("classification per article, one core (ms)", perArticle, format: "%.4f")

        let longest = articles.indices.max { articles[$0].text.unicodeScalars.count < articles[$1].text.unicodeScalars.count } ?? 0
        var open: [Double] = []
        for _ in 0..<max(runs, 20) {
            let start = Clock.now
            _ = OpenArticleSectors(articles[longest], classifier: classifier)
            open.append(Clock.ms(start, Clock.now))
        }
        Bench.report("open article in full, \(articles[longest].text.unicodeScalars.count) code points (ms)", open, percentiles: true)

        // The list filter reads sector levels and scores from a catalogue, as the index stores them.
        let summaries = articles.enumerated().map { i, article in
            ArticleSummary(id: article.id, title: article.title, date: article.date, source: article.source,
                           place: ArticlePlace(path: article.location, kind: .text, line: 0, bytes: 0..<0),
                           sectorLevels: results[i]?.article.map(\.level) ?? [], sectorScores: results[i]?.article.map(\.score) ?? [])
        }
        let catalogue = Catalogue(summaries: summaries, analysisIDs: articles.indices.map { Int64($0 + 1) },
                                  sectorCount: classifier.taxonomy.sectors.count)
        var state = AppState(catalogue: catalogue, size: screen, display: DisplayOptions())
        _ = App.update(&state, .sectorsLoaded(classifier))
        var toggles: [Double] = []
        for i in 0..<keys {
            let key: Key = i % 3 == 2 ? .character("s") : .character("2")
            let start = Clock.now
            _ = App.update(&state, .key(key))
            _ = App.render(state)
            toggles.append(Clock.ms(start, Clock.now))
        }
        Bench.report("sector filter key (2, s) to finished frame (ms)", toggles, percentiles: true)
    }
}
