import ArgumentParser

/// `kiosque bookmarks ...`: the bookmarked passages, for scripts and press reviews.
struct BookmarksCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "bookmarks",
        abstract: "List, export, import and add bookmarked passages.",
        discussion: """
            Bookmarks live in $XDG_DATA_HOME/kiosque/bookmarks.sqlite (default \
            ~/.local/share/kiosque/). Exit codes: 0 success, 1 no such article, unreadable input \
            or a database that cannot be read or written, 2 usage error.
            """,
        subcommands: [BookmarksListCommand.self, BookmarksExportCommand.self, BookmarksImportCommand.self,
                      BookmarksAddCommand.self]
    )
}
