/// Files found in folders that are not articles (PDF, images, archives, unknown types): never
/// read, but always named to the user (one line on standard error, the reader's problems list).
public enum SkippedFiles {
    /// The reason shown for each, in the reader's problems list.
    public static let reason = LoadReason.notAnArticle

    /// How many names the one-line summary shows.
    static let shownNames = 5

    /// `3 files are not articles and were skipped: a.pdf, b.png, c.zip` (the first names, then
    /// `…`), nil when there is none. `paths` are `SystemPath`s; their file names are shown.
    public static func summary(_ paths: [String]) -> String? {
        guard !paths.isEmpty else { return nil }
        let head = paths.count == 1 ? "1 file is not an article and was skipped" : "\(paths.count) files are not articles and were skipped"
        return "\(head): \(names(paths))"
    }

    /// The first file names of `paths`, then `…` when there are more: `a.pdf, b.png, …`.
    public static func names(_ paths: [String]) -> String {
        let names = paths.prefix(shownNames).map { path -> String in
            let shown = SystemPath.display(path)
            return shown.split(separator: "/").last.map(String.init) ?? shown
        }
        return names.joined(separator: ", ") + (paths.count > shownNames ? ", …" : "")
    }

    /// One issue per file, for the reader's problems list.
    public static func issues(_ paths: [String]) -> [LoadIssue] {
        paths.map { LoadIssue(location: SystemPath.display($0), reason: reason) }
    }
}
