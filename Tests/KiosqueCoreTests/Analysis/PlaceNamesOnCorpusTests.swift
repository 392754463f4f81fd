import Foundation
import Testing
@testable import KiosqueCore

/// `France` and `Paris` keep their own names across the shared corpus, measured on spans: a
/// mention counts as lost when a person's name swallows it (`le maire de Paris Anne Hidalgo` read as
/// one person, `Paris Match` as a person) or when no entity covers it. A longer name that is a
/// body or a place (`Banque de France`, `cour d'appel de Paris`, `Île-de-France`) keeps it.
/// The count is strict: people named after them (`Anatole France`, `Marie-France`, `Cécile Paris`)
/// and words that hold them (`cette France-là`, `le Tout-Paris`) count as lost too.
@Suite struct PlaceNamesOnCorpusTests {
    static let corpus = TestSupport.corpus

    struct Tally { var mentions = 0, inPerson = 0, untagged = 0 }

    /// Occurrences of `word` in `text` as a whole word, in code points.
    static func occurrences(of word: [Unicode.Scalar], in text: [Unicode.Scalar]) -> [Range<Int>] {
        guard text.count >= word.count else { return [] }
        func isWordScalar(_ s: Unicode.Scalar) -> Bool { s.properties.isAlphabetic || s.properties.numericType != nil }
        var found: [Range<Int>] = []
        var i = 0
        while i + word.count <= text.count {
            if text[i] == word[0], Array(text[i..<(i + word.count)]) == word,
               i == 0 || !isWordScalar(text[i - 1]), i + word.count == text.count || !isWordScalar(text[i + word.count]) {
                found.append(i..<(i + word.count))
                i += word.count
            } else {
                i += 1
            }
        }
        return found
    }

    @Test("Paris and France keep their own names at 99.5 % of their mentions or more (99.54 % and 99.56 % today)",
          .enabled(if: FileManager.default.fileExists(atPath: corpus), "shared corpus not found beside the repository"))
    func placesKeepTheirNames() throws {
        let articles = ArticleFiles.load(paths: [Self.corpus]).articles
        try #require(articles.count > 5_000)
        let recognizer = try EntityRecognizer.bundled()
        let words = ["Paris", "France"].map { Array($0.unicodeScalars) }
        let lock = NSLock()
        nonisolated(unsafe) var tallies = [Tally(), Tally()]
        DispatchQueue.concurrentPerform(iterations: 4) { slice in
            var local = [Tally(), Tally()]
            for index in stride(from: slice, to: articles.count, by: 4) {
                let text = Array(articles[index].text.unicodeScalars)
                let mentions = words.map { Self.occurrences(of: $0, in: text) }
                guard mentions.contains(where: { !$0.isEmpty }) else { continue }
                let entities = recognizer.entities(in: articles[index].text)
                for (w, ranges) in mentions.enumerated() {
                    for range in ranges {
                        local[w].mentions += 1
                        guard let covering = entities.first(where: { $0.range.start <= range.lowerBound && range.upperBound <= $0.range.end })
                        else { local[w].untagged += 1; continue }
                        if covering.kind == .person { local[w].inPerson += 1 }
                    }
                }
            }
            lock.lock()
            for w in 0..<2 {
                tallies[w].mentions += local[w].mentions
                tallies[w].inPerson += local[w].inPerson
                tallies[w].untagged += local[w].untagged
            }
            lock.unlock()
        }
        for (w, tally) in tallies.enumerated() {
            let kept = 1 - Double(tally.inPerson + tally.untagged) / Double(max(tally.mentions, 1))
            let name = w == 0 ? "Paris" : "France"
            #expect(tally.mentions > 4_000, "\(name): \(tally.mentions) mentions")
            // Before this rule set: Paris 97.1 % (135 in a person's name), France 99.0 %.
            #expect(kept >= 0.995, "\(name): \(tally.mentions) mentions, \(tally.inPerson) in a person's name, \(tally.untagged) untagged")
        }
    }
}
