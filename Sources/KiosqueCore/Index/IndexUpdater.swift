import Foundation
import GRDB

/// One run of `CorpusIndex.update`: plans which files to read, then reads, analyses and stores
/// their articles batch by batch (see `CorpusIndex.update`).
struct IndexUpdater {
    let index: CorpusIndex
    let files: CorpusFiles
    let analyser: IndexAnalyser
    let batchSize: Int
    let cancellation: IndexCancellation?
    let progress: (@Sendable (IndexProgress) -> Void)?

    /// A file this update reads, and how far it got.
    struct Work {
        var file: CorpusFiles.File
        var identity: SourceIdentity
        var data: Data?
        var restart: Bool
        var sourceID: Int64 = 0
        /// Articles stored so far (the next ordinal), and the resume point.
        var count: Int
        var doneBytes: Int
        var doneLine: Int
        /// The index of this file's last item, nil when it has none.
        var lastItem: Int?
        /// A problem with the whole file, stored with it (e.g. an empty file).
        var fileIssue: String?
    }

    /// One article to read: a JSONL line, or a whole text file.
    struct Item: Sendable {
        var work: Int
        var line: Int
        var bytes: Range<Int>
    }

    enum Parsed: Sendable {
        case article(Article, ContentHash)
        case issue(LoadIssue)
    }

    /// Another instance dropped an analysis this batch counted on: the batch is done again.
    struct Raced: Error {}

    private struct Known {
        var id: Int64
        var kind: Int
        var identity: SourceIdentity
        var fingerprint: String
        var complete: Bool
        var doneBytes: Int
        var doneCount: Int
        var doneLine: Int
    }

    private var works: [Work] = []
    private var items: [Item] = []

    init(index: CorpusIndex, files: CorpusFiles, analyser: IndexAnalyser, batchSize: Int,
         cancellation: IndexCancellation?, progress: (@Sendable (IndexProgress) -> Void)?) {
        self.index = index
        self.files = files
        self.analyser = analyser
        self.batchSize = batchSize
        self.cancellation = cancellation
        self.progress = progress
    }

    mutating func run() throws -> IndexUpdateReport {
        let started = DispatchTime.now().uptimeNanoseconds
        func elapsed() -> Double { Double(DispatchTime.now().uptimeNanoseconds - started) / 1e9 }
        var report = IndexUpdateReport(files: files, unchangedFiles: 0, readFiles: 0, storedArticles: 0, analysedArticles: 0,
                                       droppedAnalyses: 0, removedFiles: 0, issues: [], cancelled: false)
        let fingerprint = analyser.fingerprint
        let stored = try index.pool.read { db in try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'fingerprint'") }
        if stored != fingerprint {
            report.droppedAnalyses = try index.pool.write { db in try Self.forgetOtherAnalyser(db, fingerprint) }
        }
        let known = try index.pool.read { db in try Self.knownSources(db) }
        plan(known: known, report: &report)
        report.readFiles = works.count
        report.removedFiles = try prepare(known: known)
        progress?(IndexProgress(done: 0, total: items.count, analysed: 0, elapsed: elapsed(), batches: 0))

        let parser = ArticleParser(data: try FrenchData.shared.get())
        var analyse: (@Sendable (Article) -> ArticleAnalysis)?
        var next = 0
        var batches = 0
        while next < items.count {
            if cancellation?.isCancelled == true {
                report.cancelled = true
                break
            }
            let batch = Array(items[next..<min(items.count, next + batchSize)])
            let parsed = parse(batch, parser: parser)
            while true {
                let existing = try index.pool.read { db in try Self.lookup(db, parsed) }
                var missing: [(article: Article, hash: ContentHash)] = []
                var hashes = Set(existing.keys)
                for case .article(let article, let hash) in parsed where hashes.insert(hash).inserted {
                    missing.append((article, hash))
                }
                var computed: [ContentHash: (ArticleAnalysis, SearchDocument)] = [:]
                if !missing.isEmpty {
                    // The recogniser and the taxonomy are loaded once, and only when needed.
                    let analyseOne: @Sendable (Article) -> ArticleAnalysis
                    if let analyse {
                        analyseOne = analyse
                    } else {
                        analyseOne = try analyser.make()
                        analyse = analyseOne
                    }
                    let results = ParallelMap.map(missing, chunkSize: 4) { item in
                        (item.hash, analyseOne(item.article), SearchDocument(item.article))
                    }
                    for (hash, analysis, document) in results { computed[hash] = (analysis, document) }
                }
                do {
                    try write(batch, from: next, parsed, computed)
                    report.analysedArticles += computed.count
                    break
                } catch is Raced {
                    continue
                }
            }
            next += batch.count
            batches += 1
            report.storedArticles = next
            progress?(IndexProgress(done: next, total: items.count, analysed: report.analysedArticles,
                                    elapsed: elapsed(), batches: batches))
        }
        if !works.isEmpty || report.removedFiles > 0 {
            report.droppedAnalyses += try index.pool.write { db in try Self.dropUnused(db) }
        }
        return report
    }

    static func hash(_ article: Article, _ fingerprint: String) -> ContentHash {
        ContentHash([fingerprint, article.title, article.text])
    }

    // MARK: planning

    private static func knownSources(_ db: Database) throws -> [String: Known] {
        var known: [String: Known] = [:]
        let rows = try Row.fetchCursor(db, sql: """
            SELECT id, path, kind, size, modified, inode, fingerprint, complete, done_bytes, done_count, done_line FROM source
            """)
        while let row = try rows.next() {
            known[row[1]] = Known(id: row[0], kind: row[2], identity: SourceIdentity(size: row[3], modified: row[4], inode: row[5]),
                                  fingerprint: row[6], complete: row[7], doneBytes: row[8], doneCount: row[9], doneLine: row[10])
        }
        return known
    }

    private static func kindNumber(_ kind: FileKind) -> Int { kind == .jsonLines ? 1 : 0 }

    /// Decides which files to read and from where, and lists their articles to read.
    private mutating func plan(known: [String: Known], report: inout IndexUpdateReport) {
        var seen = Set<String>()
        for file in files.files where seen.insert(file.absolutePath).inserted {
            guard let identity = SourceIdentity.of(path: file.absolutePath) else {
                report.issues.append(LoadIssue(location: file.path, reason: "cannot read the file's size and date"))
                continue
            }
            let old = known[file.absolutePath]
            let same = old.map { $0.identity == identity && $0.fingerprint == analyser.fingerprint && $0.kind == Self.kindNumber(file.kind) } ?? false
            if same, old?.complete == true {
                report.unchangedFiles += 1
                continue
            }
            let resume = same ? old : nil
            var work = Work(file: file, identity: identity, data: nil, restart: resume == nil,
                            count: resume?.doneCount ?? 0, doneBytes: resume?.doneBytes ?? 0, doneLine: resume?.doneLine ?? 0)
            let first = items.count
            switch file.kind {
            case .text:
                items.append(Item(work: works.count, line: 0, bytes: 0..<Int(identity.size)))
            case .jsonLines:
                let data: Data
                do {
                    data = try Data(contentsOf: URL(fileURLWithPath: file.absolutePath), options: .alwaysMapped)
                } catch {
                    report.issues.append(LoadIssue(location: file.path, reason: FileErrorReason.reason(error)))
                    continue
                }
                work.data = data
                let lines = Self.lines(in: data, from: work.doneBytes, firstLine: work.doneLine)
                for line in lines { items.append(Item(work: works.count, line: line.number, bytes: line.bytes)) }
                if lines.isEmpty && work.restart { work.fileIssue = "empty file" }
            }
            work.lastItem = items.count > first ? items.count - 1 : nil
            works.append(work)
        }
    }

    /// Non-blank lines of `data` from byte `start`, numbered after `firstLine` (as `JSONLReader`).
    static func lines(in data: Data, from start: Int, firstLine: Int) -> [(number: Int, bytes: Range<Int>)] {
        data.withUnsafeBytes { raw -> [(number: Int, bytes: Range<Int>)] in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return [] }
            let count = raw.count
            var out: [(number: Int, bytes: Range<Int>)] = []
            var number = firstLine
            var position = max(0, start)
            while position < count {
                let found = memchr(base + position, 0x0A, count - position)
                let end = found.map { UnsafeRawPointer($0) - UnsafeRawPointer(base) } ?? count
                number += 1
                var blank = true
                for k in position..<end where base[k] != 0x20 && base[k] != 0x09 && base[k] != 0x0D {
                    blank = false
                    break
                }
                if !blank { out.append((number, position..<end)) }
                position = end + 1
            }
            return out
        }
    }

    /// One transaction: removes files gone from the folders given, and marks every file to read
    /// as incomplete with its new identity (a file without articles is complete at once).
    private mutating func prepare(known: [String: Known]) throws -> Int {
        let walked = Set(files.files.map(\.absolutePath))
        let roots = files.roots
        let removed = known.filter { path, _ in
            !walked.contains(path) && roots.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
        }
        let fingerprint = analyser.fingerprint
        let works = self.works
        let ids: [Int64] = try index.pool.write { db in
            for (_, source) in removed {
                try db.execute(sql: "DELETE FROM article WHERE source_id = ?", arguments: [source.id])
                try db.execute(sql: "DELETE FROM source WHERE id = ?", arguments: [source.id])
            }
            var ids: [Int64] = []
            for work in works {
                let issues = work.fileIssue.map { StoredIssues.encode(line: 0, reason: $0) } ?? ""
                let complete = work.lastItem == nil
                try db.execute(sql: """
                    INSERT INTO source(path, kind, size, modified, inode, fingerprint, complete, done_bytes, done_count, done_line, issues)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(path) DO UPDATE SET kind = excluded.kind, size = excluded.size, modified = excluded.modified,
                        inode = excluded.inode, fingerprint = excluded.fingerprint, complete = excluded.complete,
                        done_bytes = excluded.done_bytes, done_count = excluded.done_count, done_line = excluded.done_line,
                        issues = CASE WHEN ? THEN excluded.issues ELSE source.issues || excluded.issues END
                    """, arguments: [work.file.absolutePath, Self.kindNumber(work.file.kind), work.identity.size,
                                     work.identity.modified, work.identity.inode, fingerprint, complete, work.doneBytes,
                                     work.count, work.doneLine, issues, work.restart])
                let id = try Int64.fetchOne(db, sql: "SELECT id FROM source WHERE path = ?", arguments: [work.file.absolutePath]) ?? 0
                if complete {
                    try db.execute(sql: "DELETE FROM article WHERE source_id = ? AND ordinal >= ?", arguments: [id, work.count])
                }
                ids.append(id)
            }
            return ids
        }
        for k in self.works.indices { self.works[k].sourceID = ids[k] }
        return removed.count
    }

    // MARK: batches

    /// Reads and parses a batch on every core, with each article's content hash.
    private func parse(_ batch: [Item], parser: ArticleParser) -> [Parsed] {
        let sources = works.map { ($0.file, $0.data) }
        let fingerprint = analyser.fingerprint
        return ParallelMap.map(batch, chunkSize: 8) { item -> Parsed in
            let (file, data) = sources[item.work]
            let result: Result<Article, LoadIssue>
            if let data {
                result = JSONLReader(parser: parser).article(line: data[item.bytes], location: "\(file.path):\(item.line)")
            } else {
                result = TextFileReader(parser: parser).read(path: file.path)
            }
            switch result {
            case .success(let article): return .article(article, Self.hash(article, fingerprint))
            case .failure(let issue): return .issue(issue)
            }
        }
    }

    /// The analyses already stored for the batch's hashes.
    private static func lookup(_ db: Database, _ parsed: [Parsed]) throws -> [ContentHash: Int64] {
        let statement = try db.cachedStatement(sql: "SELECT id FROM analysis WHERE hash = ?")
        var found: [ContentHash: Int64] = [:]
        for case .article(_, let hash) in parsed where found[hash] == nil {
            if let id = try Int64.fetchOne(statement, arguments: [hash.bytes]) { found[hash] = id }
        }
        return found
    }

    /// Stores a batch in one transaction: new analyses and their full-text rows, article rows, and
    /// each file's resume point (complete when its last article is in).
    private mutating func write(_ batch: [Item], from start: Int, _ parsed: [Parsed],
                                _ computed: [ContentHash: (ArticleAnalysis, SearchDocument)]) throws {
        var works = self.works
        let batchRange = start..<(start + batch.count)
        try index.pool.write { db in
            let find = try db.cachedStatement(sql: "SELECT id, sectors FROM analysis WHERE hash = ?")
            let insertAnalysis = try db.cachedStatement(sql: """
                INSERT INTO analysis(hash, entities, sectors, paragraph_sectors) VALUES (?, ?, ?, ?)
                """)
            let insertText = try db.cachedStatement(sql: "INSERT INTO search_text(rowid, title, body) VALUES (?, ?, ?)")
            let insertArticle = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO article(source_id, ordinal, line, byte_start, byte_end, article_id, title, date,
                    publication, url, sectors, analysis_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
                """)
            var issues: [Int: String] = [:]
            var touched: [Int] = []
            for (k, item) in batch.enumerated() {
                if touched.last != item.work { touched.append(item.work) }
                works[item.work].doneBytes = item.bytes.upperBound + 1
                works[item.work].doneLine = item.line
                switch parsed[k] {
                case .issue(let issue):
                    issues[item.work, default: ""] += StoredIssues.encode(line: item.line, reason: issue.reason)
                case .article(let article, let hash):
                    let id: Int64
                    let sectors: Data
                    if let row = try Row.fetchOne(find, arguments: [hash.bytes]) {
                        id = row[0]
                        sectors = row[1]
                    } else {
                        guard let (analysis, document) = computed[hash] else { throw Raced() }
                        sectors = AnalysisCoding.sectors(levels: analysis.sectorLevels, scores: analysis.sectorScores)
                        try insertAnalysis.execute(arguments: [hash.bytes, AnalysisCoding.entities(analysis), sectors,
                                                               AnalysisCoding.paragraphSectors(analysis.paragraphSectors)])
                        id = db.lastInsertedRowID
                        try insertText.execute(arguments: [id, document.indexedTitle, document.indexedBody])
                    }
                    let work = works[item.work]
                    try insertArticle.execute(arguments: [
                        work.sourceID, work.count, item.line, item.bytes.lowerBound, item.bytes.upperBound,
                        article.id.rawValue, article.title, Catalogue.pack(article.date).map { Int64($0) },
                        article.source, article.url, sectors, id])
                    works[item.work].count += 1
                }
            }
            for w in touched {
                let work = works[w]
                let finished = work.lastItem.map { batchRange.contains($0) } ?? true
                try db.execute(sql: """
                    UPDATE source SET done_bytes = ?, done_count = ?, done_line = ?, complete = ?, issues = issues || ?
                    WHERE id = ?
                    """, arguments: [work.doneBytes, work.count, work.doneLine, finished, issues[w] ?? "", work.sourceID])
                if finished {
                    try db.execute(sql: "DELETE FROM article WHERE source_id = ? AND ordinal >= ?", arguments: [work.sourceID, work.count])
                }
            }
        }
        self.works = works
    }

    /// Empties the index when its analyses were made by another analyser (new word lists or
    /// taxonomy): every article must be analysed again anyway, and starting afresh leaves no dead
    /// full-text rows behind. Returns the number of analyses dropped.
    private static func forgetOtherAnalyser(_ db: Database, _ fingerprint: String) throws -> Int {
        let stored = try String.fetchOne(db, sql: "SELECT value FROM meta WHERE key = 'fingerprint'")
        guard stored != fingerprint else { return 0 }
        var dropped = 0
        if stored != nil {
            dropped = try Int.fetchOne(db, sql: "SELECT count(*) FROM analysis") ?? 0
            try db.execute(sql: """
                DELETE FROM article; DELETE FROM analysis; DELETE FROM source;
                INSERT INTO search_text(search_text) VALUES ('delete-all');
                """)
            try CorpusIndex.setMeta(db, "dead_search_rows", 0)
        }
        try db.execute(sql: "INSERT INTO meta(key, value) VALUES ('fingerprint', ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value",
                       arguments: [fingerprint])
        return dropped
    }

    /// Drops analyses no article uses; their full-text rows stay as dead rows (counted).
    private static func dropUnused(_ db: Database) throws -> Int {
        try db.execute(sql: """
            DELETE FROM analysis WHERE NOT EXISTS (SELECT 1 FROM article WHERE article.analysis_id = analysis.id)
            """)
        let dropped = db.changesCount
        if dropped > 0 {
            try CorpusIndex.setMeta(db, "dead_search_rows", try CorpusIndex.meta(db, "dead_search_rows") + dropped)
        }
        return dropped
    }
}
