import Foundation
import GRDB

/// One run's changes to the library, made inside the manifest's transaction: the batch files it
/// touches (read once, changed in memory) and the new ones, written as pending files before the
/// commit and renamed after it (`LibraryStore`).
struct LibraryPlan {
    let store: LibraryStore
    let run: String
    let now: Date
    /// Batch contents by `month/name`, read or made by this run.
    private var batches: [String: [LibraryBatch.Line]] = [:]
    private var changed: [String] = []
    private var fresh: String?
    private var freshCount = 0
    private var written: [(pending: String, final: String)] = []

    init(store: LibraryStore, run: String, now: Date) {
        self.store = store
        self.run = run
        self.now = now
    }

    /// Decides what `entry` is (update, another outlet's copy, unchanged, new) and records it.
    mutating func take(_ entry: LibraryEntry, db: Database, report: inout LibraryReport) throws {
        let keys = entry.keys
        var found: (id: String, own: Bool)?
        for key in keys {
            if let id = try LibraryManifest.article(key: key, db: db) {
                found = (id, key == keys.first && !key.hasPrefix("url:"))
                break
            }
        }
        let fingerprint = TextFingerprint(text: entry.draft.text)
        if found == nil, fingerprint.words >= TextFingerprint.minimumWords {
            for (id, other, feeds) in try LibraryManifest.candidates(fingerprint, db: db)
            where fingerprint.isNearIdentical(to: other) && !(entry.feed.map(feeds.contains) ?? false) {
                found = (id, false)
                break
            }
        }
        if let (id, own) = found, let (batch, index, stored) = try record(id, db: db) {
            var record = stored
            var touched = false
            if own {
                let incoming = Int64(bitPattern: CorpusIDs.fnv1a((entry.draft.title ?? "") + "\n" + entry.draft.text))
                if entry.updatesText, incoming != record.contentHash {
                    record.update(from: entry.draft, now: now)
                    report.updated.append(id)
                    touched = true
                } else {
                    report.unchanged += 1
                }
            } else {
                touched = record.addOutlet(entry.outlet, feed: entry.feed)
                if touched { report.merged += 1 } else { report.unchanged += 1 }
            }
            for key in keys where !record.keys.contains(key) {
                record.keys.append(key)
                touched = true
            }
            if touched {
                try replace(record, batch: batch, index: index, db: db)
            }
            return
        }
        let id = try uniqueID(for: entry, keys: keys, db: db)
        let record = LibraryRecord(id: id, draft: entry.draft, outlet: entry.outlet, feed: entry.feed, keys: keys, now: now)
        let batch = freshBatch()
        batches[batch, default: []].append(.record(record))
        freshCount += 1
        try LibraryManifest.save(record, batch: batch, fingerprint: fingerprint, db: db)
        report.added.append(id)
    }

    /// The record of article `id`: its batch, its line there, the record.
    private mutating func record(_ id: String, db: Database) throws -> (String, Int, LibraryRecord)? {
        guard let batch = try LibraryManifest.batch(of: id, db: db) else { return nil }
        if batches[batch] == nil {
            batches[batch] = LibraryBatch.read(store.articlesFolder.appendingPathComponent(batch))
        }
        guard let lines = batches[batch] else { return nil }
        for (index, line) in lines.enumerated() {
            if case .record(let record) = line, record.id == id { return (batch, index, record) }
        }
        return nil
    }

    private mutating func replace(_ record: LibraryRecord, batch: String, index: Int, db: Database) throws {
        batches[batch]?[index] = .record(record)
        if batch != fresh, !changed.contains(batch) { changed.append(batch) }
        try LibraryManifest.save(record, batch: batch, db: db)
    }

    /// The batch new articles go to: a new file once the current one is full.
    private mutating func freshBatch() -> String {
        if let fresh, freshCount < LibraryStore.batchSize { return fresh }
        let calendar = Calendar(identifier: .gregorian)
        let parts = calendar.dateComponents(in: TimeZone(identifier: "UTC") ?? .current, from: now)
        let month = String(format: "%04d-%02d", parts.year ?? 0, parts.month ?? 0)
        let stamp = String(format: "%04d%02d%02d-%02d%02d%02d", parts.year ?? 0, parts.month ?? 0, parts.day ?? 0,
                           parts.hour ?? 0, parts.minute ?? 0, parts.second ?? 0)
        var number = 1
        var name = "\(month)/\(stamp)-\(run)-\(number).jsonl"
        while batches[name] != nil {
            number += 1
            name = "\(month)/\(stamp)-\(run)-\(number).jsonl"
        }
        batches[name] = []
        changed.append(name)
        fresh = name
        freshCount = 0
        return name
    }

    /// An id free in the library: a feed entry's is its outlet and a hash of its first key
    /// (`lemonde-1a2b3c4d`), an imported article keeps its own; `-2`, `-3` when taken.
    private func uniqueID(for entry: LibraryEntry, keys: [String], db: Database) throws -> String {
        var base: String
        switch entry.origin {
        case .feed(let url, let outlet):
            // Both halves folded together: the upper half alone barely changes with the last bytes.
            let full = CorpusIDs.fnv1a(keys.first ?? entry.draft.text)
            let hash = String((full >> 32) ^ (full & 0xFFFF_FFFF), radix: 16)
            base = Self.slug(outlet ?? URL(string: url)?.host ?? "feed") + "-" + String(repeating: "0", count: max(0, 8 - hash.count)) + hash
        case .file:
            base = entry.draft.id ?? "article-" + String(CorpusIDs.fnv1a(entry.draft.text) >> 32, radix: 16)
        }
        var id = base
        var number = 1
        while try LibraryManifest.exists(id: id, db: db) {
            number += 1
            id = "\(base)-\(number)"
        }
        return id
    }

    /// Lower-case ASCII letters and digits of `text` (accents folded), words joined by `-`, at most 24.
    static func slug(_ text: String) -> String {
        var out = ""
        for scalar in Folding.fold(text).unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) {
                out.unicodeScalars.append(scalar)
            } else if !out.isEmpty, !out.hasSuffix("-") {
                out += "-"
            }
            if out.count >= 24 { break }
        }
        while out.hasSuffix("-") { out.removeLast() }
        return out.isEmpty ? "feed" : out
    }

    /// Writes every changed batch as a pending file (`.pending-<run>-<name>`), flushed to the disk.
    mutating func writePending() throws {
        for batch in changed {
            guard let lines = batches[batch], !lines.isEmpty else { continue }
            let target = store.articlesFolder.appendingPathComponent(batch)
            let pending = target.deletingLastPathComponent().appendingPathComponent(".pending-\(run)-\(target.lastPathComponent)")
            try AtomicFile.write(try LibraryBatch.data(lines), to: pending)
            written.append((pending.path, target.path))
        }
    }

    /// After the commit: the pending files renamed into place, the folders flushed.
    func finish() {
        var folders = Set<String>()
        for (pending, final) in written {
            rename(pending, final)
            folders.insert((final as NSString).deletingLastPathComponent)
        }
        for folder in folders {
            let fd = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
            if fd >= 0 {
                _ = fsync(fd)
                close(fd)
            }
        }
    }
}
