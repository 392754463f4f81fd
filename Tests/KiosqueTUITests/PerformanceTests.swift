import Foundation
import Testing
@testable import KiosqueTUI

@Suite("Rendering cost")
struct PerformanceTests {
    /// Median time of `body` over some runs, in milliseconds.
    func medianMilliseconds(runs: Int = 15, _ body: () -> Void) -> Double {
        let clock = ContinuousClock()
        var times: [Double] = []
        for _ in 0..<runs {
            let d = clock.measure(body)
            times.append(Double(d.components.seconds) * 1000 + Double(d.components.attoseconds) / 1e15)
        }
        return times.sorted()[runs / 2]
    }

    /// Debug builds are several times slower than release ones: the release budget is 2 ms.
    var budget: Double {
        #if DEBUG
        return 25
        #else
        return 2
        #endif
    }

    @Test func frameOfALongArticleAt200x60() {
        // About 1,000 paragraphs and 2,400 sentences.
        let article = Fixtures.long(times: 200)
        var state = Fixtures.state([article, Fixtures.anadolu], width: 200, height: 60)
        state.press("Enter")
        for _ in 0..<10 { state.press("Space") }
        let middle = medianMilliseconds { _ = App.render(state) }
        state.press("G")
        let end = medianMilliseconds { _ = App.render(state) }
        #expect(middle < budget, "\(middle) ms")
        #expect(end < budget, "\(end) ms")
    }

    @Test func movingTheCursorInALongArticleIsCheap() {
        var state = Fixtures.state([Fixtures.long(times: 200)], width: 200, height: 60)
        state.press("Enter", "Space", "Space")
        let step = medianMilliseconds { _ = App.update(&state, .key(.character("j"))) }
        #expect(step < budget, "\(step) ms")
    }
}
