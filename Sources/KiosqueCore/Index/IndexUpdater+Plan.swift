import Foundation
import GRDB

/// Planning an update: which files to read and from where, which files are gone.
extension IndexUpdater {
    static func knownSources(_ db: Database) throws -> [String: Known] {
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

    /// The `source.kind` column: 0 text, 1 JSONL, 2 feed, 3 page (a file read as another kind
    /// than last time is read again).
    static func kindNumber(_ kind: FileKind) -> Int {
        switch kind {
        case .text: return 0
        case .jsonLines: return 1
        case .feed: return 2
        case .page: return 3
        }
    }

    /// Decides which files to read and from where, and lists their articles to read.
    mutating func plan(known: [String: Known], parser: ArticleParser, report: inout IndexUpdateReport) {
        var seen = Set<String>()
        for file in files.files where seen.insert(file.absolutePath).inserted {
            guard let identity = SourceIdentity.of(path: file.absolutePath) else {
                report.issues.append(LoadIssue(location: SystemPath.display(file.path), reason: .noSizeAndDate))
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
            case .text, .page:
                items.append(Item(work: works.count, line: 0, bytes: 0..<Int(identity.size)))
            case .feed:
                // The feed is parsed here, once; its entries are the items (from where an
                // interrupted update stopped). A feed that cannot be read is the file's issue.
                switch MarkupFileReader(parser: parser).feed(path: file.absolutePath, cache: nil) {
                case .failure(let issue):
                    (work.restart, work.count, work.doneBytes, work.doneLine) = (true, 0, 0, 0)
                    work.fileIssue = issue.reason
                case .success(let feed):
                    work.feed = feed
                    for number in stride(from: work.doneLine + 1, through: feed.drafts.count, by: 1) {
                        let size = feed.drafts[number - 1].text.utf8.count + (feed.drafts[number - 1].title?.utf8.count ?? 0)
                        items.append(Item(work: works.count, line: number, bytes: 0..<size))
                    }
                }
            case .jsonLines:
                let mapped: MappedFile
                do {
                    mapped = try MappedFile(path: file.absolutePath)
                } catch {
                    report.issues.append(LoadIssue(location: SystemPath.display(file.path), reason: FileErrorReason.reason(error)))
                    continue
                }
                work.data = mapped.data
                work.mapped = mapped
                let lines = Self.lines(in: mapped.data, from: work.doneBytes, firstLine: work.doneLine,
                                       release: { mapped.release(below: $0) })
                mapped.startOver()
                for line in lines { items.append(Item(work: works.count, line: line.number, bytes: line.bytes)) }
                if lines.isEmpty && work.restart { work.fileIssue = .emptyFile }
            }
            work.lastItem = items.count > first ? items.count - 1 : nil
            works.append(work)
        }
    }

    /// Non-blank lines of `data` from byte `start`, numbered after `firstLine` (as `JSONLReader`);
    /// `release` is told every 32 MB how far the scan went (its pages can be handed back).
    static func lines(in data: Data, from start: Int, firstLine: Int,
                      release: ((Int) -> Void)? = nil) -> [(number: Int, bytes: Range<Int>)] {
        data.withUnsafeBytes { raw -> [(number: Int, bytes: Range<Int>)] in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: UInt8.self) else { return [] }
            let count = raw.count
            var out: [(number: Int, bytes: Range<Int>)] = []
            var number = firstLine
            var position = max(0, start)
            var nextRelease = position + (32 << 20)
            release?(position)
            while position < count {
                if position >= nextRelease {
                    release?(position)
                    nextRelease = position + (32 << 20)
                }
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
            release?(count)
            return out
        }
    }

    /// One transaction: removes files gone from the folders given, and marks every file to read
    /// as incomplete with its new identity (a file without articles is complete at once).
    mutating func prepare(known: [String: Known]) throws -> Int {
        let walked = Set(files.files.map(\.absolutePath))
        let roots = files.roots
        let removed = known.filter { path, _ in
            !walked.contains(path) && roots.contains { path == $0 || path.hasPrefix($0.hasSuffix("/") ? $0 : $0 + "/") }
        }
        let fingerprint = analyser.fingerprint
        let works = self.works
        // Nothing to change: no write, so the index's generation (and its catalogue snapshot) stays.
        guard !works.isEmpty || !removed.isEmpty else { return 0 }
        let ids: [Int64] = try index.pool.write { db in
            try CorpusIndex.bumpGeneration(db)
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
}
