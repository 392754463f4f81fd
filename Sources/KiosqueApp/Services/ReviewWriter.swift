import Foundation
import KiosqueCore
import KiosqueTUI

/// Writes press reviews (`x`) in one folder, by default `$XDG_DATA_HOME/kiosque/exports/`: the
/// Markdown review `revue-de-presse-YYYY-MM-DD-HHMM.md` (to edit) and the same review beside it
/// as a printable HTML page, `….html` (to send or print); the name's first part comes from the
/// interface strings. An existing file is never replaced (`-2`, `-3`...: both files share a name
/// that neither had).
public struct ReviewWriter: Sendable {
    public var folder: URL
    /// The user's home, written `~` in the path shown.
    public var home: String?

    public init(folder: URL, home: String? = nil) {
        self.folder = folder
        self.home = home
    }

    /// The review of `request`, written now; `baseName` is the file name's first part.
    public func write(_ request: ReviewRequest, baseName: String, now: Date) -> Result<ReviewFile, ReviewExportError> {
        let labels: ReviewLabels
        do { labels = try ReviewLabels.bundled(language: request.language.rawValue) } catch {
            return .failure(.labels(String(describing: error)))
        }
        let day = Calendar.current.dateComponents([.year, .month, .day], from: now)
        let exported = day.year.flatMap { ArticleDate(year: $0, month: day.month, day: day.day) }
        let period = (from: request.periodStart, to: request.periodEnd)
        let markdown = MarkdownExport.render(request.bookmarks, labels: labels, sectorOrder: request.sectorOrder,
                                             preferredSectors: request.preferredSectors, exported: exported,
                                             title: request.title, period: period)
        let html = HTMLExport.render(request.bookmarks, labels: labels, sectorOrder: request.sectorOrder,
                                     preferredSectors: request.preferredSectors, exported: exported,
                                     title: request.title, period: period)
        do {
            try AppDirectories.ensure(folder)
            let stem = Self.safeName(baseName) + "-" + Self.stamp(now)
            for attempt in 1...100 {
                let name = attempt == 1 ? stem : "\(stem)-\(attempt)"
                let url = folder.appendingPathComponent(name + ".md")
                let page = folder.appendingPathComponent(name + ".html")
                if FileManager.default.fileExists(atPath: url.path) || FileManager.default.fileExists(atPath: page.path) { continue }
                try Data(markdown.utf8).write(to: url, options: [.withoutOverwriting])
                do {
                    try Data(html.utf8).write(to: page, options: [.withoutOverwriting])
                } catch {
                    // Both or neither: a review without its page would be named as written whole.
                    try? FileManager.default.removeItem(at: url)
                    throw error
                }
                return .success(ReviewFile(path: shown(url.path), passages: request.bookmarks.count))
            }
            return .failure(.namesTaken(folder: shown(folder.path), stem: stem))
        } catch {
            return .failure(.write(FileWriteError(error, path: folder.path)))
        }
    }

    /// `~/…` for a path under the home folder.
    func shown(_ path: String) -> String {
        guard var home else { return path }
        while home.count > 1 && home.hasSuffix("/") { home.removeLast() }
        guard home.count > 1, path.hasPrefix(home + "/") else { return path }
        return "~" + path.dropFirst(home.count)
    }

    /// Local time as `2024-03-01-1412`.
    static func stamp(_ date: Date) -> String {
        let c = Calendar.current.dateComponents([.year, .month, .day, .hour, .minute], from: date)
        return String(format: "%04d-%02d-%02d-%02d%02d", c.year ?? 0, c.month ?? 0, c.day ?? 0, c.hour ?? 0, c.minute ?? 0)
    }

    /// Letters, digits and `-` only (the name comes from a data file).
    static func safeName(_ name: String) -> String {
        let kept = name.unicodeScalars.filter { CharacterSet.alphanumerics.contains($0) || $0 == "-" }
        let out = String(String.UnicodeScalarView(kept))
        return out.isEmpty ? "review" : out
    }
}
