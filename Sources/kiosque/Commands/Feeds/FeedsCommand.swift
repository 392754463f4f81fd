import ArgumentParser
import KiosqueCore

/// `kiosque feeds ...`: the subscriptions (the urls file), for the fetcher to come.
struct FeedsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "feeds",
        abstract: "Add, list, remove, import and export feed subscriptions.",
        discussion: """
            Subscriptions live in $XDG_CONFIG_HOME/kiosque/urls (default ~/.config/kiosque/urls), \
            one a line in newsboat's syntax: the URL, then tags separated by spaces (in double \
            quotes when they hold spaces), "~Name" naming the feed, kiosque:fulltext asking for \
            each entry's full text; # starts a comment. The file may be edited by hand: a line in \
            error is named with its number and ignored, the rest is used, and rewriting keeps \
            comments and untouched lines as they are. Exit codes: 0 success, 1 a subscription \
            already there or unknown, a file that cannot be read or written, 2 usage error.
            """,
        subcommands: [FeedsAddCommand.self, FeedsListCommand.self, FeedsRemoveCommand.self, FeedsImportCommand.self,
                      FeedsExportCommand.self]
    )
}

/// `kiosque feeds add URL [--name NAME] [--tag TAG]... [--full-text]`.
struct FeedsAddCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "add",
        abstract: "Subscribe to a feed (refused when its URL is already subscribed).")

    @Argument(help: "The feed's http(s) URL.")
    var url: String

    @Option(help: "A name for the feed (the \"~Name\" tag).")
    var name: String?

    @Option(name: .customLong("tag"), help: "A tag (repeatable).")
    var tags: [String] = []

    @Flag(help: "Fetch each entry's page for its full text (the kiosque:fulltext tag).")
    var fullText = false

    mutating func run() throws {
        let access = FeedsAccess()
        var labels = tags
        if let name { labels.append("~" + name) }
        // The same reading as a line of the file: `~`-tags name, kiosque:fulltext marks.
        var subscription = SubscriptionList.subscription(url: url, labels: labels)
        if let name, !name.isEmpty { subscription.name = name }
        subscription.fullText = subscription.fullText || fullText
        try access.update { list in
            try list.add(subscription)
            return (true, ())
        }
        Output.printLine(access.strings.format(.feedsAdded, ["url": subscription.url]))
    }
}

/// `kiosque feeds remove NAME|URL`.
struct FeedsRemoveCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "remove",
        abstract: "Unsubscribe from a feed, named by its URL or its name.")

    @Argument(help: "The feed's URL or name.")
    var feed: String

    mutating func run() throws {
        let access = FeedsAccess()
        let removed = try access.update { list in (true, try list.remove(feed)) }
        Output.printLine(access.strings.format(.feedsRemoved, ["url": removed.url]))
    }
}
