import Foundation
@testable import KiosqueCore

/// Counts the analyses an index update runs (the analyser is called on several threads).
final class AnalysisCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var ids: [String] = []

    var count: Int { lock.withLock { ids.count } }
    var analysed: [String] { lock.withLock { ids.sorted() } }

    func add(_ id: String) { lock.withLock { ids.append(id) } }
    func reset() { lock.withLock { ids.removeAll() } }
}

enum IndexFixtures {
    /// A cheap deterministic analyser that records which articles it analysed: one PER entity per
    /// capitalised word after the first of each text, sector 0 mentioned in every body paragraph.
    static func analyser(_ counter: AnalysisCounter, fingerprint: String = "test-1") -> IndexAnalyser {
        IndexAnalyser(fingerprint: fingerprint) {
            { article in
                counter.add(article.id.rawValue)
                var entities: [Entity] = []
                let scalars = Array(article.text.unicodeScalars)
                for token in SearchTokenizer.tokens(in: article.text).dropFirst() {
                    if scalars[token.range.start].properties.isUppercase {
                        let text = scalars.string(token.range)
                        entities.append(Entity(kind: .person, range: token.range, text: text, canonical: text.uppercased()))
                    }
                }
                let paragraphs: [[SectorLevel]] = article.paragraphs.map { [$0.role == .body ? .mentioned : .absent, .absent] }
                return ArticleAnalysis(entities: entities, readable: entities.map { _ in true },
                                       sectorLevels: [.central, .absent], sectorScores: [9.5, 0],
                                       paragraphSectors: paragraphs)
            }
        }
    }

    /// One JSONL line.
    static func line(_ id: String, _ text: String, title: String? = nil, date: String? = nil) -> String {
        var object: [String: Any] = ["id": id, "text": text]
        if let title { object["title"] = title }
        if let date { object["date"] = date }
        let data = (try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }

    /// `count` articles `a1`... with distinct texts.
    static func lines(_ count: Int, prefix: String = "a") -> [String] {
        (1...count).map { n in
            line("\(prefix)\(n)", "Article \(prefix) numéro \(n) sur l’électricité à Paris.\n\nDeuxième paragraphe \(n) avec Marie Curie.",
                 title: "Titre \(n)", date: "2019-01-\(String(format: "%02d", min(28, n)))")
        }
    }
}
