import Foundation
import Testing

/// `kiosque lsit`: a mistyped command is named with the command meant, never opened as a path.
@Suite struct MistypedCommandTests {
    @Test("kiosque lsit: exit 2, 'did you mean list' on standard error, in English and in French; nothing on standard output")
    func suggestsTheCommand() throws {
        let english = try KiosqueBinary.run(["lsit", "seeds"])
        #expect(english.status == 2)
        #expect(english.stderrText == "kiosque: unknown command \"lsit\" (and no file or folder of that name): did you mean \"list\"? See kiosque --help\n",
                "\(english.stderrText)")
        #expect(english.stdout.isEmpty)
        let french = try KiosqueBinary.run(["serch", "x"], environment: ["LANG": "fr_FR.UTF-8"])
        #expect(french.status == 2)
        #expect(french.stderrText.contains("commande inconnue « serch »") && french.stderrText.contains("vouliez-vous dire « search »"),
                "\(french.stderrText)")
    }

    @Test("a real command, an option, or an existing path is never taken for a mistyped command")
    func leavesTheRestAlone() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-mistyped-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("lsit.txt").path
        try "Un titre\n\nUn texte.\n".write(toFile: file, atomically: true, encoding: .utf8)
        let listed = try KiosqueBinary.run(["list", "--no-index", file])
        #expect(listed.status == 0, "\(listed.stderrText)")
        #expect(listed.stdoutText.contains("Un titre"))
        #expect(!listed.stderrText.contains("did you mean"))
    }

    @Test("kiosque --version prints the version alone and exits 0")
    func version() throws {
        let result = try KiosqueBinary.run(["--version"])
        #expect(result.status == 0, "\(result.stderrText)")
        let printed = result.stdoutText.trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(printed.split(separator: ".").count == 3 && printed.allSatisfy { $0.isNumber || $0 == "." }, "\(printed)")
    }
}
