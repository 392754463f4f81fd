import ArgumentParser
import Foundation
import KiosqueCore
import KiosqueTUI

/// `kiosque fetch [NAME|URL...]`: fetches the subscriptions into the library (`FeedRun`).
struct FetchCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "fetch",
            abstract: Help.text(.fetchAbstract),
            discussion: Help.text(.fetchDiscussion))
    }

    @Argument(help: Help.argument(.fetchArgumentFeeds))
    var feeds: [String] = []

    mutating func run() throws {
        let access = FeedsAccess()
        let strings = access.strings
        let list = try access.loadList()
        var chosen: [Subscription] = []
        if feeds.isEmpty {
            chosen = list.subscriptions
        } else {
            for key in feeds {
                do throws(SubscriptionError) {
                    let found = try list.find(key)
                    if !chosen.contains(found) { chosen.append(found) }
                } catch {
                    throw access.failure(error)
                }
            }
        }
        guard !chosen.isEmpty else {
            Diagnostics.info(strings[.fetchNoSubscriptions])
            return
        }
        let line = ProgressLine.forStandardError()
        let show: @Sendable (FeedRun.Progress) -> Void = { progress in
            line?.show(strings.format(.fetchProgress, ["done": strings.number(progress.done), "total": strings.number(progress.total),
                                                       "added": strings.number(progress.added), "failed": strings.number(progress.failed)]),
                       always: true)
        }
        let reports: [FeedRun.FeedReport]
        do throws(LibraryError) {
            reports = try FeedRun(directories: access.directories)
                .runWaiting(chosen, waiting: { Diagnostics.info(strings[.fetchWaiting]) }, progress: show)
            line?.finish()
        } catch {
            line?.finish()
            throw CommandFailure(message: strings.format(.fetchLibraryError, ["reason": error.description]), exitCode: ExitStatus.failure)
        }
        var failed = 0
        var added = 0
        for report in reports {
            let name = report.subscription.displayName
            for problem in report.problems { Diagnostics.warning("\(name): \(strings.loadReason(problem))") }
            if let moved = report.movedTo { Diagnostics.info(strings.format(.fetchMoved, ["name": name, "url": moved])) }
            switch report.outcome {
            case .read(let new, let updated, let merged, let entries):
                added += new
                var text = new + updated > 0
                    ? strings.format(.fetchRead, ["name": name, "added": strings.number(new), "updated": strings.number(updated),
                                                  "entries": strings.number(entries)])
                    : strings.format(.fetchNothingNew, ["name": name, "entries": strings.number(entries)])
                if merged > 0 { text += strings.format(.fetchMerged, ["merged": strings.number(merged)]) }
                Output.printLine(text)
            case .unchanged:
                Output.printLine(strings.format(.fetchUnchanged, ["name": name]))
            case .failed(let error):
                failed += 1
                Output.printLine(strings.format(.fetchFailed, ["name": name, "reason": strings.fetchError(error)]))
            case .unreadable(let reason):
                failed += 1
                Output.printLine(strings.format(.fetchFailed, ["name": name, "reason": strings.loadReason(reason)]))
            }
        }
        let summary = strings.format(.fetchSummary, ["feeds": strings.number(reports.count), "added": strings.number(added),
                                                      "failed": strings.number(failed)])
        guard failed == 0 else { throw CommandFailure(message: summary, exitCode: ExitStatus.failure) }
        Diagnostics.info(summary)
    }
}
