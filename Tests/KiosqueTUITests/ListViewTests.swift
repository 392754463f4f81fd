import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("the list's order and sector filter last from one start to the next")
struct ListViewTests {
    func kept(_ effects: [Effect]) -> [ListView] {
        effects.compactMap { if case .saveListView(let view) = $0 { return view } else { return nil } }
    }

    @Test("a new order or sector filter is kept; moving in the list keeps nothing")
    func changesAreKept() {
        var state = SectorFixtures.state(order: .newest)
        #expect(kept(state.press("j")).isEmpty)
        let ordered = kept(state.press("s"))
        #expect(ordered.map(\.order) == ["oldest"])
        let filtered = kept(state.press("2"))
        #expect(filtered.map(\.sectors) == [["énergie"]])
        #expect(kept(state.press("a")).map(\.match) == ["all"])
        #expect(kept(state.press("k")).isEmpty)
    }

    @Test("at start the kept view comes back: order now, sectors spelt by the taxonomy when it arrives, an unknown one named")
    func restored() throws {
        var state = Fixtures.state(SectorFixtures.articles, width: 120, height: 40, sectors: SectorFixtures.results,
                                   sectorCount: SectorFixtures.sectorCount)
        App.restore(view: ListView(order: .oldest, sectors: ["energie", "cuisine"], match: .all), &state)
        #expect(state.list.order == .oldest)
        #expect(state.list.sectorMatch == .all)
        #expect(state.list.filter?.sectors == ["energie", "cuisine"])
        #expect(state.press("j").allSatisfy { if case .saveListView = $0 { return false } else { return true } },
                "what was restored is not written back")
        state.send(.sectorsLoaded(SectorFixtures.classifier))
        #expect(state.list.filter?.sectors == ["énergie"])
        #expect(state.statusMessage == .sectorUnknown(name: "cuisine"))
        #expect(state.screen.lines[0].contains("énergie"))
    }

    @Test("view.json: written whole, read back; a damaged file is no view")
    func file() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-view-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = ListViewFile(url: folder.appendingPathComponent("view.json"))
        #expect(file.load() == nil)
        let view = ListView(order: .outlet, sectors: ["défense"], match: .any)
        try file.save(view)
        #expect(file.load() == view)
        try Data("{\"order\": 3".utf8).write(to: file.url)
        #expect(file.load() == nil)
    }
}
