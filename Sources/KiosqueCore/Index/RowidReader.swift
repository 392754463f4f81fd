import GRDB
import GRDBSQLite

/// Reads a column of integers (full-text rowids) straight from SQLite: GRDB's generic
/// `Int64.fetchAll` spends about as long again per row as SQLite itself in unspecialised
/// generic code, which is tens of milliseconds for the million rowids of a common search.
enum RowidReader {
    /// The first column of every row of `sql`, as `Int64`.
    static func fetch(_ db: Database, sql: String, arguments: StatementArguments) throws -> [Int64] {
        var out: [Int64] = []
        try forEach(db, sql: sql, arguments: arguments) { out.append($0) }
        return out
    }

    /// Gives `body` the first column of every row of `sql`, as `Int64`, in order.
    static func forEach(_ db: Database, sql: String, arguments: StatementArguments, _ body: (Int64) -> Void) throws {
        let statement = try db.makeStatement(sql: sql)
        try statement.setArguments(arguments)
        let sqlite = statement.sqliteStatement
        while true {
            let code = sqlite3_step(sqlite)
            if code == SQLITE_DONE { break }
            guard code == SQLITE_ROW else {
                let message = db.sqliteConnection.flatMap { sqlite3_errmsg($0) }.map { String(cString: $0) }
                sqlite3_reset(sqlite)
                throw DatabaseError(resultCode: ResultCode(rawValue: code), message: message, sql: sql)
            }
            body(sqlite3_column_int64(sqlite, 0))
        }
        sqlite3_reset(sqlite)
    }
}
