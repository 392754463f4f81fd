import Foundation

/// The files a set of paths names, in the order `ArticleFiles.load` reads them, with what could not be
/// walked. The index and its catalogue both work from this list.
public struct CorpusFiles: Sendable {
    /// One file to read.
    public struct File: Hashable, Sendable {
        /// The path as walked (relative when given relative; a `SystemPath`): what locations
        /// show, through `SystemPath.display`.
        public var path: String
        /// The absolute path: the file's key in the index (a `SystemPath`, so a name that is not
        /// UTF-8 has a stable key too).
        public var absolutePath: String
        public var kind: FileKind
    }

    public var files: [File]
    /// Paths that could not be walked (missing, link loops, unreadable folders).
    public var issues: [LoadIssue]
    /// Files found in folders that are not articles, never read (`SkippedFiles`).
    public var skipped: [String]
    /// The absolute paths given, for finding files removed since the last update.
    public var roots: [String]

    /// Walks `paths` (folders recursively, entries sorted by name).
    public init(paths: [String]) {
        var files: [File] = []
        var issues: [LoadIssue] = []
        var skipped: [String] = []
        PathWalker.walk(paths) { item in
            switch item {
            case .file(let path, let kind):
                files.append(File(path: path, absolutePath: Self.absolute(path), kind: kind))
            case .issue(let issue):
                issues.append(issue)
            case .skipped(let path):
                skipped.append(path)
            }
        }
        self.files = files
        self.issues = issues
        self.skipped = skipped
        roots = paths.map(Self.absolute)
    }

    /// `path` made absolute against the working folder, `.` and `..` resolved (links kept), on
    /// the string alone (Foundation's URL would not keep a `SystemPath`'s escaped bytes).
    public static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : SystemPath.currentDirectory() + "/" + path
        var parts: [Substring] = []
        for part in full.split(separator: "/") where part != "." {
            if part == ".." { _ = parts.popLast() } else { parts.append(part) }
        }
        return "/" + parts.joined(separator: "/")
    }
}
