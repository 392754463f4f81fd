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
    struct Work: Sendable {
        var file: CorpusFiles.File
        var identity: SourceIdentity
        var data: Data?
        /// The mapping behind `data` (JSONL files): pages already read are handed back.
        var mapped: MappedFile?
        /// A feed's entries, parsed once when the update is planned (items are its entries).
        var feed: FeedReader.Result?
        var restart: Bool
        var sourceID: Int64 = 0
        /// Articles stored so far (the next ordinal), and the resume point.
        var count: Int
        var doneBytes: Int
        var doneLine: Int
        /// The index of this file's last item, nil when it has none.
        var lastItem: Int?
        /// A problem with the whole file, stored with it (e.g. an empty file).
        var fileIssue: LoadReason?
    }

    /// One article to read: a JSONL line, a feed entry, or a whole text file or page.
    struct Item: Sendable {
        var work: Int
        /// The JSONL line or feed entry number (from 1), 0 for a whole file.
        var line: Int
        /// The line's bytes, or the whole file's; for a feed entry, as many as its text has
        /// (what batches are measured in; stored, never read back).
        var bytes: Range<Int>
    }

    enum Parsed: Sendable {
        case article(Article, ContentHash)
        case issue(LoadIssue)
    }

    /// Another instance dropped an analysis this batch counted on: the batch is done again.
    struct Raced: Error {}

    struct Known {
        var id: Int64
        var kind: Int
        var identity: SourceIdentity
        var fingerprint: String
        var complete: Bool
        var doneBytes: Int
        var doneCount: Int
        var doneLine: Int
    }

    var works: [Work] = []
    var items: [Item] = []

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
            report.droppedAnalyses = try index.pool.write { db in
                try CorpusIndex.bumpGeneration(db)
                return try Self.forgetOtherAnalyser(db, fingerprint)
            }
        }
        let known = try index.pool.read { db in try Self.knownSources(db) }
        let parser = ArticleParser(data: try FrenchData.shared.get())
        plan(known: known, parser: parser, report: &report)
        report.readFiles = works.count
        report.removedFiles = try prepare(known: known)
        progress?(IndexProgress(done: 0, total: items.count, analysed: 0, elapsed: elapsed(), batches: 0))

        // Batch N is written on the writer queue while batch N+1 is read and analysed on every
        // core (at most one batch in flight): the write, one thread, no longer leaves a core idle.
        var analyse: (@Sendable (Article) -> ArticleAnalysis)?
        var inFlight: PendingWrite?
        var next = 0
        var batches = 0
        /// Waits for the batch in flight; done again here when another instance raced it.
        func land(_ pending: PendingWrite) throws {
            var outcome = pending.wait()
            while case .failure(let error) = outcome {
                guard error is Raced else { throw error }
                let computed = try analyses(for: pending.parsed, skipping: [], analyse: &analyse)
                outcome = Result { try Self.write(index: index, works: works, pending.batch, from: pending.start, pending.parsed, computed) }
            }
            if case .success(let written) = outcome {
                works = written.works
                report.analysedArticles += written.analysed
            }
            let end = pending.start + pending.batch.count
            batches += 1
            releaseRead(upTo: end)
            report.storedArticles = end
            progress?(IndexProgress(done: end, total: items.count, analysed: report.analysedArticles,
                                    elapsed: elapsed(), batches: batches))
        }
        do {
            while next < items.count {
                if cancellation?.isCancelled == true {
                    report.cancelled = true
                    break
                }
                let batch = Array(items[next..<batchEnd(from: next)])
                let parsed = parse(batch, parser: parser)
                // What the batch in flight stores is not analysed again for this one.
                let computed = try analyses(for: parsed, skipping: inFlight?.hashes ?? [], analyse: &analyse)
                if let landing = inFlight {
                    inFlight = nil
                    try land(landing)
                }
                // Cancelled meanwhile: this batch's analyses are dropped, its write not begun.
                if cancellation?.isCancelled == true {
                    report.cancelled = true
                    break
                }
                let pending = PendingWrite(batch: batch, start: next, parsed: parsed)
                pending.begin(on: writer) { [index, works] in
                    try Self.write(index: index, works: works, batch, from: pending.start, parsed, computed)
                }
                inFlight = pending
                next += batch.count
            }
        } catch {
            // No write outlives the update (the index may be closed after it).
            _ = inFlight?.wait()
            throw error
        }
        if let inFlight { try land(inFlight) }
        if !works.isEmpty || report.removedFiles > 0 {
            report.droppedAnalyses += try index.pool.write { db in
                try CorpusIndex.bumpGeneration(db)
                return try Self.dropUnused(db)
            }
        }
        return report
    }

    /// Where batches are written, one after the other, while the next one is analysed.
    private let writer = DispatchQueue(label: "kiosque.index.writer")

    /// A batch's transaction running on the writer queue; `wait` gives its outcome.
    final class PendingWrite: @unchecked Sendable {
        let batch: [Item]
        let start: Int
        let parsed: [Parsed]
        /// The contents this batch stores (found or analysed).
        let hashes: Set<ContentHash>
        private let group = DispatchGroup()
        /// Written once on the writer queue before `group` leaves, read after `wait`.
        private var outcome: Result<(works: [Work], analysed: Int), any Error>?

        init(batch: [Item], start: Int, parsed: [Parsed]) {
            self.batch = batch
            self.start = start
            self.parsed = parsed
            var hashes = Set<ContentHash>()
            for case .article(_, let hash) in parsed { hashes.insert(hash) }
            self.hashes = hashes
        }

        func begin(on queue: DispatchQueue, _ write: @escaping @Sendable () throws -> (works: [Work], analysed: Int)) {
            queue.async(group: group) { self.outcome = Result { try write() } }
        }

        func wait() -> Result<(works: [Work], analysed: Int), any Error> {
            group.wait()
            return outcome ?? .failure(Raced())
        }
    }

    /// Bytes of text a batch takes at most (one article larger than this is a batch of its own).
    static let batchBytes = 2_000_000

    /// Where the batch starting at `start` ends: at most `batchSize` articles and, past its first
    /// article, `batchBytes` of source text, so that a huge article (a 16 MB JSONL line takes
    /// seconds to analyse) never holds back the commit of the ordinary articles before it, and
    /// comes alone, its followers in the next batch.
    func batchEnd(from start: Int) -> Int {
        var end = start
        var bytes = 0
        while end < items.count, end - start < batchSize {
            let size = items[end].bytes.count
            if end > start, bytes + size > Self.batchBytes { break }
            bytes += size
            end += 1
        }
        return max(end, min(items.count, start + 1))
    }

    /// Hands back the mapped pages of JSONL files that no item from `next` on needs (items are
    /// in file order), so that a first index of a large file keeps a window of it resident.
    private func releaseRead(upTo next: Int) {
        guard let last = items[..<next].last else { return }
        let following = next < items.count ? items[next] : nil
        guard let mapped = works[last.work].mapped else { return }
        mapped.release(below: following?.work == last.work ? following?.bytes.lowerBound ?? mapped.count : mapped.count)
    }

    static func hash(_ article: Article, _ fingerprint: String) -> ContentHash {
        ContentHash([fingerprint, article.title, article.text])
    }

    // MARK: batches

    /// Reads and parses a batch on every core, with each article's content hash.
    private func parse(_ batch: [Item], parser: ArticleParser) -> [Parsed] {
        let sources = works.map { ($0.file, $0.data, $0.feed) }
        let fingerprint = analyser.fingerprint
        return ParallelMap.map(batch, chunkSize: 8) { item -> Parsed in
            let (file, data, feed) = sources[item.work]
            let result: Result<Article, LoadIssue>
            switch file.kind {
            case .jsonLines:
                guard let data else { return .issue(LoadIssue(location: SystemPath.display(file.path), reason: .fileNotMapped)) }
                result = JSONLReader(parser: parser).article(line: data[item.bytes], location: "\(SystemPath.display(file.path)):\(item.line)")
            case .feed:
                guard let feed, item.line >= 1, item.line <= feed.drafts.count else {
                    return .issue(LoadIssue(location: SystemPath.display(file.path), reason: .feedNotRead))
                }
                result = .success(MarkupFileReader(parser: parser).entry(feed, number: item.line, path: file.path))
            case .page:
                result = MarkupFileReader(parser: parser).readPage(path: file.path)
            case .text:
                result = TextFileReader(parser: parser).read(path: file.path)
            }
            switch result {
            case .success(let article): return .article(article, Self.hash(article, fingerprint))
            case .failure(let issue): return .issue(issue)
            }
        }
    }

    /// The analyses a batch needs: its articles' whose hash is neither stored yet nor in
    /// `skipping` (the batch being written meanwhile stores those), each content once, made on
    /// every core. The recogniser and the taxonomy are loaded once (`analyse`), and only when needed.
    private func analyses(for parsed: [Parsed], skipping: Set<ContentHash>,
                          analyse: inout (@Sendable (Article) -> ArticleAnalysis)?) throws -> [ContentHash: (ArticleAnalysis, SearchDocument)] {
        let existing = try index.pool.read { db in try Self.lookup(db, parsed) }
        var missing: [(article: Article, hash: ContentHash)] = []
        var hashes = skipping.union(existing.keys)
        for case .article(let article, let hash) in parsed where hashes.insert(hash).inserted {
            missing.append((article, hash))
        }
        guard !missing.isEmpty else { return [:] }
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
        var computed: [ContentHash: (ArticleAnalysis, SearchDocument)] = [:]
        for (hash, analysis, document) in results { computed[hash] = (analysis, document) }
        return computed
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
    /// Returns the files' resume points after the batch and the number of analyses stored.
    private static func write(index: CorpusIndex, works: [Work], _ batch: [Item], from start: Int, _ parsed: [Parsed],
                              _ computed: [ContentHash: (ArticleAnalysis, SearchDocument)]) throws -> (works: [Work], analysed: Int) {
        var works = works
        var analysed = 0
        let batchRange = start..<(start + batch.count)
        try index.pool.write { db in
            try CorpusIndex.bumpGeneration(db)
            let find = try db.cachedStatement(sql: "SELECT id, sectors FROM analysis WHERE hash = ?")
            let insertAnalysis = try db.cachedStatement(sql: """
                INSERT INTO analysis(hash, entities, sectors, paragraph_sectors) VALUES (?, ?, ?, ?)
                """)
            let insertText = try db.cachedStatement(sql: "INSERT INTO search_text(rowid, title, body) VALUES (?, ?, ?)")
            // Ids, titles, sources and urls may hold a NUL: bound whole (`WholeText`); the
            // catalogue reads them with their lengths.
            let text = WholeText.placeholder
            let insertArticle = try db.cachedStatement(sql: """
                INSERT OR REPLACE INTO article(source_id, ordinal, line, byte_start, byte_end, article_id, title, date,
                    publication, url, sectors, analysis_id) VALUES (?, ?, ?, ?, ?, \(text), \(text), ?, \(text), \(text), ?, ?)
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
                    for warning in article.warnings {
                        issues[item.work, default: ""] += StoredIssues.encodeWarning(line: item.line, reason: warning)
                    }
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
                        analysed += 1
                        try insertText.execute(arguments: [id, document.indexedTitle, document.indexedBody])
                    }
                    let work = works[item.work]
                    try insertArticle.execute(arguments: [
                        work.sourceID, work.count, item.line, item.bytes.lowerBound, item.bytes.upperBound,
                        WholeText.argument(article.id.rawValue), WholeText.argument(article.title),
                        Catalogue.pack(article.date),
                        WholeText.argument(article.source), WholeText.argument(article.url), sectors, id])
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
        return (works, analysed)
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
