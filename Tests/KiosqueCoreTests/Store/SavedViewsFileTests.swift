import Foundation
import Testing
@testable import KiosqueCore

/// `views.json`: written whole and read back; a damaged file named with its place, never written over.
@Suite struct SavedViewsFileTests {
    static func folder() -> URL {
        FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-views-\(UUID().uuidString)")
    }

    @Test("no file: no view; saved views read back in order, every criterion kept; names found without case or accents")
    func roundTrip() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = SavedViewsFile(url: folder.appendingPathComponent("views.json"))
        #expect(try file.load().get().isEmpty)
        let views = [
            SavedView(name: "Énergie", view: ListView(order: .oldest, sectors: ["énergie"], match: .all, search: "\"centrale nucléaire\"",
                                                      entity: EntityKey(kind: .person, name: "Sergueï Lavrov"), outlet: "Le Monde",
                                                      period: .lastDays(7))),
            SavedView(name: "Défense", view: ListView(order: .newest, sectors: ["défense"], match: .any,
                                                      period: try DatePeriod(parsing: "2019-01-01..2019-02-15"))),
        ]
        try file.save(views)
        let read = try file.load().get()
        #expect(read == views)
        #expect(read[0].view.entity?.key == EntityKey(kind: .person, name: "Sergueï Lavrov"))
        #expect(read[1].view.datePeriod == (try DatePeriod(parsing: "2019-01-01..2019-02-15")))
        #expect(SavedViewsFile.find("energie", in: read)?.name == "Énergie")
        #expect(SavedViewsFile.find("sport", in: read) == nil)
    }

    @Test("a damaged file: the error names the file and the place; the file is left as it was")
    func damaged() throws {
        let folder = Self.folder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = folder.appendingPathComponent("views.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let file = SavedViewsFile(url: url)
        let cases: [(String, String)] = [
            (#"{"version": 1, "views": [{"name": "a", "view": {"order": "newest", "match": "any"}}]}"#, "views[0].view.sectors: missing"),
            (#"{"version": 1, "views": [{"name": "a", "view": {"order": "newest", "sectors": [], "match": "any"}}, {"name": "A", "view": {"order": "newest", "sectors": [], "match": "any"}}]}"#, "used twice"),
            (#"{"version": 2, "views": []}"#, "version 2"),
            (#"{"version": 1, "views": [ {"name": "#, "not valid JSON"),
        ]
        for (text, place) in cases {
            try Data(text.utf8).write(to: url)
            guard case .failure(let error) = file.load() else {
                Issue.record("\(text) read as views")
                continue
            }
            #expect(error.description.contains(url.path) && error.description.contains(place), "\(error)")
            #expect(try String(contentsOf: url, encoding: .utf8) == text)
        }
    }

    @Test("a view.json written before the search, entity, outlet and period still reads")
    func olderListView() throws {
        let old = Data(#"{"match":"all","order":"outlet","sectors":["défense"]}"#.utf8)
        let view = try JSONDecoder().decode(ListView.self, from: old)
        #expect(view == ListView(order: .outlet, sectors: ["défense"], match: .all))
        #expect(view.search == nil && view.entity == nil && view.outlet == nil && view.period == nil)
    }
}
