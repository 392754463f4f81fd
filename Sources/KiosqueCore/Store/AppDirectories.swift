import Foundation

/// Where Kiosque keeps its files, after the XDG base directory specification.
///
/// - `data` (`$XDG_DATA_HOME/kiosque`, default `~/.local/share/kiosque`): the bookmarks database,
///   data worth a backup.
/// - `state` (`$XDG_STATE_HOME/kiosque`, default `~/.local/state/kiosque`): reading positions,
///   search history, what fetching learnt of each feed (`feeds.json`).
/// - `cache` (`$XDG_CACHE_HOME/kiosque`, default `~/.cache/kiosque`): the analysis index, which
///   can always be rebuilt.
/// - `config` (`$XDG_CONFIG_HOME/kiosque`, default `~/.config/kiosque`): hand-edited settings,
///   the subscriptions (`urls`).
///
/// A variable that is unset, empty or not an absolute path is ignored, as the specification
/// says. Folders are not created here: `ensure(_:)` does it when something is about to be written.
public struct AppDirectories: Hashable, Sendable {
    public var data: URL
    public var state: URL
    public var cache: URL
    public var config: URL

    public init(data: URL, state: URL, cache: URL, config: URL) {
        self.data = data
        self.state = state
        self.cache = cache
        self.config = config
    }

    /// The folders for an environment (the process's by default).
    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        let home = environment["HOME"].flatMap { $0.hasPrefix("/") ? $0 : nil }
            ?? FileManager.default.homeDirectoryForCurrentUser.path
        func base(_ variable: String, _ fallback: String) -> URL {
            if let value = environment[variable], value.hasPrefix("/") {
                return URL(fileURLWithPath: value, isDirectory: true)
            }
            return URL(fileURLWithPath: home, isDirectory: true).appendingPathComponent(fallback, isDirectory: true)
        }
        data = base("XDG_DATA_HOME", ".local/share").appendingPathComponent("kiosque", isDirectory: true)
        state = base("XDG_STATE_HOME", ".local/state").appendingPathComponent("kiosque", isDirectory: true)
        cache = base("XDG_CACHE_HOME", ".cache").appendingPathComponent("kiosque", isDirectory: true)
        config = base("XDG_CONFIG_HOME", ".config").appendingPathComponent("kiosque", isDirectory: true)
    }

    /// Creates `folder` (and its parents) if needed, readable by the user only, and returns it.
    @discardableResult
    public static func ensure(_ folder: URL) throws -> URL {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true,
                                                attributes: [.posixPermissions: 0o700])
        return folder
    }

    /// The folder where exports (press reviews) go: the one part of Kiosque's folders that a
    /// user's output may be written into.
    public var exports: URL { data.appendingPathComponent("exports", isDirectory: true) }

    /// True when writing to `path` could replace one of Kiosque's own files: the path, with the
    /// links of its existing part resolved, lies in one of the four folders (outside `exports`),
    /// or it is an existing file that is the same file (device and inode: a hard link) as one of
    /// theirs. An export there would be taken for a damaged database and moved aside (issue 12).
    public func isOwnFile(_ path: String) -> Bool {
        let resolved = Self.resolved(path)
        let exportsFolder = Self.resolved(exports.path)
        for folder in [data, state, cache, config] {
            let root = Self.resolved(folder.path)
            if (resolved == root || resolved.hasPrefix(root + "/")) && !resolved.hasPrefix(exportsFolder + "/") {
                return true
            }
        }
        var target = stat()
        guard stat(path, &target) == 0, target.st_nlink > 1 else { return false }
        for folder in [data, state, cache, config] {
            guard let files = FileManager.default.enumerator(atPath: folder.path) else { continue }
            for case let name as String in files {
                var own = stat()
                if stat(folder.appendingPathComponent(name).path, &own) == 0,
                   own.st_dev == target.st_dev, own.st_ino == target.st_ino {
                    return true
                }
            }
        }
        return false
    }

    /// `path` absolute, `.` and `..` gone, and the links of its longest existing prefix resolved
    /// (the rest, not created yet, appended as written).
    static func resolved(_ path: String) -> String {
        let absolute = URL(fileURLWithPath: path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path)
            .standardizedFileURL
        var existing = absolute
        var rest: [String] = []
        while existing.path != "/" && !FileManager.default.fileExists(atPath: existing.path) {
            rest.insert(existing.lastPathComponent, at: 0)
            existing.deleteLastPathComponent()
        }
        var result = existing.resolvingSymlinksInPath().path
        for component in rest { result = (result == "/" ? "" : result) + "/" + component }
        return result
    }
}
