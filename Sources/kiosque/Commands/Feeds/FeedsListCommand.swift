import ArgumentParser
import Foundation
import KiosqueCore

/// `kiosque feeds list [--json]`: each subscription with what the last fetch found.
struct FeedsListCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "list",
            abstract: Help.text(.feedsListAbstract),
            discussion: Help.text(.feedsListDiscussion))
    }

    @Flag(help: Help.argument(.feedsListOptionJson))
    var json = false

    mutating func run() throws {
        let access = FeedsAccess()
        let subscriptions = try access.loadList().subscriptions
        let states = access.loadStates().states
        let rows = subscriptions.map { ListedFeed($0, state: states[url: $0.url]) }
        if json {
            try Output.printJSON(rows)
            return
        }
        if rows.isEmpty {
            Diagnostics.info(access.strings.format(.feedsEmpty, ["path": access.urlsFile.path]))
            return
        }
        let never = access.strings[.feedsNever]
        for row in rows {
            let tags = row.tags + (row.fullText ? [Subscription.fullTextTag] : [])
            Output.printFields([row.name ?? row.url, row.url, tags.joined(separator: ", "),
                                row.lastFetch ?? never, row.lastStatus ?? "—", row.articleCount.map(String.init) ?? "—"])
        }
    }
}

/// A subscription as `feeds list --json` prints it (absent values as null).
struct ListedFeed: Encodable {
    var name: String?
    var url: String
    var tags: [String]
    var fullText: Bool
    var lastFetch: String?
    var lastStatus: String?
    var articleCount: Int?
    var siteURL: String?

    init(_ subscription: Subscription, state: FeedState?) {
        name = subscription.name
        url = subscription.url
        tags = subscription.tags
        fullText = subscription.fullText
        lastFetch = state?.lastFetch.map { ISO8601DateFormatter().string(from: $0) }
        lastStatus = state?.lastStatus?.description
        articleCount = state?.articleCount
        siteURL = state?.siteURL
    }

    enum CodingKeys: String, CodingKey {
        case name, url, tags, fullText = "full_text", lastFetch = "last_fetch", lastStatus = "last_status"
        case articleCount = "article_count", siteURL = "site_url"
    }

    func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(name, forKey: .name)
        try container.encode(url, forKey: .url)
        try container.encode(tags, forKey: .tags)
        try container.encode(fullText, forKey: .fullText)
        try container.encode(lastFetch, forKey: .lastFetch)
        try container.encode(lastStatus, forKey: .lastStatus)
        try container.encode(articleCount, forKey: .articleCount)
        try container.encode(siteURL, forKey: .siteURL)
    }
}
