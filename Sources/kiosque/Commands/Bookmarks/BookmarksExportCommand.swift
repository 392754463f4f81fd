import ArgumentParser
import Foundation
import KiosqueCore
import KiosqueTUI

extension ExportFormat: ExpressibleByArgument {}

/// `kiosque bookmarks export --format markdown|html|json|csv|w3c [--sector S] [--tag T] [--since DATE] [--output F]`.
struct BookmarksExportCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "export",
            abstract: Help.text(.bookmarksExportAbstract),
            discussion: Help.text(.bookmarksExportDiscussion)
        )
    }

    @Option(help: Help.argument(.bookmarksExportOptionFormat))
    var format: ExportFormat

    @Option(name: .customLong("sector"), help: Help.argument(.bookmarksExportOptionSector))
    var sectors: [String] = []

    @Option(name: .customLong("tag"), help: Help.argument(.bookmarksExportOptionTag))
    var tags: [String] = []

    @Option(help: Help.argument(.bookmarksExportOptionSince))
    var since: String?

    @Option(help: Help.argument(.bookmarksExportOptionUntil))
    var until: String?

    @Option(help: Help.argument(.bookmarksExportOptionTitle))
    var title: String?

    @Option(help: Help.argument(.bookmarksExportOptionOutput))
    var output: String?

    @Option(help: Help.argument(.bookmarksExportOptionLanguage))
    var language: String?

    mutating func run() throws {
        let names = try BookmarkStoreAccess.sectorNames(sectors)
        let start = try since.map(Self.startOfDay)
        let end = try until.map(Self.startOfDay).flatMap { Calendar.current.date(byAdding: .day, value: 1, to: $0) }
        if let language, !["fr", "en"].contains(language) {
            throw CommandFailure(message: Diagnostics.strings.format(.cliBookmarksLanguage, ["language": language]), exitCode: ExitStatus.usage)
        }
        if let output, AppDirectories().isOwnFile(output) {
            throw CommandFailure(
                message: Diagnostics.strings.format(.cliBookmarksOwnFolder, ["path": output, "exports": AppDirectories().exports.path]),
                exitCode: ExitStatus.usage)
        }
        let store = BookmarkStoreAccess.open()
        let bookmarks = try BookmarkStoreAccess.fetch(store, BookmarkFilter(sectors: names, tags: tags, since: start))
            .filter { end == nil || $0.created < end ?? $0.created }
        if bookmarks.isEmpty {
            let unfiltered = names.isEmpty && tags.isEmpty && since == nil && until == nil
            Diagnostics.warning(Diagnostics.strings[unfiltered ? .cliBookmarksExportEmpty : .cliBookmarksExportEmptyCriteria])
        }
        let data = try render(bookmarks, preferredSectors: names)
        if let output {
            let url = URL(fileURLWithPath: output)
            do {
                try data.write(to: url, options: .atomic)
            } catch {
                throw CommandFailure(message: Diagnostics.strings.fileWriteError(FileWriteError(error, path: url.path)),
                                     exitCode: ExitStatus.failure)
            }
            Diagnostics.info(Diagnostics.strings.plural(bookmarks.count, one: .cliBookmarksExportedOne, many: .cliBookmarksExportedMany)
                .replacingOccurrences(of: "{format}", with: format.rawValue).replacingOccurrences(of: "{path}", with: url.path))
        } else {
            Output.writeDocument(data, isJSON: format == .json || format == .w3c)
        }
    }

    func render(_ bookmarks: [Bookmark], preferredSectors: [String]) throws -> Data {
        switch format {
        case .markdown, .html:
            let code = language ?? Language.from(environment: ProcessInfo.processInfo.environment).rawValue
            let labels: ReviewLabels
            do { labels = try ReviewLabels.bundled(language: code) } catch {
                throw CommandFailure(message: Diagnostics.strings.format(.cliBookmarksLabels, ["reason": String(describing: error)]),
                                     exitCode: ExitStatus.failure)
            }
            let order = (try? SectorTaxonomy.bundled().sectors.map(\.name)) ?? []
            let today = Calendar.current.dateComponents([.year, .month, .day], from: Date())
            let exported = today.year.flatMap { ArticleDate(year: $0, month: today.month, day: today.day) }
            let period = (from: since.flatMap { ArticleDate(iso8601: $0) }, to: until.flatMap { ArticleDate(iso8601: $0) })
            if format == .html {
                return Data(HTMLExport.render(bookmarks, labels: labels, sectorOrder: order, preferredSectors: preferredSectors,
                                              exported: exported, title: title, period: period).utf8)
            }
            return Data(MarkdownExport.render(bookmarks, labels: labels, sectorOrder: order,
                                              preferredSectors: preferredSectors, exported: exported, title: title,
                                              period: period).utf8)
        case .json:
            return try BookmarkFile.encode(bookmarks, exported: Date()) + Data("\n".utf8)
        case .csv:
            return Data(CSVExport.render(bookmarks).utf8)
        case .w3c:
            return try W3CExport.render(bookmarks) + Data("\n".utf8)
        }
    }

    /// Midnight (local time) of a `YYYY-MM-DD` day, or a usage error.
    static func startOfDay(_ text: String) throws -> Date {
        guard let day = ArticleDate(iso8601: text), let month = day.month, let dayOfMonth = day.day,
              let date = Calendar.current.date(from: DateComponents(year: day.year, month: month, day: dayOfMonth)) else {
            throw CommandFailure(message: Diagnostics.strings.format(.cliDayInvalid, ["text": text]), exitCode: ExitStatus.usage)
        }
        return date
    }
}
