import Foundation

/// Where the built executables of the package are.
enum KiosqueBinary {
    /// The reader.
    static let reader = "kiosque"
    /// The backend demo (Sources/KiosqueCursesDemo).
    static let demo = "kiosque-curses-demo"

    /// The executable `name` beside the running test bundle (where `swift test` builds it), else
    /// in `.build/debug` under the package root.
    static func path(_ name: String = reader, filePath: String = #filePath) throws -> String {
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
    /// its output in files, in a plain UTF-8 environment plus `environment`.
    static func run(_ arguments: [String], environment: [String: String] = [:],
                    timeout: Duration = .seconds(20)) throws -> Spawn.Result {
        try Spawn.run([try path()] + arguments,
                      environment: ["LANG": "C.UTF-8", "PATH": "/usr/bin:/bin"].merging(environment) { _, given in given },
                      timeout: timeout)
    }

    /// An executable regular file (a folder named like the binary does not count).
    private static func isExecutableFile(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory) && !isDirectory.boolValue
            && FileManager.default.isExecutableFile(atPath: path)
    }
}
