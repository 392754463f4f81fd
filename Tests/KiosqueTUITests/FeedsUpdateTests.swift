import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("R: fetching the subscriptions from the reader")
struct FeedsUpdateTests {
    static let good = FeedRun.FeedReport(subscription: Subscription(url: "https://a.example/rss", name: "A"),
                                         outcome: .read(added: 2, updated: 0, merged: 0, entries: 2), added: ["a-1", "a-2"], problems: [])
    static let gone = FeedRun.FeedReport(subscription: Subscription(url: "https://b.example/rss", name: "B"),
                                         outcome: .failed(.httpStatus(code: 404, retryAfter: nil)), added: [], problems: [])

    @Test("R asks for a fetch once; a second R while it runs says so")
    func startsOnce() {
        var state = Fixtures.state(width: 120, height: 30)
        #expect(state.press("R") == [.fetchFeeds])
        #expect(state.feeds.running)
        #expect(state.press("R").isEmpty)
        #expect(state.screen.lines[28].contains("being fetched already"))
    }

    @Test("progress shows in the status line; a failed feed joins the problems with its name and reason")
    func progressAndFailures() throws {
        var state = Fixtures.state(width: 120, height: 30)
        state.press("R")
        state.send(.feedsProgress(FeedRun.Progress(done: 2, total: 5, added: 2, failed: 1, committed: [Self.good, Self.gone])))
        #expect(state.screen.lines[28].contains("Feeds 2/5 · 2 new · 1 failed"))
        #expect(state.issues.count == 1)
        let issue = try #require(state.issues.first)
        #expect(issue.location == "feed B (https://b.example/rss)")
        #expect(issue.reason.description.contains("404"))
        state.send(.feedsFinished(.done([Self.good, Self.gone])))
        #expect(!state.feeds.running)
        let line = state.screen.lines[28]
        #expect(line.contains("Fetched 2 feeds: 2 new articles; 1 failed (P: why)"), "\(line)")
        state.press("P")
        let overlay = try #require(App.render(state).overlays.last).grid.text
        #expect(overlay.contains("feed B (https://b.example/rss)"))
    }

    @Test("a catalogue refresh keeps the feeds' failures among the problems; the next R clears them")
    func failuresSurviveRefresh() {
        var state = Fixtures.state(width: 120, height: 30)
        state.press("R")
        state.send(.feedsFinished(.done([Self.gone])))
        state.send(.catalogue(CatalogueUpdate(serial: 1, catalogue: state.catalogue)))
        #expect(state.issues.map(\.location) == ["feed B (https://b.example/rss)"])
        state.press("R")
        #expect(state.issues.isEmpty)
    }

    @Test("no subscription: the status line says how to add one, in French too")
    func noSubscriptions() {
        var state = Fixtures.state(width: 140, height: 30, language: .french)
        state.press("R")
        state.send(.feedsFinished(.noSubscriptions))
        #expect(state.screen.lines[28].contains("aucun abonnement : kiosque feeds add URL"))
    }
}
