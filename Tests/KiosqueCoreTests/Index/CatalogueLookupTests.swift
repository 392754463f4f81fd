import Foundation
import Testing
@testable import KiosqueCore

/// Finding articles in a catalogue again by where they are (the reader remaps positions after a
/// catalogue refresh) and building a catalogue from summaries.
@Suite struct CatalogueLookupTests {
    @Test("every article is found again by path and line, and by location and id; others are not",
          arguments: [2, 70])
    func lookups(files: Int) throws {
        let folder = try TemporaryFolder()
        let index = try CorpusIndex(url: folder.url.appendingPathComponent("cache/index.sqlite"))
        defer { try? index.close() }
        for n in 1...files {
            try folder.write("corpus/f\(String(format: "%02d", n)).jsonl",
                             IndexFixtures.lines(3, prefix: "f\(n)-").joined(separator: "\n") + "\n")
        }
        try folder.write("corpus/z.txt", "Un titre\n\nUn texte.\n")
        let corpus = folder.url.appendingPathComponent("corpus").path
        try index.update(paths: [corpus], analyser: IndexFixtures.analyser(AnalysisCounter()))
        let catalogue = try index.catalogue(paths: [corpus])
        let articles = ArticleFiles.load(paths: [corpus]).articles
        #expect(catalogue.count == files * 3 + 1)
        for (position, article) in articles.enumerated() {
            let place = catalogue.place(at: position)
            #expect(catalogue.position(path: place.path, line: place.line) == position)
            #expect(catalogue.position(location: article.location, id: article.id) == position)
            #expect(catalogue.position(of: article.id) == position)
        }
        #expect(catalogue.position(of: ArticleID("absent")) == nil)
        #expect(catalogue.position(location: articles[1].location, id: articles[2].id) == nil, "another id at that place")
        #expect(catalogue.position(path: catalogue.place(at: 0).path, line: 99) == nil)
        #expect(catalogue.position(path: "/nowhere.jsonl", line: 1) == nil)
        #expect(catalogue.position(location: "/nowhere.jsonl:1", id: articles[0].id) == nil)
        let wanted: Set<ArticleID> = [articles[4].id, ArticleID("absent")]
        #expect(catalogue.positions(ofIDs: wanted) == [articles[4].id: [4]])
        #expect(catalogue.sectorScore(at: 0, sector: 0) == 9.5 && catalogue.sectorScore(at: 0, sector: 5) == 0)
    }

    @Test("a catalogue made of summaries keeps them, in order, files grouped")
    func fromSummaries() {
        let place = { (path: String, line: Int) in ArticlePlace(path: path, kind: .jsonLines, line: line, bytes: line * 10..<line * 10 + 9) }
        let summaries = [
            ArticleSummary(id: ArticleID("a"), title: "A", date: ArticleDate(year: 2019, month: 3), source: "Le Monde",
                           place: place("x.jsonl", 1), sectorLevels: [.central, .absent], sectorScores: [9, 0]),
            ArticleSummary(id: ArticleID("b"), title: "B", date: nil, source: nil, place: place("x.jsonl", 2),
                           sectorLevels: [.absent, .mentioned], sectorScores: [0, 2.5]),
            ArticleSummary(id: ArticleID("c"), title: "C", date: nil, source: "Le Monde",
                           place: ArticlePlace(path: "y.txt", kind: .text, line: 0, bytes: 0..<40), sectorLevels: [], sectorScores: []),
        ]
        let catalogue = Catalogue(summaries: summaries, analysisIDs: [7, 8, 9], sectorCount: 2)
        #expect((0..<3).map { catalogue[$0] } == [summaries[0], summaries[1],
            ArticleSummary(id: ArticleID("c"), title: "C", date: nil, source: "Le Monde", place: summaries[2].place,
                           sectorLevels: [.absent, .absent], sectorScores: [0, 0])])
        #expect(catalogue.analysisIDs == [7, 8, 9])
        #expect(catalogue.position(path: "x.jsonl", line: 2) == 1)
        #expect(catalogue.position(location: "y.txt", id: ArticleID("c")) == 2)
        #expect(catalogue.positions(ofAnalyses: [8, 9]) == [1, 2])
        #expect(catalogue.position(of: ArticleID("b")) == 1)
    }

    @Test("two articles of the same source id get unique ids (a/x, b/x), each found by its id; the source id names both")
    func sharedIDMadeUnique() {
        let summaries = ["a/x.txt", "b/x.txt"].map { path in
            ArticleSummary(id: ArticleID("x"), title: path, date: nil, source: nil,
                           place: ArticlePlace(path: path, kind: .text, line: 0, bytes: 0..<10), sectorLevels: [], sectorScores: [])
        }
        let catalogue = Catalogue(summaries: summaries, analysisIDs: [1, 2], sectorCount: 0)
        #expect(Array(catalogue.ids) == [ArticleID("a/x"), ArticleID("b/x")])
        #expect(catalogue.position(of: ArticleID("a/x")) == 0)
        #expect(catalogue.position(of: ArticleID("b/x")) == 1)
        #expect(catalogue.position(of: ArticleID("x")) == nil)
        #expect(catalogue.positions(named: ArticleID("x")) == [0, 1])
        #expect(catalogue.position(location: "b/x.txt", id: ArticleID("x")) == 1)
    }

    @Test("ids whose hashes collide are still told apart, the first article of each id found")
    func collidingHashes() {
        let ids = PackedIDs(["a", "b", "a", "c", "b"].map(ArticleID.init))
        let table = IDPositions(hash: { $0.rawValue == "a" ? 1 : 7 }) // b and c collide
        #expect(table.position(of: ArticleID("a"), in: ids) == 0)
        #expect(table.position(of: ArticleID("b"), in: ids) == 1)
        #expect(table.position(of: ArticleID("c"), in: ids) == 3)
        #expect(table.position(of: ArticleID("d"), in: ids) == nil)
        let all = IDPositions(hash: { _ in 0 })
        #expect(["a", "b", "c", "d"].map { all.position(of: ArticleID($0), in: ids) } == [0, 1, 3, nil])
    }

    @Test("publications are numbered by their bytes: repeated, interleaved, accented and NFD names all read back as written")
    func publicationsByBytes() {
        var catalogue = Catalogue()
        let names: [String?] = ["Le Monde", "Libération", nil, "Le Monde", "Libe\u{301}ration", "Libération", "", "Ouest-France"]
        for (k, name) in names.enumerated() {
            let number: Int32
            if let name {
                number = Array(name.utf8).withUnsafeBufferPointer { catalogue.publicationNumber(utf8: $0) }
            } else {
                number = catalogue.publicationNumber(utf8: nil)
            }
            catalogue.append(id: "a\(k)", title: "T\(k)", date: 0, publicationNumber: number, file: 0, line: Int32(k),
                             bytes: (0, 0), sectors: UnsafeRawBufferPointer(start: nil, count: 0), analysis: Int64(k))
        }
        catalogue.finish()
        for (k, name) in names.enumerated() {
            #expect(catalogue.source(at: k) == name, "\(k)")
        }
        let sameOutlet = Array("Le Monde".utf8).withUnsafeBufferPointer { catalogue.publicationNumber(utf8: $0) }
        #expect(sameOutlet == Array("Le Monde".utf8).withUnsafeBufferPointer { catalogue.publicationNumber(utf8: $0) })
    }

    @Test("packed titles read back as written: empty, accented, emoji; ill-formed UTF-8 repaired as String(decoding:) does")
    func packedStrings() {
        var packed = PackedStrings()
        let written = ["", "Électricité : la défense", "🇫🇷 Paris", ""]
        for text in written { packed.append(text) }
        let broken: [UInt8] = [0x41, 0xFF, 0x42]
        broken.withUnsafeBufferPointer { packed.append(utf8: $0) }
        #expect(Array(packed) == written + [String(decoding: broken, as: UTF8.self)])
        #expect(packed.count == 5)
        #expect(packed[4] == "A\u{FFFD}B")
    }
}
