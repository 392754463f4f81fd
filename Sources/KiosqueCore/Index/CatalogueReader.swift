import Foundation
import GRDB
import GRDBSQLite

/// Reads the catalogue of a corpus from the index: for each file in corpus order, its articles
/// in order. Few files: one query each; many files: one pass over the whole table.
///
/// Rows are read through SQLite's C API on GRDB's statement: GRDB's `Row` decoding cost about
/// 150 ms for 100,000 articles, the raw loop a fraction of it (BENCHMARKS.md, DECISIONS.md).
enum CatalogueReader {
    static let columns = "source_id, line, byte_start, byte_end, article_id, title, date, publication, sectors, analysis_id, url"

    static func read(_ db: Database, files: CorpusFiles) throws -> Catalogue {
        var catalogue = Catalogue()
        catalogue.issues = files.issues
        catalogue.skipped = files.skipped
        var sources: [String: (id: Int64, complete: Bool, issues: String)] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT id, path, complete, issues FROM source") {
            sources[row[1]] = (row[0], row[2], row[3])
        }
        let known = files.files.filter { sources[$0.absolutePath] != nil }
        catalogue.incompleteFiles = files.files.count - known.count
        let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
        if known.count > 64 {
            try readAll(db, files: files, sources: sources, into: &catalogue)
        } else {
            catalogue.reserve(min(count, 10_000_000))
            let statement = try db.cachedStatement(sql: "SELECT \(columns) FROM article WHERE source_id = ? ORDER BY ordinal")
            for file in files.files {
                guard let source = sources[file.absolutePath] else { continue }
                note(source, file, &catalogue)
                let index = catalogue.addFile(file)
                try statement.setArguments([source.id])
                try rows(statement) { append($0, file: index, to: &catalogue) }
            }
        }
        catalogue.finish()
        return catalogue
    }

    private static func note(_ source: (id: Int64, complete: Bool, issues: String), _ file: CorpusFiles.File,
                             _ catalogue: inout Catalogue) {
        if !source.complete { catalogue.incompleteFiles += 1 }
        if !source.issues.isEmpty {
            let stored = StoredIssues.decode(source.issues, file: file)
            catalogue.issues += stored.issues
            catalogue.warnings += stored.warnings
        }
    }

    /// One pass over every article row, kept by source, then emitted in corpus order.
    private static func readAll(_ db: Database, files: CorpusFiles, sources: [String: (id: Int64, complete: Bool, issues: String)],
                                into catalogue: inout Catalogue) throws {
        let order = files.files.compactMap { sources[$0.absolutePath]?.id }
        if zip(order, order.dropFirst()).allSatisfy({ $0 < $1 }) {
            // The files were indexed in the order they are walked (a library's batches, named by
            // time): the table's order is the corpus order, and rows go straight in.
            var fileOf: [Int64: Int32] = [:]
            for file in files.files {
                guard let source = sources[file.absolutePath] else { continue }
                note(source, file, &catalogue)
                fileOf[source.id] = catalogue.addFile(file)
            }
            let count = try Int.fetchOne(db, sql: "SELECT count(*) FROM article") ?? 0
            catalogue.reserve(min(count, 10_000_000))
            let statement = try db.makeStatement(sql: "SELECT \(columns) FROM article ORDER BY source_id, ordinal")
            var lastSource: Int64 = -1
            var lastFile: Int32?
            try rows(statement) { row in
                let source = sqlite3_column_int64(row, 0)
                if source != lastSource {
                    lastSource = source
                    lastFile = fileOf[source]
                }
                guard let file = lastFile else { return }
                append(row, file: file, to: &catalogue)
            }
            return
        }
        let wanted = Set(order)
        var bySource: [Int64: Catalogue] = [:]
        let statement = try db.makeStatement(sql: "SELECT \(columns) FROM article ORDER BY source_id, ordinal")
        try rows(statement) { row in
            let source = sqlite3_column_int64(row, 0)
            guard wanted.contains(source) else { return }
            append(row, file: 0, to: &bySource[source, default: Catalogue()])
        }
        for file in files.files {
            guard let source = sources[file.absolutePath] else { continue }
            note(source, file, &catalogue)
            let index = catalogue.addFile(file)
            if let part = bySource[source.id] { catalogue.append(contentsOf: part, file: index) }
        }
    }

    /// Steps `statement` (arguments bound) and hands each row to `body`.
    private static func rows(_ statement: Statement, _ body: (OpaquePointer) throws -> Void) throws {
        let raw = statement.sqliteStatement
        sqlite3_reset(raw)
        defer { sqlite3_reset(raw) }
        while true {
            let code = sqlite3_step(raw)
            if code == SQLITE_DONE { return }
            guard code == SQLITE_ROW else {
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: "reading the catalogue", sql: statement.sql)
            }
            try body(raw)
        }
    }

    private static func text(_ row: OpaquePointer, _ column: Int32) -> String? {
        guard let bytes = sqlite3_column_text(row, column) else { return nil }
        return String(decoding: UnsafeBufferPointer(start: bytes, count: Int(sqlite3_column_bytes(row, column))), as: UTF8.self)
    }

    private static func append(_ row: OpaquePointer, file: Int32, to catalogue: inout Catalogue) {
        let count = Int(sqlite3_column_bytes(row, 8))
        let blob = sqlite3_column_blob(row, 8).map { UnsafeRawBufferPointer(start: $0, count: count) }
        let publication = sqlite3_column_text(row, 7).map {
            catalogue.publicationNumber(utf8: UnsafeBufferPointer(start: $0, count: Int(sqlite3_column_bytes(row, 7))))
        } ?? -1
        let title = UnsafeBufferPointer(start: sqlite3_column_text(row, 5), count: Int(sqlite3_column_bytes(row, 5)))
        let url = UnsafeBufferPointer(start: sqlite3_column_text(row, 10), count: Int(sqlite3_column_bytes(row, 10)))
        catalogue.append(id: text(row, 4) ?? "", titleUTF8: title, urlUTF8: url,
                         date: sqlite3_column_int64(row, 6), publicationNumber: publication,
                         file: file, line: Int32(truncatingIfNeeded: sqlite3_column_int64(row, 1)),
                         bytes: (sqlite3_column_int64(row, 2), sqlite3_column_int64(row, 3)),
                         sectors: blob ?? UnsafeRawBufferPointer(start: nil, count: 0), analysis: sqlite3_column_int64(row, 9))
    }
}
