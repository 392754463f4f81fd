import GRDB

/// The tables of `index.sqlite` (schema version 2). See DECISIONS.md, "Index and search".
///
/// - `meta`: key/value facts (`dead_search_rows`: full-text rows whose analysis was dropped).
/// - `source`: one row per file ever indexed: its identity, whether all its articles are stored
///   (`complete`), where an interrupted update stopped (`done_*`), and the lines it could not read.
/// - `analysis`: one row per distinct content hash: entities, sectors (article and paragraphs).
///   `AUTOINCREMENT` so that ids are never reused: a dropped analysis's full-text row can stay
///   behind without ever matching a later article.
/// - `article`: one row per article placed in a source: what a list row shows, where to read it,
///   and its analysis; `date` is `ArticleDate.packed` (with time and offset, ordered as the dates;
///   the code version `analysis-5` made older indexes store it again). Article sectors are copied here so that the catalogue reads one table.
/// - `search_text`: FTS5, contentless (the text stays in the source files), rowid = analysis id,
///   columns title and body holding `SearchDocument`'s folded words, with prefix indexes for
///   two and three letters (the prefixes search-as-you-type asks for; version 2).
///
/// Opened through `SQLiteFile` as a cache: one GRDB migration per schema; a file made before
/// migrations were recorded (`user_version` 2 and these tables) is adopted as it is.
enum IndexSchema {
    static let version = 2

    /// The prefix lengths `search_text` has an index for (its `prefix='2 3'`): a prefix of
    /// another length makes SQLite merge every word it starts (`CorpusIndex.firstMatches`).
    static let prefixLengths: Set<Int> = [2, 3]

    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v2-index") { db in
            if try isLegacy(db) { return }
            try create(db)
            try db.execute(sql: "PRAGMA user_version = \(version)")
        }
        return migrator
    }

    /// An index of schema version 2 made before its migrations were recorded in the file.
    static func isLegacy(_ db: Database) throws -> Bool {
        try Int.fetchOne(db, sql: "PRAGMA user_version") == version
            && SQLiteFile.tableNames(db).isSuperset(of: ["meta", "source", "analysis", "article", "search_text"])
    }

    static func create(_ db: Database) throws {
        try db.execute(sql: """
            CREATE TABLE meta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
            CREATE TABLE source(
                id INTEGER PRIMARY KEY,
                path TEXT NOT NULL UNIQUE,
                kind INTEGER NOT NULL,
                size INTEGER NOT NULL,
                modified INTEGER NOT NULL,
                inode INTEGER NOT NULL,
                fingerprint TEXT NOT NULL,
                complete INTEGER NOT NULL,
                done_bytes INTEGER NOT NULL,
                done_count INTEGER NOT NULL,
                done_line INTEGER NOT NULL,
                issues TEXT NOT NULL);
            CREATE TABLE analysis(
                id INTEGER PRIMARY KEY AUTOINCREMENT,
                hash BLOB NOT NULL UNIQUE,
                entities BLOB NOT NULL,
                sectors BLOB NOT NULL,
                paragraph_sectors BLOB NOT NULL);
            CREATE TABLE article(
                source_id INTEGER NOT NULL,
                ordinal INTEGER NOT NULL,
                line INTEGER NOT NULL,
                byte_start INTEGER NOT NULL,
                byte_end INTEGER NOT NULL,
                article_id TEXT NOT NULL,
                title TEXT NOT NULL,
                date INTEGER,
                publication TEXT,
                url TEXT,
                sectors BLOB NOT NULL,
                analysis_id INTEGER NOT NULL,
                PRIMARY KEY(source_id, ordinal)) WITHOUT ROWID;
            CREATE INDEX article_analysis ON article(analysis_id);
            CREATE VIRTUAL TABLE search_text USING fts5(
                title, body, content='', tokenize='unicode61 remove_diacritics 2', prefix='2 3');
            """)
    }
}
