import Foundation
import Testing
@testable import KiosqueCore

/// Scores the recogniser on `shared/eval/dev-gold.jsonl` by the rules of `score.py` and fails
/// below the floors. With `KIOSQUE_NER_PRED=/path/prefix`, also writes `prefix-dev.jsonl` and
/// `prefix-hipe.jsonl` predictions for `python3 shared/eval/score.py GOLD PRED`.
@Suite struct DevSetRegressionTests {
    @Test func devSetMeetsFloors() throws {
        guard let eval = sharedEvalDirectory() else {
            print("skipped: shared/eval not found beside the worktree")
            return
        }
        let recognizer = try EntityRecognizer.bundled()
        let docs = try loadGold(eval.appendingPathComponent("dev-gold.jsonl"))
        var scores = EvalScores()
        var lines: [String] = []
        for doc in docs {
            let entities = recognizer.entities(in: doc.text)
            scores.add(gold: doc, predicted: entities)
            lines.append(predictionLine(id: doc.id, entities: entities))
        }
        try writePredictions(lines, suffix: "dev")
        let plo = ["PER", "LOC", "ORG"]
        let overlap = scores.micro(scores.overlap, plo)
        let exact = scores.micro(scores.exact, plo)
        let date = scores.micro(scores.exact, ["DATE"])
        print("dev-gold: overlap PLO \(overlap) exact PLO \(exact) DATE exact \(date)")
        #expect(overlap >= 0.93) // reached 0.935 (score.py), issue 16 floor 0.91
        #expect(exact >= 0.91) // reached 0.918, issue 16 floor 0.89
        #expect(date >= 0.99) // reached 0.991, issue 16 floor 0.99
    }

    /// Issue 16: HIPE-2020 exact PER/LOC/ORG F1 at least 0.58 (0.581 today, BENCHMARKS.md "The HIPE
    /// rules on unseen text"), scored as `score.py` scores it.
    @Test func hipeExactMeetsFloor() throws {
        guard let eval = sharedEvalDirectory() else {
            print("skipped: shared/eval not found beside the worktree")
            return
        }
        let recognizer = try EntityRecognizer.bundled()
        var scores = EvalScores()
        for doc in try loadGold(eval.appendingPathComponent("external/hipe2020-fr.jsonl")) {
            scores.add(gold: doc, predicted: recognizer.entities(in: doc.text))
        }
        let exact = scores.micro(scores.exact, ["PER", "LOC", "ORG"])
        print("hipe2020-fr: exact PLO \(exact)")
        #expect(exact >= 0.58)
    }

    @Test func hipePredictionsWhenAsked() throws {
        guard ProcessInfo.processInfo.environment["KIOSQUE_NER_PRED"] != nil, let eval = sharedEvalDirectory() else { return }
        let recognizer = try EntityRecognizer.bundled()
        let docs = try loadGold(eval.appendingPathComponent("external/hipe2020-fr.jsonl"))
        try writePredictions(docs.map { predictionLine(id: $0.id, entities: recognizer.entities(in: $0.text)) }, suffix: "hipe")
    }

    /// With `KIOSQUE_NER_CORPUS=/path/out.tsv`: every entity of the shared corpus, one
    /// `id<TAB>type<TAB>text<TAB>context` line each, to check rules on real news.
    @Test func corpusEntitiesWhenAsked() throws {
        guard let out = ProcessInfo.processInfo.environment["KIOSQUE_NER_CORPUS"], !out.isEmpty,
              let eval = sharedEvalDirectory() else { return }
        let recognizer = try EntityRecognizer.bundled()
        let corpus = eval.deletingLastPathComponent().appendingPathComponent("corpus/presse-2018-2019.jsonl")
        var lines: [String] = []
        for line in try String(contentsOf: corpus, encoding: .utf8).split(separator: "\n") {
            guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
                  let id = object["id"] as? String, let text = object["text"] as? String else { continue }
            let scalars = Array(text.unicodeScalars)
            for e in recognizer.entities(in: text) {
                let from = max(0, e.range.start - 40), to = min(scalars.count, e.range.end + 20)
                var context = ""
                context.unicodeScalars.append(contentsOf: scalars[from..<to])
                let flat = { (s: String) in s.replacingOccurrences(of: "\n", with: " ").replacingOccurrences(of: "\t", with: " ") }
                lines.append("\(id)\t\(e.kind.rawValue)\t\(flat(e.text))\t\(flat(context))")
            }
        }
        try (lines.joined(separator: "\n") + "\n").write(toFile: out, atomically: true, encoding: .utf8)
    }

    private func writePredictions(_ lines: [String], suffix: String) throws {
        guard let prefix = ProcessInfo.processInfo.environment["KIOSQUE_NER_PRED"], !prefix.isEmpty else { return }
        try (lines.joined(separator: "\n") + "\n").write(toFile: "\(prefix)-\(suffix).jsonl", atomically: true, encoding: .utf8)
    }
}
