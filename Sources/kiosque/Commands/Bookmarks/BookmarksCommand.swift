import ArgumentParser

/// `kiosque bookmarks ...`: the bookmarked passages, for scripts and press reviews.
struct BookmarksCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "bookmarks",
            abstract: Help.text(.bookmarksAbstract),
            discussion: Help.text(.bookmarksDiscussion),
            subcommands: [BookmarksListCommand.self, BookmarksExportCommand.self, BookmarksImportCommand.self,
                          BookmarksAddCommand.self]
        )
    }
}
