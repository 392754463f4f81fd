import Foundation

/// Where Kiosque keeps its files, after the XDG base directory specification.
///
/// - `data` (`$XDG_DATA_HOME/kiosque`, default `~/.local/share/kiosque`): the bookmarks database,
///   data worth a backup.
/// - `state` (`$XDG_STATE_HOME/kiosque`, default `~/.local/state/kiosque`): reading positions,
///   search history.
/// - `cache` (`$XDG_CACHE_HOME/kiosque`, default `~/.cache/kiosque`): the analysis index, which
///   can always be rebuilt.
/// - `config` (`$XDG_CONFIG_HOME/kiosque`, default `~/.config/kiosque`): hand-edited settings.
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
}
