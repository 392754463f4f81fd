import Foundation

/// A corpus file written by a test in a temporary folder, private XDG folders, and the program
/// run on them (or a `ReaderPane` opened on `corpus`); everything is deleted with the fixture.
final class CommandFixture {
    let folder: URL
    let xdg: XDGFolders
    /// The corpus file's path.
    let corpus: String

    init(corpus text: String) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-command-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        corpus = folder.appendingPathComponent("corpus.jsonl").path
        try Data(text.utf8).write(to: URL(fileURLWithPath: corpus))
        xdg = XDGFolders(root: folder.appendingPathComponent("xdg"))
    }

    var environment: [String: String] {
        xdg.environment.merging(KiosqueBinary.baseEnvironment) { $1 }
    }

    /// The index file the commands make.
    var indexFile: String { xdg.folder("cache").appendingPathComponent("index.sqlite").path }

    func run(_ arguments: [String], environment extra: [String: String] = [:]) throws -> Spawn.Result {
        try Spawn.run([try KiosqueBinary.path()] + arguments, environment: environment.merging(extra) { $1 },
                      timeout: .seconds(60))
    }

    deinit { try? FileManager.default.removeItem(at: folder) }
}
