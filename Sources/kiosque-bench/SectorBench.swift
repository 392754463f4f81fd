import Foundation
import KiosqueCore
import KiosqueTUI

/// `kiosque-bench --sectors`: the sector work of the reader on a corpus: classifying each article
/// to its compact result (the worker's share), classifying the open article in full (in
/// `update`), and a sector filter key press to the finished frame with every result in.
struct SectorBench {
    var runs: Int
    var keys: Int
    var screen: Size

    func run(articles: [Article]) throws {
        guard !articles.isEmpty else { return }
        let loadStart = Clock.now
        let classifier = try SectorClassifier.bundled()
        Bench.report("taxonomy load (ms)", [Clock.ms(loadStart, Clock.now)])

        var results: [Int: ArticleSectors] = [:]
        var perArticle: [Double] = []
        for _ in 0..<runs {
            let start = Clock.now
            for (i, article) in articles.enumerated() { results[i] = ArticleSectors(classifier.classify(article)) }
            perArticle.append(Clock.ms(start, Clock.now) / Double(articles.count))
        }
        Bench.report("compact result per article, one core (ms)", perArticle, format: "%.4f")
        let entries = results.values.reduce(0) { $0 + $1.entries.count }
        print(String(format: "compact results: %d entries, %.2f per article, %d bytes of entries",
                     entries, Double(entries) / Double(articles.count), entries * MemoryLayout<ArticleSectors.Entry>.stride))

        let longest = articles.indices.max { articles[$0].text.unicodeScalars.count < articles[$1].text.unicodeScalars.count } ?? 0
        var open: [Double] = []
        for _ in 0..<max(runs, 20) {
            let start = Clock.now
            _ = OpenArticleSectors(article: longest, articles[longest], classifier: classifier)
            open.append(Clock.ms(start, Clock.now))
        }
        Bench.report("open article in full, \(articles[longest].text.unicodeScalars.count) code points (ms)", open, percentiles: true)

        var state = AppState(articles: articles, issues: [], size: screen, display: DisplayOptions())
        _ = App.update(&state, .analyzed([:], sectors: results))
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
