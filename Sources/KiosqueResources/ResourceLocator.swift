import Foundation

/// Finds the data files (`Resources/`, `seeds/`) shipped with the program.
///
/// SwiftPM copies them into a bundle folder beside the executable. The generated
/// `Bundle.module` accessor traps when that folder is missing, so this looks for it
/// itself and reports a clear error instead.
public enum ResourceLocator {
    /// Name of the bundle folder SwiftPM writes beside the executable.
    static let bundleName = "kiosque_KiosqueResources.resources"

    /// The folder holding `Resources/` and `seeds/`, or nil when it cannot be found.
    ///
    /// Order: `$KIOSQUE_RESOURCES`, the bundle beside the executable, then the source tree
    /// this file was compiled from (a development checkout).
    public static func root(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        var candidates: [URL] = []
        if let override = environment["KIOSQUE_RESOURCES"], !override.isEmpty {
            candidates.append(URL(fileURLWithPath: override))
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? "").resolvingSymlinksInPath()
        candidates.append(executable.deletingLastPathComponent().appendingPathComponent(bundleName))
        candidates.append(Bundle.main.bundleURL.appendingPathComponent(bundleName))
        // Sources/KiosqueResources/ResourceLocator.swift -> package root
        let sourceRoot = URL(fileURLWithPath: #filePath)
            .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(sourceRoot)
        let fm = FileManager.default
        return candidates.first { fm.fileExists(atPath: $0.appendingPathComponent("Resources").path) }
    }

    /// `Resources/` itself.
    public static var resourcesDirectory: URL? { root()?.appendingPathComponent("Resources") }

    /// The bundled seed articles, opened when the reader starts with no path.
    public static var seedsDirectory: URL? { root()?.appendingPathComponent("seeds") }

    /// Reads one data file from `Resources/`, e.g. `resource("keymap.json")`.
    public static func resource(_ relativePath: String) throws -> Data {
        guard let dir = resourcesDirectory else { throw ResourceError.bundleMissing(bundleName) }
        let url = dir.appendingPathComponent(relativePath)
        do { return try Data(contentsOf: url) } catch {
            throw ResourceError.unreadable(url.path, error.localizedDescription)
        }
    }
}

/// Why a data file could not be read.
public enum ResourceError: Error, CustomStringConvertible {
    case bundleMissing(String)
    case unreadable(String, String)

    public var description: String {
        switch self {
        case .bundleMissing(let name):
            return "cannot find the program's data folder \(name) beside the executable; set KIOSQUE_RESOURCES to the folder holding Resources/ and seeds/"
        case .unreadable(let path, let reason):
            return "cannot read data file \(path): \(reason)"
        }
    }
}
