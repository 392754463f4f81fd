import Foundation

/// Where the built executables of the package are.
enum KiosqueBinary {
    /// The reader.
    static let reader = "kiosque"

    /// The binaries the signal tests run: the debug one, and the release one named by
    /// `KIOSQUE_RELEASE_BINARY` when set (a release build is too slow for every CI run:
    /// `swift build -c release --product kiosque`, then
    /// `KIOSQUE_RELEASE_BINARY=$PWD/.build/release/kiosque swift test --filter ReaderLifecycleTests`).
    static var signalTested: [String] {
        [reader] + (ProcessInfo.processInfo.environment["KIOSQUE_RELEASE_BINARY"].map { [$0] } ?? [])
    }
    /// The backend demo (Sources/KiosqueCursesDemo).
    static let demo = "kiosque-curses-demo"

    /// The executable `name` beside the running test bundle (where `swift test` builds it), else
    /// in `.build/debug` under the package root.
    static func path(_ name: String = reader, filePath: String = #filePath) throws -> String {
        if name.hasPrefix("/") {
            guard isExecutableFile(name) else { throw Spawn.Failure(description: "\(name) is not an executable") }
            return name
        }
        var candidates: [String] = []
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "").standardizedFileURL
        var directory = runner.deletingLastPathComponent()
        // On Linux the runner is `<bin>/kiosquePackageTests.xctest`; on macOS it is deeper inside.
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent(name).path)
            directory = directory.deletingLastPathComponent()
        }
        let packageRoot = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/\(name)").path)
        if let found = candidates.first(where: isExecutableFile) {
            return found
        }
        throw Spawn.Failure(description: "the \(name) binary is not built (looked in \(candidates)); "
            + "run `swift build` first")
    }

    /// Runs the reader binary with `arguments` (a command for scripts), stdin from /dev/null and
    /// its output in files, in a plain UTF-8 environment plus `environment` (e.g. the same
    /// `XDGFolders(...).environment` for runs that share the bookmarks).
    static func run(_ arguments: [String], environment: [String: String] = [:],
                    timeout: Duration = .seconds(20)) throws -> Spawn.Result {
        try Spawn.run([try path()] + arguments, environment: baseEnvironment.merging(environment) { $1 },
                      timeout: timeout)
    }

    /// The environment of `run`.
    static let baseEnvironment = ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"]

    /// The repository's `seeds/` folder (the same articles the binary opens by default, from
    /// another path), or nil.
    static func seedsFolder() -> String? {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("seeds")
        return FileManager.default.fileExists(atPath: folder.path) ? folder.path : nil
    }

    /// An executable regular file (a folder named like the binary does not count).
    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
