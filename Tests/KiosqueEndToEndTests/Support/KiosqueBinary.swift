import Foundation

/// Where the built `kiosque` executable is.
enum KiosqueBinary {
    /// The binary beside the running test bundle (where `swift test` builds it), else
    /// `.build/debug/kiosque` under the package root.
    static func path(filePath: String = #filePath) throws -> String {
        var candidates: [String] = []
        let runner = URL(fileURLWithPath: CommandLine.arguments.first ?? "").standardizedFileURL
        var directory = runner.deletingLastPathComponent()
        // On Linux the runner is `<bin>/kiosquePackageTests.xctest`; on macOS it is deeper inside.
        for _ in 0..<4 {
            candidates.append(directory.appendingPathComponent("kiosque").path)
            directory = directory.deletingLastPathComponent()
        }
        let packageRoot = URL(fileURLWithPath: filePath)
            .deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent()
        candidates.append(packageRoot.appendingPathComponent(".build/debug/kiosque").path)
        if let found = candidates.first(where: { FileManager.default.isExecutableFile(atPath: $0) }) {
            return found
        }
        throw Spawn.Failure(description: "the kiosque binary is not built (looked in \(candidates)); "
            + "run `swift build --product kiosque` first")
    }
}
