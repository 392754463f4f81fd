import Foundation
import GRDB

/// Text that goes through SQLite whole, NUL characters included.
///
/// GRDB binds a `String` as a C string (`sqlite3_bind_text` with length -1) and reads one with
/// `String(cString:)`: both cut the text at its first NUL, so a note `avant\0après` came back as
/// `avant`. Text with a NUL is therefore bound as its UTF-8 bytes (a blob) into `CAST(? AS TEXT)`,
/// which keeps the length (SQLite text values carry it), and read back through
/// `CAST(column AS BLOB)`, which GRDB decodes as UTF-8 with its length. Text without a NUL is
/// bound as usual (`CAST` of text is text), so the columns stay TEXT for every other tool.
enum WholeText {
    /// The placeholder for a whole-text argument.
    static let placeholder = "CAST(? AS TEXT)"

    /// The argument for `text`: its bytes when it holds a NUL, else the string itself.
    static func argument(_ text: String) -> (any DatabaseValueConvertible) {
        text.utf8.contains(0) ? Data(text.utf8) : text
    }

    static func argument(_ text: String?) -> (any DatabaseValueConvertible)? {
        text.map { argument($0) }
    }

    /// The strings of the first column of `sql`, which selects a `column(_:)`: read as bytes, since
    /// `String.fetchAll` reads C strings (a blob too).
    static func fetchAll(_ db: Database, sql: String, arguments: StatementArguments = []) throws -> [String] {
        try Data.fetchAll(db, sql: sql, arguments: arguments).map { String(decoding: $0, as: UTF8.self) }
    }

    /// The select expression reading `column` whole, under its own name (for `Row` values, which
    /// GRDB decodes with their lengths, or `fetchAll`).
    static func column(_ column: String) -> String {
        "CAST(\(column) AS BLOB) AS \(column)"
    }
}
