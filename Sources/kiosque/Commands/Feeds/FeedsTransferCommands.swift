import ArgumentParser
import Foundation
import KiosqueCore

/// `kiosque feeds import FILE.opml`: adds the feeds of an OPML file.
struct FeedsImportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "import",
            abstract: Help.text(.feedsImportAbstract),
            discussion: Help.text(.feedsImportDiscussion))
    }

    @Argument(help: Help.argument(.feedsImportArgumentFile))
    var file: String

    mutating func run() throws {
        let access = FeedsAccess()
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: file)[.size] as? Int) ?? 0
            if size > OPML.maxBytes {
                throw CommandFailure(message: access.message(OPMLError.tooLarge(bytes: size, limit: OPML.maxBytes), file: file),
                                     exitCode: ExitStatus.failure)
            }
            data = try Data(contentsOf: URL(fileURLWithPath: file))
        } catch let failure as CommandFailure {
            throw failure
        } catch {
            throw access.failure(.cannotRead(path: file, reason: (error as NSError).localizedDescription))
        }
        let parsed: (feeds: [OPMLFeed], skipped: [String])
        do throws(OPMLError) {
            parsed = try OPML.parse(data)
        } catch {
            throw CommandFailure(message: access.message(error, file: file), exitCode: ExitStatus.failure)
        }
        for url in parsed.skipped { Diagnostics.warning(access.strings.format(.feedsImportSkipped, ["file": file, "url": url])) }
        let (added, present) = try access.update { list in
            var added: [OPMLFeed] = []
            var present = 0
            for feed in parsed.feeds {
                do throws(SubscriptionError) {
                    try list.add(feed.subscription)
                    added.append(feed)
                } catch .alreadySubscribed {
                    present += 1
                } catch {
                    Diagnostics.warning("\(file): " + access.message(error))
                }
            }
            return (!added.isEmpty, (added, present))
        }
        saveSites(of: added, access: access)
        Output.printLine(access.strings.format(.feedsImported, ["file": file, "added": String(added.count), "present": String(present)]))
    }

    /// Records the `htmlUrl`s of the new feeds in the state file (where `feeds export` finds
    /// them); the subscriptions are already saved, so a state that cannot be written is only said.
    private func saveSites(of feeds: [OPMLFeed], access: FeedsAccess) {
        let withSite = feeds.filter { $0.siteURL != nil }
        guard !withSite.isEmpty else { return }
        var loaded = access.loadStates()
        guard loaded.canSave else { return }
        for feed in withSite {
            var state = loaded.states[url: feed.subscription.url] ?? FeedState()
            state.siteURL = feed.siteURL
            loaded.states[url: feed.subscription.url] = state
        }
        do throws(FileWriteError) {
            try FeedStateFile(url: access.directories.feedStateFile).save(loaded.states)
        } catch {
            Diagnostics.warning(error.description)
        }
    }
}

/// `kiosque feeds export [--output FILE]`: the subscriptions as OPML 2.0.
struct FeedsExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: Help.text(.feedsExportAbstract),
            discussion: Help.text(.feedsExportDiscussion))
    }

    @Option(help: Help.argument(.feedsExportOptionOutput))
    var output: String?

    mutating func run() throws {
        let access = FeedsAccess()
        if let output, access.directories.isOwnFile(output) {
            throw CommandFailure(message: access.strings.format(.feedsOwnFile, ["path": output]), exitCode: ExitStatus.usage)
        }
        let subscriptions = try access.loadList().subscriptions
        let states = access.loadStates().states
        let feeds = subscriptions.map { OPMLFeed(subscription: $0, siteURL: states[url: $0.url]?.siteURL) }
        let data = OPML.render(feeds)
        guard let output else {
            Output.writeDocument(data, isJSON: false)
            return
        }
        let url = URL(fileURLWithPath: output)
        do throws(FileWriteError) {
            try AtomicFile.write(data, to: url)
        } catch {
            throw CommandFailure(message: access.strings.format(.feedsErrorWrite, ["reason": error.description]),
                                 exitCode: ExitStatus.failure)
        }
        Diagnostics.info(access.strings.format(.feedsExported, ["count": String(feeds.count), "path": url.path]))
    }
}
