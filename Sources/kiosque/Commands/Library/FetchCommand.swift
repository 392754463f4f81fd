import ArgumentParser
import Foundation
import Glibc
import KiosqueCore
import KiosqueTUI

/// `kiosque fetch [NAME|URL...]`: fetches the subscriptions into the library (`FeedRun`).
struct FetchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Fetch the subscribed feeds into the library.",
        discussion: """
            Fetches every subscription (or those named) over HTTP(S), several at once and at most \
            two per host, with conditional requests (an unchanged feed costs a 304), retries on \
            timeouts and server errors, and keeps each entry in the library \
            ($XDG_DATA_HOME/kiosque/library): new entries are added, an entry whose text changed \
            is updated, the same article from another outlet (same link or near-identical text) \
            is listed once with its outlets. Progress goes to standard error when it is a \
            terminal; one line per feed at the end. Two fetches at once take turns writing. Exit \
            codes: 0 every feed fetched, 1 a feed failed or the library could not be written, 2 \
            usage error.
            """)

    @Argument(help: "Names or URLs of subscriptions to fetch (default: all).")
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
        let run = FeedRun(directories: access.directories)
        let subscriptions = chosen
        let line = isatty(2) == 1 ? FetchProgressLine(strings: strings) : nil
        let outcome = Self.wait {
            do throws(LibraryError) {
                let reports = try await run.run(subscriptions, waiting: { Diagnostics.info(strings[.fetchWaiting]) },
                                                progress: { line?.show($0) })
                return Result<[FeedRun.FeedReport], LibraryError>.success(reports)
            } catch {
                return .failure(error)
            }
        }
        line?.finish()
        let reports: [FeedRun.FeedReport]
        switch outcome {
        case .success(let made): reports = made
        case .failure(let error):
            throw CommandFailure(message: strings.format(.fetchLibraryError, ["reason": error.description]), exitCode: ExitStatus.failure)
        }
        var failed = 0
        var added = 0
        for report in reports {
            let name = report.subscription.displayName
            for problem in report.problems { Diagnostics.warning("\(name): \(problem)") }
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
                Output.printLine(strings.format(.fetchFailed, ["name": name, "reason": reason]))
            }
        }
        let summary = strings.format(.fetchSummary, ["feeds": strings.number(reports.count), "added": strings.number(added),
                                                      "failed": strings.number(failed)])
        guard failed == 0 else { throw CommandFailure(message: summary, exitCode: ExitStatus.failure) }
        Diagnostics.info(summary)
    }

    /// Runs `body` to its end from this synchronous command.
    static func wait<T: Sendable>(_ body: @escaping @Sendable () async -> T) -> T {
        let box = Box<T>()
        let done = DispatchSemaphore(value: 0)
        Task.detached {
            box.value = await body()
            done.signal()
        }
        done.wait()
        guard let value = box.value else { fatalError("the task ended without a value") }
        return value
    }

    private final class Box<T>: @unchecked Sendable {
        var value: T?
    }
}

/// The fetch's progress on standard error, one line rewritten in place.
final class FetchProgressLine: @unchecked Sendable {
    private let strings: Strings
    private let lock = NSLock()
    private var drawn = false

    init(strings: Strings) {
        self.strings = strings
    }

    func show(_ progress: FeedRun.Progress) {
        lock.lock()
        defer { lock.unlock() }
        drawn = true
        let line = strings.format(.fetchProgress, ["done": strings.number(progress.done), "total": strings.number(progress.total),
                                                   "added": strings.number(progress.added), "failed": strings.number(progress.failed)])
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }
}
