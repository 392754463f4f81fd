import Foundation
import KiosqueCore

/// `kiosque-bench --ner`: the recogniser's speed, as BENCHMARKS.md records it beside spaCy's.
///
/// Words are counted as `shared/eval/spacy_predict.py` counts them (whitespace-separated, whole
/// `text`), so both figures divide the same number of words.
struct NerBench {
    var runs: Int

    func run(articles: [Article]) throws {
        guard let directory = Gazetteers.bundledDirectory else {
            throw GazetteerError.folderMissing
        }
        var loadTimes: [Double] = []
        var gazetteers = try Gazetteers(directory: directory)
        for _ in 0..<max(1, runs) {
            let start = Clock.now
            gazetteers = try Gazetteers(directory: directory)
            loadTimes.append(Clock.ms(start, Clock.now))
        }
        let recognizer = EntityRecognizer(gazetteers: gazetteers)
        let texts = articles.map(\.text)
        let words = texts.reduce(0) { $0 + $1.split(whereSeparator: { $0.isWhitespace }).count }
        print("ner: \(texts.count) articles, \(words) words, \(gazetteers.entryCount) list entries")
        Bench.report("ner: gazetteers load (ms)", loadTimes)

        var single: [Double] = []
        var entityCount = 0
        for _ in 0..<max(1, runs) {
            let start = Clock.now
            entityCount = 0
            for text in texts { entityCount += recognizer.entities(in: text).count }
            single.append(Double(words) / (Clock.ms(start, Clock.now) / 1000))
        }
        Bench.report("ner: one thread, words/s (\(entityCount) entities)", single, format: "%.0f")

        var parallel: [Double] = []
        for _ in 0..<max(1, runs) {
            let start = Clock.now
            _ = recognizer.entities(inEach: texts)
            parallel.append(Double(words) / (Clock.ms(start, Clock.now) / 1000))
        }
        Bench.report("ner: all cores, words/s", parallel, format: "%.0f")
    }
}
