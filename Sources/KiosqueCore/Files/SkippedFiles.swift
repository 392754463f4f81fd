/// Files found in folders that are not articles (PDF, images, archives, unknown types): never
/// read, but always named to the user (one line on standard error, the reader's problems list).
public enum SkippedFiles {
    /// The reason shown for each, in the reader's problems list.
    public static let reason = "not an article (Kiosque reads .txt, .md, .jsonl, RSS and Atom feeds, .html pages): skipped"

    /// How many names the one-line summary shows.
    static let shownNames = 5

    /// `3 files are not articles and were skipped: a.pdf, b.png, c.zip` (the first names, then
    /// `…`), nil when there is none. `paths` are `SystemPath`s; their file names are shown.
    public static func summary(_ paths: [String]) -> String? {
        guard !paths.isEmpty else { return nil }
        let names = paths.prefix(shownNames).map { path -> String in
            let shown = SystemPath.display(path)
            return shown.split(separator: "/").last.map(String.init) ?? shown
        }
        let more = paths.count > shownNames ? ", …" : ""
        let head = paths.count == 1 ? "1 file is not an article and was skipped" : "\(paths.count) files are not articles and were skipped"
        return "\(head): \(names.joined(separator: ", "))\(more)"
    }

    /// One issue per file, for the reader's problems list.
    public static func issues(_ paths: [String]) -> [LoadIssue] {
        paths.map { LoadIssue(location: SystemPath.display($0), reason: reason) }
    }
}
