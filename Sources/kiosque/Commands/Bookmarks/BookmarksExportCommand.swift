import ArgumentParser
import Foundation
import KiosqueCore
import KiosqueTUI

extension ExportFormat: ExpressibleByArgument {}

/// `kiosque bookmarks export --format markdown|html|json|csv|w3c [--sector S] [--tag T] [--since DATE] [--output F]`.
struct BookmarksExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the bookmarks: a Markdown or HTML press review, JSON, CSV or W3C Web Annotations.",
        discussion: """
            markdown: a press review grouped by tag when bookmarks have tags (a bookmark under \
            each of its tags, untagged ones last), else by sector; then by article, each passage \
            quoted with its note, tags and entities (French headings under a French locale, or \
            --language). html: the same review as one self-contained printable page (inline \
            style, no script, no outside resource). \
            json: Kiosque's own lossless format, read back by `kiosque bookmarks import`. \
            csv: one row per bookmark, RFC 4180, UTF-8 with a byte order mark. \
            w3c: W3C Web Annotation JSON-LD (TextQuoteSelector, TextPositionSelector). \
            No corpus is read: a bookmark carries its quote and its article's title, date, \
            source and link. Without --output the export goes to standard output; with it, the \
            file is replaced whole and its path is printed on standard error.
            """
    )

    @Option(help: "markdown, html, json, csv or w3c.")
    var format: ExportFormat

    @Option(name: .customLong("sector"), help: "Only bookmarks about this sector (repeatable: any of them; `energie` or `ENE`).")
    var sectors: [String] = []

    @Option(name: .customLong("tag"), help: "Only bookmarks with this tag (repeatable: any of them; case, accents and `#` ignored).")
    var tags: [String] = []

    @Option(help: "Only bookmarks made on or after this day (YYYY-MM-DD, local time).")
    var since: String?

    @Option(help: "Only bookmarks made on or before this day (YYYY-MM-DD, local time).")
    var until: String?

    @Option(help: "The review's title (Markdown, HTML; default: Revue de presse / Press review).")
    var title: String?

    @Option(help: "Write to this file instead of standard output.")
    var output: String?

    @Option(help: "Language of the review's headings (Markdown, HTML): fr or en (default: from the locale).")
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
