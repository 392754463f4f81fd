import Foundation
import Testing
@testable import KiosqueApp
@testable import KiosqueCore
@testable import KiosqueTUI

/// The reader's state on the catalogue as the snapshot gives it (mapped columns, the stored
/// newest-first order and sector counts: issue 17) is the state on the catalogue read from the
/// index: the same rows, counts and first screen.
@Suite("state: a catalogue read in place from its snapshot gives the same list, counts and screen")
struct MappedCatalogueStateTests {
    @Test("the mapped catalogue's stored order and counts give the index catalogue's rows, header and frame")
    func sameStateAndFrame() throws {
        let (folders, index, mapped) = try SearchServiceTests.indexedCorpus()
        defer { try? index.close() }
        _ = folders
        let paths = [folders.root.appendingPathComponent("corpus.jsonl").path]
        let fromIndex = try index.catalogue(files: CorpusFiles(paths: paths), snapshot: .none)
        #expect(mapped.count == 4 && fromIndex.count == 4)
        let size = Size(width: 120, height: 30)
        var a = AppState(catalogue: mapped, size: size, display: DisplayOptions())
        var b = AppState(catalogue: fromIndex, size: size, display: DisplayOptions())
        #expect(a.ordering.order == .newest && a.ordering.positions == b.ordering.positions)
        #expect(a.ordering.positions == [3, 2, 1, 0], "newest first: e4 (2019-01-18) to e1")
        #expect(a.sectors.counts == b.sectors.counts)
        #expect((0..<4).map { a.article(atRow: $0).map { a.catalogue.ids[$0] } } == (0..<4).map { b.article(atRow: $0).map { b.catalogue.ids[$0] } })
        #expect(App.render(a) == App.render(b))
        // Another order is sorted on the mapped columns as on the index's.
        a.ordering = a.catalogue.ordering(.oldest)
        b.ordering = b.catalogue.ordering(.oldest)
        #expect(a.ordering.positions == [0, 1, 2, 3] && a.ordering.positions == b.ordering.positions)
        #expect(a.catalogue.cachedOrdering != nil && b.catalogue.cachedOrdering == nil, "the mapped one kept its stored order")
    }
}
