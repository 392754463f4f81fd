import Foundation
import Testing

/// File names that are not UTF-8 (issue 12, item 10), end to end: `list` and `show` read a
/// Latin-1-named `caf\xE9.txt` and `d\xE9p\xEAches.jsonl`, found in a folder or named on the
/// command line, and show their names as `\xE9`: valid UTF-8 out, never a raw byte.
@Suite(.serialized)
struct FileNameCommandTests {
    /// A temporary folder holding the two Latin-1-named files; removed by `remove`.
    struct Latin1Folder {
        let path: String
        static let text = "Un café à Paris\n\nLe texte du café, lu sous un nom Latin-1.\n"
        static let lines = #"{"id":"j1","title":"Première dépêche","text":"La première dépêche parle de Lyon."}"#
            + "\n" + #"{"id":"j2","title":"Seconde dépêche","text":"La seconde dépêche parle de Nantes."}"# + "\n"

        init() throws {
            path = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-names-\(UUID().uuidString)").path
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
            try create(Array("caf".utf8) + [0xE9] + Array(".txt".utf8), Data(Self.text.utf8))
            try create(Array("d".utf8) + [0xE9, 0x70, 0xEA] + Array("ches.jsonl".utf8), Data(Self.lines.utf8))
        }

        private func create(_ name: [UInt8], _ data: Data) throws {
            let full = (Array(path.utf8) + [UInt8(ascii: "/")] + name + [0]).map { CChar(bitPattern: $0) }
            let fd = open(full, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
            try #require(fd >= 0, "cannot create a Latin-1-named file")
            defer { close(fd) }
            let written = data.withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
            try #require(written == data.count)
        }

        func remove() { try? FileManager.default.removeItem(atPath: path) }
    }

    /// Asserts that `output` is UTF-8 with neither a replacement character (a lossy decoding)
    /// nor a private-use scalar (an escaped byte leaking out).
    static func expectShownSafely(_ output: Data, _ what: String) {
        let text = String(validating: output, as: UTF8.self)
        #expect(text != nil, "\(what) is not UTF-8: a raw byte of a file name reached it")
        let odd = text?.unicodeScalars.filter { $0 == "\u{FFFD}" || (0xE000...0xF8FF).contains($0.value) } ?? []
        #expect(odd.isEmpty, "\(what) holds \(odd.map { String($0.value, radix: 16) })")
    }

    @Test("list FOLDER lists the Latin-1-named articles, their names shown as \\xE9; exit 0")
    func list() throws {
        let folder = try Latin1Folder()
        defer { folder.remove() }
        let result = try KiosqueBinary.run(["list", folder.path])
        #expect(result.status == 0, "stderr: \(result.stderrText)")
        #expect(result.stderrText.isEmpty, "no file called missing: \(result.stderrText)")
        let rows = result.stdoutText.split(separator: "\n").map { $0.split(separator: "\t").map(String.init) }
        #expect(rows.contains { $0.first == "caf\\xE9" && $0.contains("Un café à Paris") && $0.last == "\(folder.path)/caf\\xE9.txt" },
                "\(result.stdoutText)")
        #expect(rows.contains { $0.first == "j1" && $0.contains("Première dépêche") }, "\(result.stdoutText)")
        #expect(rows.contains { $0.first == "j2" && $0.contains("Seconde dépêche") }, "\(result.stdoutText)")
        Self.expectShownSafely(result.stdout, "stdout")
        Self.expectShownSafely(result.stderr, "stderr")
    }

    @Test("show ID FOLDER reads a Latin-1-named text file and a JSONL line of one, again from the index")
    func show() throws {
        let folder = try Latin1Folder()
        defer { folder.remove() }
        let xdg = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-names-xdg-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: xdg) }
        let environment = ["XDG_CACHE_HOME": xdg + "/cache", "XDG_DATA_HOME": xdg + "/data", "XDG_STATE_HOME": xdg + "/state"]
        for round in ["first run (indexing)", "second run (index kept)"] {
            let text = try KiosqueBinary.run(["show", "caf\\xE9", folder.path], environment: environment)
            #expect(text.status == 0, "\(round): \(text.stderrText)")
            #expect(text.stdoutText.contains("Le texte du café, lu sous un nom Latin-1."), "\(round): \(text.stdoutText)")
            #expect(text.stdoutText.contains("\(folder.path)/caf\\xE9.txt"), "\(round): the location shown")
            Self.expectShownSafely(text.stdout, "stdout")

            let line = try KiosqueBinary.run(["show", "j2", folder.path], environment: environment)
            #expect(line.status == 0, "\(round): \(line.stderrText)")
            #expect(line.stdoutText.contains("La seconde dépêche parle de Nantes."), "\(round): \(line.stdoutText)")
            #expect(line.stdoutText.contains("\(folder.path)/d\\xE9p\\xEAches.jsonl:2"), "\(round): \(line.stdoutText)")
            Self.expectShownSafely(line.stdout, "stdout")
        }
    }

    @Test("a Latin-1 file name given on the command line names its file")
    func pathArgument() throws {
        let folder = try Latin1Folder()
        defer { folder.remove() }
        // The shell's printf writes the byte 0xE9 into the argument, which Swift strings cannot.
        let script = #"exec "$0" show 'caf\xE9' "$(printf '%s/caf\351.txt' "$1")""#
        let result = try Spawn.run(["/bin/sh", "-c", script, try KiosqueBinary.path(), folder.path],
                                   environment: KiosqueBinary.baseEnvironment)
        #expect(result.status == 0, "stderr: \(result.stderrText)")
        #expect(result.stdoutText.contains("Le texte du café, lu sous un nom Latin-1."), "\(result.stdoutText)")
        #expect(result.stdoutText.contains("\(folder.path)/caf\\xE9.txt"))
        Self.expectShownSafely(result.stdout, "stdout")
        Self.expectShownSafely(result.stderr, "stderr")
    }
}
