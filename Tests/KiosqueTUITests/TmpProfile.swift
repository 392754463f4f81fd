import Testing
@testable import KiosqueTUI

@Test func tmpProfile() {
    var state = Fixtures.state([Fixtures.long(times: 200), Fixtures.anadolu], width: 200, height: 60)
    state.press("Enter")
    for _ in 0..<10 { state.press("Space") }
    let clock = ContinuousClock()
    let layout = state.layout
    for (name, body) in [("list", { var g = Grid(width: 200, height: 60); ArticleListView.draw(state, in: layout.rect(of: .list)!, into: &g) }),
                         ("reader", { var g = Grid(width: 200, height: 60); ReaderView.draw(state, in: layout.rect(of: .reader)!, into: &g) }),
                         ("side", { var g = Grid(width: 200, height: 60); SidePanelView.draw(state, in: layout.rect(of: .side)!, into: &g) }),
                         ("grid", { _ = Grid(width: 200, height: 60) }),
                         ("ctx", { _ = ReaderContext(state) })] as [(String, () -> Void)] {
        print(name, clock.measure(body))
    }
}
