import GRDB

/// The reading state database's migrations, from the first version on.
enum ReadingSchema {
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-reading") { db in
            try db.execute(sql: """
                CREATE TABLE article_state (
                    article_id TEXT NOT NULL,
                    location TEXT NOT NULL,
                    position INTEGER NOT NULL DEFAULT 0,
                    read INTEGER NOT NULL DEFAULT 0,
                    updated_ms INTEGER NOT NULL,
                    PRIMARY KEY (article_id, location)
                );
                CREATE TABLE last_opened (
                    slot INTEGER PRIMARY KEY NOT NULL CHECK (slot = 1),
                    article_id TEXT NOT NULL,
                    location TEXT NOT NULL,
                    updated_ms INTEGER NOT NULL
                );
                """)
        }
        return migrator
    }
}
