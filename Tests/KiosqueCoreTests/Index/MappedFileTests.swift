import Foundation
import Testing
@testable import KiosqueCore

/// The mapping an index update reads JSONL files through: pages handed back stay readable.
@Suite struct MappedFileTests {
    @Test("released pages read the same bytes again; an empty file maps to nothing; a missing one throws")
    func mapping() throws {
        let folder = try TemporaryFolder()
        var text = ""
        for n in 0..<20_000 { text += "{\"id\": \"a\(n)\", \"text\": \"ligne \(n) de l’article\"}\n" }
        let path = try folder.write("big.jsonl", text)
        let file = try MappedFile(path: path)
        #expect(file.count == text.utf8.count)
        let before = Data(file.data)
        #expect(before == Data(text.utf8))
        file.release(below: file.count / 2)
        file.release(below: file.count / 4) // going back releases nothing more
        #expect(Data(file.data) == before, "released pages come back from the file")
        file.startOver()
        file.release(below: file.count * 2)
        #expect(file.data[file.count - 10..<file.count] == before[file.count - 10..<file.count])

        let empty = try MappedFile(path: try folder.write("empty.jsonl", ""))
        #expect(empty.count == 0 && empty.data.isEmpty)
        empty.release(below: 100)
        do {
            _ = try MappedFile(path: folder.url.appendingPathComponent("none.jsonl").path)
            Issue.record("a missing file maps")
        } catch {
            #expect(FileErrorReason.reason(error) == .noSuchFile)
        }
    }
}
