import Foundation
import Testing
@testable import KiosqueCore

@Suite("layout.json: the panels' widths from one start to the next")
struct LayoutFileTests {
    func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-layout-\(UUID().uuidString)")
    }

    @Test("saved, then read back; no file is no widths")
    func roundTrip() throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(at: root) }
        let directories = AppDirectories(data: root, state: root.appendingPathComponent("state"), cache: root, config: root)
        let file = LayoutFile(directories: directories)
        #expect(file.url.lastPathComponent == "layout.json")
        #expect(try file.load() == nil)
        let widths = PanelWidths(list: 50, side: 24, sideFolded: true)
        try file.save(widths)
        #expect(try file.load() == widths)
        try file.save(PanelWidths(list: 70, side: 12, sideFolded: nil))
        #expect(try file.load() == PanelWidths(list: 70, side: 12, sideFolded: nil))
    }

    @Test("numbers out of range are brought into range, not refused")
    func clamped() throws {
        let widths = try JSONDecoder().decode(PanelWidths.self, from: Data(#"{"list": 95, "side": 1}"#.utf8))
        #expect(widths == PanelWidths(list: PanelWidths.listRange.upperBound, side: PanelWidths.sideRange.lowerBound, sideFolded: nil))
        #expect(widths.isSideFolded(width: 179) && !widths.isSideFolded(width: 180))
    }

    @Test("a corrupt file is an error that names it and says the defaults are used", arguments: [
        "{\"list\": \"wide\", \"side\": 18}", "not json", "{\"side\": 18}", "",
    ])
    func corrupt(text: String) throws {
        let root = folder()
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let file = LayoutFile(url: root.appendingPathComponent("layout.json"))
        try Data(text.utf8).write(to: file.url)
        var failure: LayoutFileError?
        do throws(LayoutFileError) { _ = try file.load() } catch { failure = error }
        let error = try #require(failure)
        guard case .malformed(let path, _) = error else {
            Issue.record("\(error)")
            return
        }
        #expect(path == file.url.path)
        #expect(error.description.contains("layout.json") && error.description.contains("default panel widths"))
    }
}
