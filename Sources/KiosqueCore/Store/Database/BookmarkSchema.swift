import GRDB

/// The bookmarks database's migrations, from the first version on. Never edit a registered
/// migration: add a new one.
enum BookmarkSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-bookmarks") { db in
            // Sectors and entities are JSON arrays: they are read and written with the bookmark,
            // never queried on their own.
            try db.execute(sql: """
                CREATE TABLE bookmark (
                    id TEXT PRIMARY KEY NOT NULL,
                    article_id TEXT NOT NULL,
                    article_location TEXT NOT NULL,
                    article_hash TEXT NOT NULL,
                    article_title TEXT NOT NULL,
                    article_date TEXT,
                    article_source TEXT,
                    article_url TEXT,
                    start_offset INTEGER NOT NULL,
                    end_offset INTEGER NOT NULL,
                    quote_exact TEXT NOT NULL,
                    quote_prefix TEXT NOT NULL,
                    quote_suffix TEXT NOT NULL,
                    note TEXT NOT NULL,
                    sectors TEXT NOT NULL,
                    entities TEXT NOT NULL,
                    created_ms INTEGER NOT NULL,
                    updated_ms INTEGER NOT NULL,
                    deleted_ms INTEGER
                );
                CREATE INDEX bookmark_by_article ON bookmark(article_id);
                """)
        }
        migrator.registerMigration("v2-tags") { db in
            // The analyst's tags, a JSON array like the sectors; bookmarks made before have none.
            try db.execute(sql: "ALTER TABLE bookmark ADD COLUMN tags TEXT NOT NULL DEFAULT '[]'")
        }
        return migrator
    }
}
