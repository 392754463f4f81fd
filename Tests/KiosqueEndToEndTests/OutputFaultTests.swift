import Foundation
import Testing

/// Where command output goes wrong (issue 12): a full standard output, an export aimed at
/// Kiosque's own database, an export path that cannot be written.
@Suite(.serialized)
struct OutputFaultTests {
    static let seed = "004_45fef588cce4af94"

    /// Runs the binary with standard output on `/dev/full` (every write: ENOSPC); returns the
    /// status and standard error.
    func runIntoFullDisk(_ arguments: [String], _ xdg: XDGFolders) throws -> (status: Int32, stderr: String) {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-full-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let err = directory.appendingPathComponent("stderr").path
        let command = [try KiosqueBinary.path()] + arguments
        var environment = KiosqueBinary.baseEnvironment.merging(xdg.environment) { $1 }
        environment["HOME"] = directory.path
        let pid = try Spawn.start(command, environment: environment, stdin: "/dev/null", stdout: "/dev/full", stderr: err)
        let status = try Spawn.wait(pid, timeout: .seconds(60), command: command)
        return (status, String(decoding: FileManager.default.contents(atPath: err) ?? Data(), as: UTF8.self))
    }

    func addBookmark(_ xdg: XDGFolders) throws {
        let add = try KiosqueBinary.run(["bookmarks", "add", Self.seed, "--start", "1158", "--end", "1391", "--note", "n"],
                                        environment: xdg.environment)
        #expect(add.status == 0, "stderr: \(add.stderrText)")
    }

    @Test("standard output full: every export format and every printing command says so and exits 1 (no crash, no silent 0)",
          arguments: [["bookmarks", "export", "--format", "json"], ["bookmarks", "export", "--format", "csv"],
                      ["bookmarks", "export", "--format", "markdown"], ["bookmarks", "export", "--format", "w3c"],
                      ["bookmarks", "list"], ["list"], ["show", seed], ["search", "Mali"], ["analyze"]])
    func fullStandardOutput(_ arguments: [String]) throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        try addBookmark(xdg)
        let run = try runIntoFullDisk(arguments, xdg)
        #expect(run.status == 1, "\(arguments): status \(run.status), stderr: \(run.stderr)")
        #expect(run.stderr.contains("cannot write to standard output"), "\(arguments): \(run.stderr)")
    }

    @Test("an export aimed at the bookmark database (directly or through a link) is refused, and the bookmarks stay")
    func exportOverOwnDatabaseRefused() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        try addBookmark(xdg)
        let database = xdg.folder("data").appendingPathComponent("bookmarks.sqlite")
        let before = try #require(FileManager.default.contents(atPath: database.path))
        let link = xdg.root.appendingPathComponent("link")
        try FileManager.default.createSymbolicLink(at: link, withDestinationURL: xdg.folder("data"))
        for target in [database.path, link.appendingPathComponent("bookmarks.sqlite").path,
                       xdg.folder("state").appendingPathComponent("reading.sqlite").path] {
            let run = try KiosqueBinary.run(["bookmarks", "export", "--format", "markdown", "--output", target],
                                            environment: xdg.environment)
            #expect(run.status == 2, "\(target): \(run.stderrText)")
            #expect(run.stderrText.contains("refusing to write the export"), "\(run.stderrText)")
        }
        #expect(FileManager.default.contents(atPath: database.path) == before)
        let list = try KiosqueBinary.run(["bookmarks", "list", "--json"], environment: xdg.environment)
        #expect(list.status == 0 && list.stdoutText.contains("\"note\""), "\(list.stderrText)")
        // The exports folder is the one place inside Kiosque's folders that takes an export.
        try FileManager.default.createDirectory(at: xdg.folder("data").appendingPathComponent("exports"),
                                                withIntermediateDirectories: true)
        let ok = try KiosqueBinary.run(["bookmarks", "export", "--format", "json", "--output",
                                        xdg.folder("data").appendingPathComponent("exports/review.json").path],
                                       environment: xdg.environment)
        #expect(ok.status == 0, "\(ok.stderrText)")
    }

    @Test("an export path in a missing folder: the message names the folder, not a database")
    func exportIntoMissingFolder() throws {
        let xdg = XDGFolders()
        defer { xdg.remove() }
        try addBookmark(xdg)
        let target = xdg.root.appendingPathComponent("missing/review.md").path
        let run = try KiosqueBinary.run(["bookmarks", "export", "--format", "markdown", "--output", target],
                                        environment: xdg.environment)
        #expect(run.status == 1)
        #expect(run.stderrText.contains("the folder \(xdg.root.appendingPathComponent("missing").path) does not exist"),
                "\(run.stderrText)")
        #expect(!run.stderrText.contains("database"), "\(run.stderrText)")
        #expect(!run.stderrText.contains("NSCocoaErrorDomain"), "\(run.stderrText)")
    }
}
