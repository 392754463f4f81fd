import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

/// Whole-screen snapshots as text files under `Snapshots/`, one line a row, each ending in `|`
/// so trailing spaces show. Recorded when missing (or with `KIOSQUE_RECORD_SNAPSHOTS=1`),
/// compared otherwise; on a difference the actual screen is written to the temporary folder.
enum Snapshot {
    static func text(of grid: Grid) -> String { grid.lines.map { $0 + "|" }.joined(separator: "\n") + "\n" }

    static func check(_ grid: Grid, named name: String, filePath: String = #filePath,
                      sourceLocation: SourceLocation = #_sourceLocation) throws {
        let folder = URL(fileURLWithPath: filePath).deletingLastPathComponent().appendingPathComponent("Snapshots")
        let file = folder.appendingPathComponent("\(name).txt")
        let actual = text(of: grid)
        let record = ProcessInfo.processInfo.environment["KIOSQUE_RECORD_SNAPSHOTS"] == "1"
        if record || !FileManager.default.fileExists(atPath: file.path) {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try actual.write(to: file, atomically: true, encoding: .utf8)
            print("recorded snapshot \(file.path)")
            return
        }
        let expected = try String(contentsOf: file, encoding: .utf8)
        if expected != actual {
            let out = FileManager.default.temporaryDirectory.appendingPathComponent("\(name).actual.txt")
            try? actual.write(to: out, atomically: true, encoding: .utf8)
            let expectedLines = expected.split(separator: "\n", omittingEmptySubsequences: false)
            let actualLines = actual.split(separator: "\n", omittingEmptySubsequences: false)
            let firstDifference = zip(expectedLines, actualLines).enumerated().first { $0.element.0 != $0.element.1 }
            let detail = firstDifference.map { "row \($0.offset):\n  expected \($0.element.0)\n  actual   \($0.element.1)" }
                ?? "different number of rows"
            Issue.record("snapshot \(name) differs (actual screen in \(out.path)); first \(detail)", sourceLocation: sourceLocation)
        }
    }
}

@Suite("Whole-screen snapshots")
struct SnapshotTests {
    @Test func threePanelsEnglish() throws {
        var state = Fixtures.state(issues: [LoadIssue(location: "x.bin", reason: .other("binary file")),
                                            LoadIssue(location: "y.txt", reason: .emptyFile)])
        state.press("Enter", "j", "j", "j")
        try Snapshot.check(state.screen, named: "three-panels-120x40-en")
    }

    @Test func defaultLayoutAt160() throws {
        var state = Fixtures.state(width: 160, height: 40, panels: .standard)
        state.press("Enter", "j")
        try Snapshot.check(state.screen, named: "default-160x40-en")
    }

    @Test func onePanelFrench() throws {
        var state = Fixtures.state(width: 80, height: 24, language: .french)
        state.press("Enter", "Space")
        try Snapshot.check(state.screen, named: "one-panel-reader-80x24-fr")
    }

    @Test func helpOverlayFrench() throws {
        var state = Fixtures.state(width: 100, height: 30, language: .french)
        state.press("?")
        try Snapshot.check(state.screen, named: "help-100x30-fr")
    }

    @Test func snapshotTextMarksTrailingSpaces() {
        var grid = Grid(width: 4, height: 2)
        grid.put("ab", x: 0, y: 0)
        #expect(Snapshot.text(of: grid) == "ab  |\n    |\n")
    }
}
