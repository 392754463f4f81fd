import ArgumentParser
import KiosqueCore

/// `kiosque feeds ...`: the subscriptions (the urls file), for the fetcher to come.
struct FeedsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "feeds",
            abstract: Help.text(.feedsAbstract),
            discussion: Help.text(.feedsDiscussion),
            subcommands: [FeedsAddCommand.self, FeedsListCommand.self, FeedsRemoveCommand.self, FeedsImportCommand.self,
                          FeedsExportCommand.self]
        )
    }
}

/// `kiosque feeds add URL [--name NAME] [--tag TAG]... [--full-text]`.
struct FeedsAddCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "add",
            abstract: Help.text(.feedsAddAbstract))
    }

    @Argument(help: Help.argument(.feedsAddArgumentUrl))
    var url: String

    @Option(help: Help.argument(.feedsAddOptionName))
    var name: String?

    @Option(name: .customLong("tag"), help: Help.argument(.feedsAddOptionTag))
    var tags: [String] = []

    @Flag(help: Help.argument(.feedsAddOptionFullText))
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
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "remove",
            abstract: Help.text(.feedsRemoveAbstract))
    }

    @Argument(help: Help.argument(.feedsRemoveArgumentFeed))
    var feed: String

    mutating func run() throws {
        let access = FeedsAccess()
        let removed = try access.update { list in (true, try list.remove(feed)) }
        Output.printLine(access.strings.format(.feedsRemoved, ["url": removed.url]))
    }
}
