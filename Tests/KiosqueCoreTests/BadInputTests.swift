import Foundation
import Testing
@testable import KiosqueCore

@Suite("Bad input")
struct BadInputTests {
    func onlyIssue(_ paths: [String]) throws -> LoadIssue {
        let result = ArticleFiles.load(paths: paths)
        #expect(result.articles.isEmpty)
        #expect(result.issues.count == 1, "\(result.issues)")
        return try #require(result.issues.first)
    }

    @Test func binaryFile() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("image.txt", Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01, 0x02, 0x41]))
        #expect(try onlyIssue([path]) == LoadIssue(location: path, reason: .binaryFile))
        let controls = try folder.write("controls.md", Data((0..<200).map { UInt8(1 + $0 % 8) }))
        #expect(try onlyIssue([controls]).reason.description == "binary file, not text")
    }

    @Test("UTF-16 text with a byte order mark (little- and big-endian) is decoded, not called binary")
    func utf16WithBOM() throws {
        let folder = try TemporaryFolder()
        let text = "Le titre\n\nLe texte est là, déjà « cité ».\n"
        var little: [UInt8] = [0xFF, 0xFE], big: [UInt8] = [0xFE, 0xFF]
        for unit in text.utf16 {
            little += [UInt8(unit & 0xFF), UInt8(unit >> 8)]
            big += [UInt8(unit >> 8), UInt8(unit & 0xFF)]
        }
        for (name, bytes) in [("le.txt", little), ("be.txt", big)] {
            let path = try folder.write(name, Data(bytes))
            let result = ArticleFiles.load(paths: [path])
            #expect(result.issues.isEmpty, "\(result.issues)")
            let article = try #require(result.articles.first)
            #expect(article.title == "Le titre")
            #expect(article.text == text)
            #expect(article.notes.map(\.description).contains("decoded as UTF-16 (byte order mark)"))
        }
        let broken = try folder.write("odd.txt", Data([0xFF, 0xFE, 0x41, 0x00, 0x00, 0xD8, 0x41]))
        #expect(try onlyIssue([broken]).reason.description.contains("not valid UTF-16"))
    }

    @Test("a named pipe, a socket path or a device given or found is named as such and skipped, never read")
    func specialFiles() throws {
        let folder = try TemporaryFolder()
        let fifo = folder.url.appendingPathComponent("pipe.txt").path
        #expect(mkfifo(fifo, 0o600) == 0)
        let good = try folder.write("good.txt", "Titre\n\nUn texte.\n")
        let result = ArticleFiles.load(paths: [fifo, "/dev/zero", folder.url.path])
        #expect(result.articles.map(\.location) == [good])
        #expect(result.issues == [LoadIssue(location: fifo, reason: .namedPipe),
                                  LoadIssue(location: "/dev/zero", reason: .device),
                                  LoadIssue(location: fifo, reason: .namedPipe)])
    }

    @Test func emptyFiles() throws {
        let folder = try TemporaryFolder()
        let empty = try folder.write("empty.txt", Data())
        let blank = try folder.write("blank.md", " \n\t\n  \r\n")
        let emptyLines = try folder.write("blank.jsonl", "\n \n")
        #expect(try onlyIssue([empty]) == LoadIssue(location: empty, reason: .emptyFile))
        #expect(try onlyIssue([blank]) == LoadIssue(location: blank, reason: .emptyFile))
        #expect(try onlyIssue([emptyLines]) == LoadIssue(location: emptyLines, reason: .emptyFile))
    }

    @Test func tooLargeTextFile() throws {
        let folder = try TemporaryFolder()
        let path = folder.url.appendingPathComponent("huge.txt").path
        #expect(FileManager.default.createFile(atPath: path, contents: Data("x".utf8)))
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 50 * 1_048_576)
        try handle.close()
        #expect(try onlyIssue([path]) == LoadIssue(location: path, reason: .tooLarge(bytes: 50 * 1_048_576, limit: LoadLimits.maxTextFileBytes)))
    }

    @Test func missingPath() throws {
        let path = "/nonexistent/kiosque/nothing.txt"
        #expect(try onlyIssue([path]) == LoadIssue(location: path, reason: .noSuchFile))
    }

    @Test func unreadableFolder() throws {
        let folder = try TemporaryFolder()
        try folder.write("locked/a.txt", "Titre\n\nTexte.")
        let locked = folder.url.appendingPathComponent("locked").path
        try FileManager.default.setAttributes([.posixPermissions: 0], ofItemAtPath: locked)
        let result = ArticleFiles.load(paths: [locked])
        if (try? FileManager.default.contentsOfDirectory(atPath: locked)) != nil {
            // Running as root: the folder stays readable, so it must simply load.
            #expect(result.articles.count == 1)
            return
        }
        #expect(result.articles.isEmpty)
        #expect(result.issues == [LoadIssue(location: locked, reason: .permissionDenied)])
    }

    @Test func symbolicLinkLoop() throws {
        let folder = try TemporaryFolder()
        try folder.write("root/a.txt", "Titre\n\nTexte.")
        let root = folder.url.appendingPathComponent("root")
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("back").path, withDestinationPath: root.path)
        // Two links pointing at each other: resolving them fails with ELOOP.
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("x").path, withDestinationPath: root.appendingPathComponent("y").path)
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("y").path, withDestinationPath: root.appendingPathComponent("x").path)
        let result = ArticleFiles.load(paths: [root.path])
        #expect(result.articles.map(\.id) == [ArticleID("a")])
        #expect(result.issues.map(\.reason.description) == ["symbolic link loop, skipped"])
        #expect(result.issues.first?.location == root.appendingPathComponent("back").path)
    }

    @Test func folderSkipsOtherExtensionsAndSortsByName() throws {
        let folder = try TemporaryFolder()
        try folder.write("b.txt", "B\n\nTexte b.")
        try folder.write("a.md", "A\n\nTexte a.")
        try folder.write("sub/c.txt", "C\n\nTexte c.")
        try folder.write("image.png", Data([0x89, 0x00]))
        try folder.write("notes.log", "texte")
        try folder.write("d.jsonl", #"{"id": "d", "text": "Texte d."}"#)
        let result = ArticleFiles.load(paths: [folder.path])
        #expect(result.issues.isEmpty)
        #expect(result.articles.map(\.id.rawValue) == ["a", "b", "d", "c"])
        #expect(result.articles[2].location == folder.url.appendingPathComponent("d.jsonl").path + ":1")
    }

    @Test func loadingGoesOnAfterIssues() throws {
        let folder = try TemporaryFolder()
        let good = try folder.write("good.txt", "Titre\n\nTexte.")
        let bad = try folder.write("bad.txt", Data([0, 0, 0]))
        let result = ArticleFiles.load(paths: [bad, "/nonexistent/x", good])
        #expect(result.articles.map(\.id) == [ArticleID("good")])
        #expect(result.issues.map(\.location) == [bad, "/nonexistent/x"])
    }
}
