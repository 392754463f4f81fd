import Foundation

/// The files a set of paths names, in the order `Library.load` reads them, with what could not be
/// walked. The index and its catalogue both work from this list.
public struct CorpusFiles: Sendable {
    /// One file to read.
    public struct File: Hashable, Sendable {
        /// The path as walked (relative when given relative): what locations show.
        public var path: String
        /// The absolute path: the file's key in the index.
        public var absolutePath: String
        public var kind: FileKind
    }

    public var files: [File]
    /// Paths that could not be walked (missing, link loops, unreadable folders).
    public var issues: [LoadIssue]
    /// The absolute paths given, for finding files removed since the last update.
    public var roots: [String]

    /// Walks `paths` (folders recursively, entries sorted by name).
    public init(paths: [String]) {
        var files: [File] = []
        var issues: [LoadIssue] = []
        PathWalker.walk(paths) { item in
            switch item {
            case .file(let path, let kind):
                files.append(File(path: path, absolutePath: Self.absolute(path), kind: kind))
            case .issue(let issue):
                issues.append(issue)
            }
        }
        self.files = files
        self.issues = issues
        roots = paths.map(Self.absolute)
    }

    /// `path` made absolute against the working folder, `.` and `..` resolved (links kept).
    static func absolute(_ path: String) -> String {
        let full = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        return URL(fileURLWithPath: full).standardizedFileURL.path
    }
}
