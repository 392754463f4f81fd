import Foundation
import GRDB

/// The analysis index (`$XDG_CACHE_HOME/kiosque/index.sqlite`): each source file's identity, each
/// article's place, summary and analysis, and the full-text index of the texts.
///
/// A cache (`SQLiteFile`'s recovery policy): a file that cannot be read or comes from another
/// schema version is set aside and made again (`notes` says so); one found damaged while in use
/// is at the next opening. All methods may be called from any thread; an update (one writer) can
/// run on a background thread while another thread reads catalogues and searches.
public final class CorpusIndex: Sendable {
    public let url: URL
    /// What happened on opening (a damaged or outdated file set aside), for the user.
    public let notes: [StoreNotice]
    let pool: DatabasePool
    /// The words of the costly prefixes searched so far (`words(startingWith:_:)`).
    let prefixWords = PrefixWordCache()

    /// Opens or creates the index at `url`.
    public init(url: URL) throws(IndexError) {
        self.url = url
        let notice: StoreNotice?
        do {
            (pool, notice) = try SQLiteFile.open(url, kind: .cache, migrator: IndexSchema.migrator,
                                                 adopt: IndexSchema.isLegacy, connect: DatabasePool.init(path:configuration:))
        } catch {
            throw .file(error)
        }
        notes = notice.map { [$0] } ?? []
    }

    /// The index of the user's cache folder.
    public convenience init(directories: AppDirectories = AppDirectories()) throws(IndexError) {
        try self.init(url: Self.defaultURL(directories: directories))
    }

    /// Closes the database now instead of when the index is released. Call it when done, before
    /// the process exits, after any update on another thread has returned: closing a connection
    /// while the process is exiting can crash it. Nothing can be done with the index afterwards.
    public func close() throws(IndexError) {
        // The write-ahead log is folded into the file first, so that a closed index is one file
        // (a copy, a check or a damage found later sees every row), whatever else still holds
        // a connection.
        try checked {
            try pool.writeWithoutTransaction { db in try db.execute(sql: "PRAGMA wal_checkpoint(TRUNCATE)") }
            try pool.close()
        }
    }

    public static func defaultURL(directories: AppDirectories = AppDirectories()) -> URL {
        directories.cache.appendingPathComponent("index.sqlite")
    }

    /// Brings the index up to date with `files`: unchanged files are not read; new, changed and
    /// interrupted ones are read from where they stopped, their new articles analysed on every core
    /// in batches of `batchSize`, each batch committed on its own. Files gone from the folders
    /// given are removed, and analyses no article uses any more dropped.
    ///
    /// Run it in the background on a GCD queue (`DispatchQueue.global(qos: .utility)`), not on a
    /// Foundation `Thread` that ends after it: in debug builds, a `Thread` ending right after an
    /// update corrupted the heap in about 5 % of runs (glibc abort); a GCD queue never did (0 in
    /// 150), nor a release build (0 in 200; DECISIONS.md).
    @discardableResult
    public func update(files: CorpusFiles, analyser: IndexAnalyser, batchSize: Int = 256,
                       cancellation: IndexCancellation? = nil,
                       progress: (@Sendable (IndexProgress) -> Void)? = nil) throws(IndexError) -> IndexUpdateReport {
        var updater = IndexUpdater(index: self, files: files, analyser: analyser, batchSize: max(1, batchSize),
                                   cancellation: cancellation, progress: progress)
        return try checked { try updater.run() }
    }

    /// `update(files:)` on the files `paths` name.
    @discardableResult
    public func update(paths: [String], analyser: IndexAnalyser, batchSize: Int = 256,
                       cancellation: IndexCancellation? = nil,
                       progress: (@Sendable (IndexProgress) -> Void)? = nil) throws(IndexError) -> IndexUpdateReport {
        try update(files: CorpusFiles(paths: paths), analyser: analyser, batchSize: batchSize,
                   cancellation: cancellation, progress: progress)
    }

    /// The summaries of the articles of `files` that the index holds, in corpus order.
    ///
    /// Read from the catalogue snapshot beside the index (`catalogue-3.snapshot`) when it was made
    /// for these files and this generation of the index; otherwise from the index, and the
    /// snapshot written again for the next opening.
    public func catalogue(files: CorpusFiles, snapshot: SnapshotUse = .readAndWrite) throws(IndexError) -> Catalogue {
        let snapshotURL = url.deletingLastPathComponent().appendingPathComponent(CatalogueSnapshot.fileName)
        return try checked {
            try pool.read { db in
                let generation = try Self.generation(db)
                let key = generation.map { CatalogueSnapshot.key(generation: $0, files: files) }
                if snapshot == .readAndWrite, let key, let stored = CatalogueSnapshot.read(snapshotURL, key: key, files: files) {
                    return stored
                }
                let catalogue = try CatalogueReader.read(db, files: files)
                if snapshot != .none, let key {
                    CatalogueSnapshot.write(catalogue, key: key, files: files, to: snapshotURL, waitForPages: snapshot == .readAndWrite)
                    // Read back mapped: its columns then cost memory only where they are read.
                    if snapshot == .readAndWrite, let mapped = CatalogueSnapshot.read(snapshotURL, key: key, files: files) {
                        return mapped
                    }
                }
                return catalogue
            }
        }
    }

    /// How `catalogue(files:)` uses the catalogue snapshot.
    public enum SnapshotUse: Sendable {
        /// Read it when it matches, else read the index and write it (the reader's opening).
        case readAndWrite
        /// Read the index, which finds a damaged file at once, and write it (the commands).
        case writeOnly
        /// Neither (a catalogue read while an update runs).
        case none
    }

    public func catalogue(paths: [String]) throws(IndexError) -> Catalogue {
        try catalogue(files: CorpusFiles(paths: paths))
    }

    /// The stored analysis of the article at `position` of `catalogue` (nil if it was dropped
    /// since the catalogue was read).
    public func analysis(at position: Int, in catalogue: Catalogue) throws(IndexError) -> ArticleAnalysis? {
        try analysis(id: catalogue.analysisIDs[position], sectorLevels: catalogue.sectorLevels(at: position),
                     sectorScores: catalogue.sectorScores(at: position))
    }

    /// The stored analysis `id` (`Catalogue.analysisIDs`) with the article's sectors as the
    /// catalogue has them; nil if it was dropped since the catalogue was read.
    public func analysis(id: Int64, sectorLevels: [SectorLevel], sectorScores: [Double]) throws(IndexError) -> ArticleAnalysis? {
        let row = try checked {
            try pool.read { db in
                try Row.fetchOne(db, sql: "SELECT entities, paragraph_sectors FROM analysis WHERE id = ?", arguments: [id])
            }
        }
        guard let row else { return nil }
        return try checked {
            let entities = try AnalysisCoding.entities(row[0] as Data)
            let paragraphs = try AnalysisCoding.paragraphSectors(row[1] as Data)
            return ArticleAnalysis(entities: entities.entities, readable: entities.readable,
                                   sectorLevels: sectorLevels, sectorScores: sectorScores, paragraphSectors: paragraphs)
        }
    }

    /// The fingerprint of the analyser the index was last updated with (nil for a new index). When
    /// it is not the current analyser's, the next update starts from an empty index, so a reader
    /// should not show the stored catalogue (its sectors may follow another taxonomy).
    public func storedFingerprint() throws(IndexError) -> String? {
        try checked {
            try pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'fingerprint'") }
        }
    }

    /// Every stored analysis of `catalogue`'s articles, in one read: `body` gets each position
    /// (several positions share an analysis when their texts are equal) with its analysis. For
    /// building a corpus-wide entity index in the background without opening any article.
    /// `sectors: false` leaves the article's sectors and paragraph sectors out (empty): the entity
    /// index needs none, and reading them touches every page of the catalogue's mapped sector
    /// columns (80 MB at a million articles, counted in the reader's resident memory).
    public func forEachAnalysis(in catalogue: Catalogue, sectors: Bool = true,
                                _ body: (Int, ArticleAnalysis) throws -> Void) throws(IndexError) {
        // The catalogue's (analysis, position) pairs are sorted as the rows come (by id): one
        // walk beside them, no table of a million entries.
        let analyses = catalogue.byAnalysisIDs, positions = catalogue.byAnalysisPositions
        var next = 0
        try checked {
            try pool.read { db in
                let rows = try Row.fetchCursor(db, sql: "SELECT id, entities, paragraph_sectors FROM analysis ORDER BY id")
                while let row = try rows.next(), next < analyses.count {
                    let id: Int64 = row[0]
                    while next < analyses.count && analyses[next] < id { next += 1 }
                    var at: [Int] = []
                    while next < analyses.count && analyses[next] == id {
                        at.append(Int(positions[next]))
                        next += 1
                    }
                    guard !at.isEmpty else { continue }
                    let entities = try AnalysisCoding.entities(row[1] as Data)
                    let paragraphs = sectors ? try AnalysisCoding.paragraphSectors(row[2] as Data) : []
                    for position in at {
                        try body(position, ArticleAnalysis(
                            entities: entities.entities, readable: entities.readable,
                            sectorLevels: sectors ? catalogue.sectorLevels(at: position) : [],
                            sectorScores: sectors ? catalogue.sectorScores(at: position) : [], paragraphSectors: paragraphs))
                    }
                }
            }
        }
    }

    /// Positions in `catalogue` of the articles matching `query`, in corpus order.
    ///
    /// `cancellation` stops the full-text query early (a reader's newer keystroke made this
    /// search useless: a phrase found in most of 100,000 articles takes tens of milliseconds);
    /// a search stopped so is `.cancelled`, not an error.
    public func search(_ query: SearchQuery, in catalogue: Catalogue,
                       cancellation: IndexCancellation) throws(IndexError) -> SearchOutcome {
        if cancellation.isCancelled { return .cancelled }
        guard let ids = try matchingAnalyses(query, cancellation: cancellation) else { return .cancelled }
        return .found(catalogue.positions(ofAnalyses: ids))
    }

    /// Positions in `catalogue` of the articles matching `query`, in corpus order (a search
    /// nobody can cancel).
    public func search(_ query: SearchQuery, in catalogue: Catalogue) throws(IndexError) -> [Int] {
        catalogue.positions(ofAnalyses: try matchingAnalyses(query, cancellation: nil) ?? [])
    }

    /// The first matches of `query` in corpus order, found without reading the rest: the first
    /// `limit` analyses by id (a few tenths of a millisecond where the whole answer to `de*`
    /// takes 30 ms at 100,000 articles), kept to the positions before the first article with a
    /// later analysis (`Catalogue.firstPositions(upToAnalysis:)`), so that they are exactly the
    /// first rows; the reader draws them at once and the whole answer, with its count, after
    /// (`SearchWorker`). Nil when that leaves no row (an index updated in place can number its
    /// first articles last): then only the whole answer gives the first rows.
    public func firstMatches(_ query: SearchQuery, in catalogue: Catalogue, limit: Int) throws(IndexError) -> FirstMatches? {
        guard limit > 0 else { return nil }
        let ids: [Int64] = try checked {
            try pool.read { db in
                // A costly prefix: the first rowids of each of its words, the first of them all.
                if let expressions = try expandedExpressions(query, db) {
                    var first: Set<Int64> = []
                    for expression in expressions {
                        try RowidReader.forEach(db, sql: "SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rowid LIMIT ?",
                                                arguments: [expression, limit]) { first.insert($0) }
                    }
                    return Array(first.sorted().prefix(limit))
                }
                return try RowidReader.fetch(db, sql: "SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rowid LIMIT ?",
                                             arguments: [query.ftsExpression, limit])
            }
        }
        let positions = catalogue.positions(ofAnalyses: ids)
        guard ids.count == limit, let last = ids.last else { return FirstMatches(positions: positions, isEverything: true) }
        let known = catalogue.firstPositions(upToAnalysis: last)
        let first = positions.prefix { $0 < known }
        return first.isEmpty ? nil : FirstMatches(positions: Array(first), isEverything: false)
    }

    /// The analysis ids matching `query`, ascending; nil when `cancellation` stopped the query.
    /// A costly prefix (`elec*`) is searched as its words, one by one (`expandedExpressions`).
    func matchingAnalyses(_ query: SearchQuery, cancellation: IndexCancellation?) throws(IndexError) -> [Int64]? {
        let expression = query.ftsExpression
        let ids: [Int64]?
        do {
            ids = try pool.read { db in
                try StatementInterruption.run(db, cancellation: cancellation) { () throws -> [Int64]? in
                    if let expressions = try expandedExpressions(query, db) {
                        return try Self.union(of: expressions, db, cancellation: cancellation)
                    }
                    return try RowidReader.fetch(db, sql: "SELECT rowid FROM search_text WHERE search_text MATCH ? ORDER BY rowid",
                                                 arguments: [expression])
                }
            }
        } catch let error as DatabaseError where error.resultCode == .SQLITE_INTERRUPT && cancellation?.isCancelled == true {
            return nil
        } catch {
            throw damageChecked(IndexError.from(error, path: url.path))
        }
        return ids
    }

    /// Full-text rows left behind by dropped analyses (they never match: see `IndexSchema`).
    public func deadSearchRows() throws(IndexError) -> Int {
        try checked {
            try pool.read { db in try Self.meta(db, "dead_search_rows") }
        }
    }

    /// Runs `body`, turning its error into an `IndexError`; damage found (SQLite's corruption
    /// errors, an analysis that cannot be decoded) marks the file, so that the next opening sets
    /// it aside and makes it again instead of failing at every run.
    func checked<T>(_ body: () throws -> T) throws(IndexError) -> T {
        do {
            return try body()
        } catch {
            throw damageChecked(IndexError.from(error, path: url.path))
        }
    }

    private func damageChecked(_ error: IndexError) -> IndexError {
        switch error {
        case .file(.damaged(_, let problem)): SQLiteFile.markDamaged(url, problem: problem)
        case .damagedAnalysis: SQLiteFile.markDamaged(url, problem: .damaged("an analysis cannot be decoded"))
        default: break
        }
        return error
    }

    static func meta(_ db: Database, _ key: String) throws -> Int {
        try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = ?", arguments: [key]).flatMap { Int($0) } ?? 0
    }

    /// Marks a change of the index's content, in the transaction that makes it: the catalogue
    /// snapshot of another generation is no longer used (`CatalogueSnapshot`). The first change
    /// of a new file also gives it a random instance name, so a file made again after being set
    /// aside never takes an old snapshot for its own.
    static func bumpGeneration(_ db: Database) throws {
        try db.execute(sql: "INSERT OR IGNORE INTO meta(key, value) VALUES ('instance', ?)",
                       arguments: [UUID().uuidString])
        try db.execute(sql: """
            INSERT INTO meta(key, value) VALUES ('generation', '1')
            ON CONFLICT(key) DO UPDATE SET value = CAST(CAST(value AS INTEGER) + 1 AS TEXT)
            """)
    }

    /// The index's instance and generation (`bumpGeneration`), nil before its first change.
    static func generation(_ db: Database) throws -> String? {
        guard let instance = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'instance'"),
              let generation = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'generation'") else { return nil }
        return instance + "/" + generation
    }

    static func setMeta(_ db: Database, _ key: String, _ value: Int) throws {
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       arguments: [key, String(value)])
    }
}
