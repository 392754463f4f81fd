import Foundation

/// The material in `../shared/` beside the repository (gold sets, scorer, corpus), when this
/// machine has it.
enum SharedMaterial {
    static let eval = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("shared/eval")
    static let devGold = eval.appendingPathComponent("dev-gold.jsonl").path
    static let scorer = eval.appendingPathComponent("score.py").path
    static var hasDevGold: Bool { FileManager.default.fileExists(atPath: devGold) }
    /// The 5,030-article press corpus (`../shared/corpus/presse-2018-2019.jsonl`).
    static let corpus = eval.deletingLastPathComponent().appendingPathComponent("corpus/presse-2018-2019.jsonl").path
    static var hasCorpus: Bool { FileManager.default.fileExists(atPath: corpus) }
}
