import Foundation
import GRDB

/// Reads the catalogue of a corpus from the index: for each file in corpus order, its articles
/// in order. Few files: one query each; many files: one pass over the whole table.
enum CatalogueReader {
    static let columns = "source_id, line, byte_start, byte_end, article_id, title, date, publication, sectors, analysis_id"

    static func read(_ db: Database, files: CorpusFiles) throws -> Catalogue {
        var catalogue = Catalogue()
        catalogue.issues = files.issues
        var sources: [String: (id: Int64, complete: Bool, issues: String)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, path, complete, issues FROM source") {
            sources[row[1]] = (row[0], row[2], row[3])
        }
        let known = files.files.filter { sources[$0.absolutePath] != nil }
        catalogue.incompleteFiles = files.files.count - known.count
        if known.count > 64 {
            try readAll(db, files: files, sources: sources, into: &catalogue)
        } else {
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
            catalogue.reserve(min(count, 1_000_000))
            let statement = try db.cachedStatement(sql: "SELECT \(columns) FROM article WHERE source_id = ? ORDER BY ordinal")
            for file in files.files {
                guard let source = sources[file.absolutePath] else { continue }
                note(source, file, &catalogue)
                let index = catalogue.addFile(file)
                let rows = try Row.fetchCursor(statement, arguments: [source.id])
                while let row = try rows.next() { append(row, file: index, to: &catalogue) }
            }
        }
        catalogue.finish()
        return catalogue
    }

    private static func note(_ source: (id: Int64, complete: Bool, issues: String), _ file: CorpusFiles.File,
                             _ catalogue: inout Catalogue) {
        if !source.complete { catalogue.incompleteFiles += 1 }
        if !source.issues.isEmpty { catalogue.issues += StoredIssues.decode(source.issues, file: file) }
    }

    /// One pass over every article row, kept by source, then emitted in corpus order.
    private static func readAll(_ db: Database, files: CorpusFiles, sources: [String: (id: Int64, complete: Bool, issues: String)],
                                into catalogue: inout Catalogue) throws {
        let wanted = Set(files.files.compactMap { sources[$0.absolutePath]?.id })
        var bySource: [Int64: Catalogue] = [:]
        let rows = try Row.fetchCursor(db, sql: "SELECT \(columns) FROM article ORDER BY source_id, ordinal")
        while let row = try rows.next() {
            let source: Int64 = row[0]
            guard wanted.contains(source) else { continue }
            append(row, file: 0, to: &bySource[source, default: Catalogue()])
        }
        for file in files.files {
            guard let source = sources[file.absolutePath] else { continue }
            note(source, file, &catalogue)
            let index = catalogue.addFile(file)
            if let part = bySource[source.id] { catalogue.append(contentsOf: part, file: index) }
        }
    }

    private static func append(_ row: Row, file: Int32, to catalogue: inout Catalogue) {
        let sectors = (try? AnalysisCoding.sectors(row[8] as Data)) ?? ([], [])
        let date: Int64? = row[6]
        catalogue.append(id: row[4], title: row[5], date: Int32(truncatingIfNeeded: date ?? 0), publication: row[7],
                         file: file, line: Int32(truncatingIfNeeded: row[1] as Int64),
                         bytes: (row[2], row[3]), sectors: sectors, analysis: row[9])
    }
}
