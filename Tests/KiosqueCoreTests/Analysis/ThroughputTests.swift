import Foundation
import Testing
@testable import KiosqueCore
import KiosqueResources

/// Words per second of the recogniser on the shared corpus; runs only with `KIOSQUE_NER_BENCH=1`
/// (a benchmark, not a test: build with `-c release` for meaningful figures).
@Suite struct ThroughputTests {
    @Test func wordsPerSecond() throws {
        guard ProcessInfo.processInfo.environment["KIOSQUE_NER_BENCH"] != nil,
              let eval = sharedEvalDirectory() else { return }
        let loadStart = Date()
        let gazetteers = try Gazetteers(directory: try #require(ResourceLocator.resourcesDirectory).appendingPathComponent("ner"))
        let loadTime = Date().timeIntervalSince(loadStart)
        let recognizer = EntityRecognizer(gazetteers: gazetteers)
        let corpus = eval.deletingLastPathComponent().appendingPathComponent("corpus/presse-2018-2019.jsonl")
        let texts = try String(contentsOf: corpus, encoding: .utf8).split(separator: "\n").compactMap { line -> String? in
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any] else { return nil }
            return object["text"] as? String
        }
        let words = texts.reduce(0) { $0 + $1.split(whereSeparator: { $0.isWhitespace }).count }
        let start = Date()
        var count = 0
        for text in texts { count += recognizer.entities(in: text).count }
        let seconds = Date().timeIntervalSince(start)
        print("gazetteers loaded in \(Int(loadTime * 1000)) ms; \(texts.count) articles, \(words) words, \(count) entities in \(seconds) s: \(Int(Double(words) / seconds)) words/s")
    }
}
