import Foundation
import Testing
@testable import KiosqueCore

/// The stored form of an analysis gives back exactly what was found.
@Suite struct AnalysisCodingTests {
    @Test("a decomposed Algérie (e + U+0301) and a precomposed one keep their own bytes and offsets")
    func canonicallyEquivalentTextsStayDistinct() throws {
        let composed = "Alg\u{E9}rie", decomposed = "Alge\u{301}rie"
        #expect(composed == decomposed) // Swift equality; the bytes differ
        let entities = [
            Entity(kind: .location, range: TextRange(0, 7), text: composed, canonical: composed),
            Entity(kind: .location, range: TextRange(20, 28), text: decomposed, canonical: decomposed),
        ]
        let analysis = ArticleAnalysis(entities: entities, readable: [true, false], sectorLevels: [], sectorScores: [],
                                       paragraphSectors: [])
        let decoded = try AnalysisCoding.entities(AnalysisCoding.entities(analysis))
        #expect(decoded.entities.map { Array($0.text.utf8) } == entities.map { Array($0.text.utf8) })
        #expect(decoded.entities.map { Array($0.canonical.utf8) } == entities.map { Array($0.canonical.utf8) })
        #expect(decoded.entities.map(\.range) == entities.map(\.range))
        #expect(decoded.readable == [true, false])
    }
}
