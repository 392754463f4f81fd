import Foundation
import KiosqueCore

/// The bookmark store for the commands, with its notices on standard error.
enum BookmarkStoreAccess {
    static func open() -> BookmarkStore {
        let store = BookmarkStore(directories: AppDirectories())
        report(store)
        return store
    }

    /// Prints the store's notices (a damaged file moved aside, changes not saved...).
    static func report(_ store: BookmarkStore) {
        for notice in store.takeNotices() { Diagnostics.warning(Diagnostics.strings.storeNotice(notice)) }
    }

    /// The bookmarks matching `filter`, or a failure with exit code 1.
    static func fetch(_ store: BookmarkStore, _ filter: BookmarkFilter) throws -> [Bookmark] {
        do {
            let found = try store.fetchBookmarks(filter)
            report(store)
            return found
        } catch {
            report(store)
            throw CommandFailure(message: Diagnostics.strings.format(.noticeStoreUnreadable, ["reason": Diagnostics.strings.describe(error)]),
                                 exitCode: ExitStatus.failure)
        }
    }

    /// The sector names for `--sector` values (`energie`, `ENE` -> `énergie`), or a usage error
    /// naming the known sectors.
    static func sectorNames(_ queries: [String]) throws -> [String] {
        guard !queries.isEmpty else { return [] }
        let taxonomy = try Recognition.sectorClassifier().taxonomy
        return try queries.map { query in
            guard let sector = taxonomy.sector(named: query) else {
                let known = taxonomy.sectors.map(\.name).joined(separator: ", ")
                throw CommandFailure(message: Diagnostics.strings.format(.cliSectorUnknown, ["name": query, "sectors": known]),
                                     exitCode: ExitStatus.usage)
            }
            return sector.name
        }
    }
}
