import Testing
@testable import KiosqueCore

/// The list orders the reader's `s` and `kiosque list --order` share (`Catalogue.ordering`,
/// `Catalogue.rows`).
@Suite struct CatalogueOrderTests {
    /// 0 Le Monde 2024-02-29, 1 undated Écho, 2 Agence 2024-03 (month), 3 undated no source,
    /// 4 le monde (lower case) 2023-12-01, 5 Écho 2024-01-15 with a time. Sector 0: 0 central (5),
    /// 2 mentioned (9), 4 mentioned (1).
    static let catalogue: Catalogue = {
        let rows: [(String?, ArticleDate?, SectorLevel, Double)] = [
            ("Le Monde", ArticleDate(year: 2024, month: 2, day: 29), .central, 5),
            ("Écho", nil, .absent, 0),
            ("Agence", ArticleDate(year: 2024, month: 3), .mentioned, 9),
            (nil, nil, .absent, 0),
            ("le monde", ArticleDate(year: 2023, month: 12, day: 1), .mentioned, 1),
            ("Echo", ArticleDate(year: 2024, month: 1, day: 15, time: TimeOfDay(hour: 8, minute: 30)), .absent, 0),
        ]
        let summaries = rows.enumerated().map { i, row in
            ArticleSummary(id: ArticleID("a\(i)"), title: "T\(i)", date: row.1, source: row.0,
                           place: ArticlePlace(path: "x.jsonl", kind: .jsonLines, line: i + 1, bytes: i * 10..<i * 10 + 9),
                           sectorLevels: [row.2], sectorScores: [row.3])
        }
        return Catalogue(summaries: summaries, analysisIDs: (0..<Int64(rows.count)).map { $0 + 1 }, sectorCount: 1)
    }()

    @Test("newest first and oldest first: undated articles last, in corpus order; ranks invert positions")
    func byDate() {
        let newest = Self.catalogue.ordering(.newest)
        #expect(newest.positions == [2, 0, 5, 4, 1, 3])
        #expect(newest.positions.enumerated().allSatisfy { Int(newest.ranks[$0.element]) == $0.offset })
        #expect(Self.catalogue.ordering(.oldest).positions == [4, 5, 0, 2, 1, 3])
        #expect(Self.catalogue.ordering(.relevance).order == .newest, "relevance sorts ties newest first")
        #expect(Self.catalogue.ordering(.corpus).positions == Array(0..<6))
    }

    @Test("by outlet: A→Z, case and accents ignored (Écho with Echo), newest first within; no source last")
    func byOutlet() {
        #expect(Self.catalogue.ordering(.outlet).positions == [2, 5, 1, 0, 4, 3])
    }

    @Test("rows: a subset in the order, without sectors; with sectors central first or by score, ties in the base order")
    func rowsFollowTheOrdering() {
        let catalogue = Self.catalogue
        let newest = catalogue.ordering(.newest)
        #expect(catalogue.rows(candidates: nil, sectors: [], match: .any, order: .newest, ordering: newest) == newest.positions)
        #expect(catalogue.rows(candidates: [0, 3, 4, 5], sectors: [], match: .any, order: .newest, ordering: newest) == [0, 5, 4, 3])
        // Without an ordering (the command line's default), corpus order as before.
        #expect(catalogue.rows(candidates: nil, sectors: [], match: .any, order: .newest) == Array(0..<6))
        #expect(catalogue.rows(candidates: nil, sectors: [0], match: .any, order: .corpus) == [0, 2, 4])
        // Central first, then each group in the order; an ordering of another base order is ignored.
        #expect(catalogue.rows(candidates: nil, sectors: [0], match: .any, order: .newest, ordering: newest) == [0, 2, 4])
        #expect(catalogue.rows(candidates: nil, sectors: [0], match: .any, order: .oldest,
                               ordering: catalogue.ordering(.oldest)) == [0, 4, 2])
        #expect(catalogue.rows(candidates: nil, sectors: [0], match: .any, order: .oldest, ordering: newest) == [0, 2, 4])
        #expect(catalogue.rows(candidates: nil, sectors: [0], match: .any, order: .relevance, ordering: newest) == [2, 0, 4])
    }

    @Test("a large subset is walked in order, a small one sorted by rank: the same answer")
    func sortedSubsets() {
        let summaries = (0..<200).map { i in
            ArticleSummary(id: ArticleID("b\(i)"), title: "T", date: ArticleDate(year: 2000 + i % 20, month: 1 + i % 12, day: 1),
                           source: nil, place: ArticlePlace(path: "y.jsonl", kind: .jsonLines, line: i + 1, bytes: i..<i + 1),
                           sectorLevels: [], sectorScores: [])
        }
        let catalogue = Catalogue(summaries: summaries, analysisIDs: (1...200).map(Int64.init), sectorCount: 0)
        let ordering = catalogue.ordering(.newest)
        let large = Array(stride(from: 0, to: 200, by: 2)), small = [5, 17, 100, 3]
        for subset in [large, small] {
            let key = { (position: Int) in (-(catalogue.date(at: position)?.packed ?? 0), position) }
            let expected = subset.sorted { key($0) < key($1) }
            #expect(ordering.sorted(subset) == expected)
        }
    }
}
