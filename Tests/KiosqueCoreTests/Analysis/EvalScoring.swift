import Foundation
@testable import KiosqueCore

/// A gold document of `shared/eval` (`id`, `text`, `entities`, optional `scope` and `types`).
struct GoldDocument: Decodable {
    struct Span: Decodable, Hashable {
        var start: Int
        var end: Int
        var type: String
    }
    var id: String
    var text: String
    var entities: [Span]
    var scope: [Int]?
    var types: [String]?
}

/// The folder `shared/eval` beside the worktree, or nil when it is absent.
func sharedEvalDirectory() -> URL? {
    var dir = URL(fileURLWithPath: #filePath)
    for _ in 0..<8 {
        dir = dir.deletingLastPathComponent()
        let candidate = dir.appendingPathComponent("shared/eval")
        if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("score.py").path) { return candidate }
    }
    return nil
}

func loadGold(_ url: URL) throws -> [GoldDocument] {
    let text = try String(contentsOf: url, encoding: .utf8)
    let decoder = JSONDecoder()
    return try text.split(separator: "\n").filter { !$0.isEmpty }.map {
        try decoder.decode(GoldDocument.self, from: Data($0.utf8))
    }
}

/// Micro precision/recall/F1 by the rules of `score.py` (exact spans, and overlap where each gold
/// span is used once).
struct EvalScores {
    var exact: [String: (tp: Int, fp: Int, fn: Int)] = [:]
    var overlap: [String: (tp: Int, fp: Int, fn: Int)] = [:]

    static func f1(_ c: (tp: Int, fp: Int, fn: Int)) -> Double {
        let p = c.tp + c.fp == 0 ? 0 : Double(c.tp) / Double(c.tp + c.fp)
        let r = c.tp + c.fn == 0 ? 0 : Double(c.tp) / Double(c.tp + c.fn)
        return p + r == 0 ? 0 : 2 * p * r / (p + r)
    }

    func micro(_ table: [String: (tp: Int, fp: Int, fn: Int)], _ types: [String]) -> Double {
        var sum = (tp: 0, fp: 0, fn: 0)
        for t in types {
            if let c = table[t] { sum.tp += c.tp; sum.fp += c.fp; sum.fn += c.fn }
        }
        return Self.f1(sum)
    }

    mutating func add(gold doc: GoldDocument, predicted: [Entity]) {
        let types = Set(doc.types ?? ["PER", "LOC", "ORG", "DATE"])
        let lo = doc.scope?.first ?? 0
        let hi = doc.scope?.last ?? Int.max
        let gold = Set(doc.entities.filter { types.contains($0.type) })
        let pred = Set(predicted.map { GoldDocument.Span(start: $0.range.start, end: $0.range.end, type: $0.kind.rawValue) }
            .filter { types.contains($0.type) && lo <= $0.start && $0.end <= hi })
        for t in ["PER", "LOC", "ORG", "DATE"] {
            let g = gold.filter { $0.type == t }
            let p = pred.filter { $0.type == t }
            let tp = g.intersection(p).count
            var e = exact[t] ?? (0, 0, 0)
            e.tp += tp; e.fp += p.count - tp; e.fn += g.count - tp
            exact[t] = e
            let sortedGold = g.sorted { ($0.start, $0.end) < ($1.start, $1.end) }
            var used = Set<GoldDocument.Span>()
            for q in p.sorted(by: { ($0.start, $0.end) < ($1.start, $1.end) }) {
                if let hit = sortedGold.first(where: { !used.contains($0) && $0.start < q.end && q.start < $0.end }) {
                    used.insert(hit)
                }
            }
            var o = overlap[t] ?? (0, 0, 0)
            o.tp += used.count; o.fp += p.count - used.count; o.fn += g.count - used.count
            overlap[t] = o
        }
    }
}

/// One prediction line in the format of `score.py`.
func predictionLine(id: String, entities: [Entity]) -> String {
    let items = entities.map { e -> [String: Any] in
        ["start": e.range.start, "end": e.range.end, "type": e.kind.rawValue, "text": e.text, "canonical": e.canonical]
    }
    let object: [String: Any] = ["id": id, "entities": items]
    guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]),
          let line = String(data: data, encoding: .utf8) else { return "" }
    return line
}
