import Foundation

/// The catalogue as it was last read, kept beside the index (`catalogue.snapshot`) and read back
/// in one pass: at 100,000 articles SQLite's row loop took most of a warm open, a snapshot read is
/// a few copies of flat arrays. A cache of the cache: used only when its key matches the index's
/// instance and generation (bumped in every transaction that changes the index:
/// `CorpusIndex.bumpGeneration`) and the files walked now (paths and kinds); anything else
/// (another key, a short or damaged file, another format) reads the index instead and writes
/// the snapshot again.
enum CatalogueSnapshot {
    static let fileName = "catalogue.snapshot"
    static let format = "kiosque-catalogue-1"
    private static let end: UInt32 = 0x454E_4421

    /// The key of a catalogue of `files` at index generation `generation`.
    static func key(generation: String, files: CorpusFiles) -> String {
        let hash = CorpusIDs.fnv1a(files.files.map { "\($0.path)\n\($0.absolutePath)\n\(IndexUpdater.kindNumber($0.kind))\n" }.joined())
        return "\(format)|\(generation)|\(files.files.count)|\(String(hash, radix: 16))"
    }

    // MARK: Writing

    /// Writes the snapshot (a temporary file renamed over the old one; no flush: it is a cache,
    /// and a torn file fails its end mark). Failures are ignored: the index is still there.
    static func write(_ catalogue: Catalogue, key: String, files: CorpusFiles, to url: URL) {
        var out = Writer()
        out.string(key)
        out.int(catalogue.sectorCount)
        out.int(catalogue.incompleteFiles)
        out.strings(catalogue.ids.map(\.rawValue))
        out.packed(catalogue.titles)
        out.packed(catalogue.urls)
        out.raw(catalogue.dates)
        out.raw(catalogue.publicationIndexes)
        out.strings(catalogue.publications)
        out.raw(catalogue.fileIndexes)
        out.int(catalogue.files.count)
        for file in catalogue.files {
            out.string(file.path)
            out.string(file.absolutePath)
            out.int(IndexUpdater.kindNumber(file.kind))
        }
        out.raw(catalogue.lines)
        out.raw(catalogue.byteStarts)
        out.raw(catalogue.byteEnds)
        out.raw(catalogue.levels)
        out.raw(catalogue.scores)
        out.raw(catalogue.analysisIDs)
        out.raw(catalogue.byAnalysis.map(\.analysis))
        out.raw(catalogue.byAnalysis.map(\.position))
        out.raw(catalogue.analysisHighWater)
        out.raw(catalogue.fileStarts)
        let qualified = catalogue.sourceIDs.sorted { $0.key < $1.key }
        out.raw(qualified.map(\.key))
        out.strings(qualified.map(\.value.rawValue))
        out.int(catalogue.duplicateIDs.count)
        for duplicate in catalogue.duplicateIDs {
            out.strings([duplicate.sourceID, duplicate.location, duplicate.first, duplicate.assigned])
        }
        // Problems of the files as stored in the index (the walk's own come from `files`).
        let stored = Array(catalogue.issues.dropFirst(files.issues.count))
        out.strings(stored.map(\.location))
        out.strings(stored.map(\.reason))
        out.strings(catalogue.warnings.map(\.location))
        out.strings(catalogue.warnings.map(\.reason))
        out.raw([end])
        let folder = url.deletingLastPathComponent()
        removeAbandoned(in: folder)
        let temporary = folder.appendingPathComponent(".\(fileName).partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        guard FileManager.default.createFile(atPath: temporary.path, contents: out.data, attributes: [.posixPermissions: 0o600]) else { return }
        if rename(temporary.path, url.path) != 0 { unlink(temporary.path) }
    }

    /// Removes the partial snapshots of processes that died while writing one (their pid is in
    /// the name).
    static func removeAbandoned(in folder: URL) {
        let prefix = ".\(fileName).partial-"
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(prefix) {
            guard let pid = name.dropFirst(prefix.count).split(separator: "-").first.flatMap({ pid_t($0) }), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    // MARK: Reading

    /// The catalogue of the snapshot at `url` when its key is `key`, else nil.
    static func read(_ url: URL, key: String, files: CorpusFiles) -> Catalogue? {
        guard let data = try? Data(contentsOf: url, options: .alwaysMapped) else { return nil }
        return data.withUnsafeBytes { raw -> Catalogue? in
            var input = Reader(raw)
            guard input.string() == key else { return nil }
            var catalogue = Catalogue()
            catalogue.sectorCount = input.int()
            catalogue.incompleteFiles = input.int()
            catalogue.ids = input.strings().map(ArticleID.init)
            catalogue.titles = input.packed()
            catalogue.urls = input.packed()
            catalogue.dates = input.array()
            catalogue.publicationIndexes = input.array()
            catalogue.publications = input.strings()
            catalogue.fileIndexes = input.array()
            let fileCount = input.int()
            guard fileCount >= 0, fileCount <= 10_000_000 else { return nil }
            for _ in 0..<fileCount {
                let path = input.string(), absolute = input.string(), number = input.int()
                let kinds: [FileKind] = [.text, .jsonLines, .feed, .page]
                guard let kind = kinds.first(where: { IndexUpdater.kindNumber($0) == number }) else { return nil }
                catalogue.files.append(CorpusFiles.File(path: path, absolutePath: absolute, kind: kind))
            }
            catalogue.lines = input.array()
            catalogue.byteStarts = input.array()
            catalogue.byteEnds = input.array()
            catalogue.levels = input.array()
            catalogue.scores = input.array()
            catalogue.analysisIDs = input.array()
            let analyses: [Int64] = input.array()
            let positions: [Int32] = input.array()
            catalogue.byAnalysis = zip(analyses, positions).map { (analysis: $0, position: $1) }
            catalogue.analysisHighWater = input.array()
            catalogue.fileStarts = input.array()
            let qualifiedPositions: [Int32] = input.array()
            let qualifiedIDs = input.strings()
            for (position, id) in zip(qualifiedPositions, qualifiedIDs) { catalogue.sourceIDs[position] = ArticleID(id) }
            let duplicates = input.int()
            guard duplicates >= 0, duplicates <= 10_000_000 else { return nil }
            for _ in 0..<duplicates {
                let parts = input.strings()
                guard parts.count == 4 else { return nil }
                catalogue.duplicateIDs.append(CorpusIDs.Duplicate(sourceID: parts[0], location: parts[1], first: parts[2], assigned: parts[3]))
            }
            let issueLocations = input.strings(), issueReasons = input.strings()
            let warningLocations = input.strings(), warningReasons = input.strings()
            let mark: [UInt32] = input.array()
            let n = catalogue.ids.count
            guard !input.failed, mark == [end], catalogue.titles.count == n, catalogue.urls.count == n, catalogue.dates.count == n,
                  catalogue.publicationIndexes.count == n, catalogue.fileIndexes.count == n, catalogue.lines.count == n,
                  catalogue.byteStarts.count == n, catalogue.byteEnds.count == n, catalogue.analysisIDs.count == n,
                  catalogue.levels.count == n * catalogue.sectorCount, catalogue.scores.count == n * catalogue.sectorCount,
                  catalogue.fileIndexes.allSatisfy({ $0 >= 0 && Int($0) < fileCount }),
                  catalogue.publicationIndexes.allSatisfy({ $0 >= -1 && Int($0) < catalogue.publications.count }),
                  catalogue.fileStarts.count == fileCount + 1, catalogue.analysisHighWater.count == n, positions.count == n
            else { return nil }
            catalogue.issues = files.issues + zip(issueLocations, issueReasons).map { LoadIssue(location: $0, reason: $1) }
            catalogue.warnings = zip(warningLocations, warningReasons).map { LoadIssue(location: $0, reason: $1) }
            catalogue.skipped = files.skipped
            catalogue.numberFiles()
            return catalogue
        }
    }

    // MARK: Bytes

    private struct Writer {
        var data = Data()

        mutating func int(_ value: Int) { raw([Int64(value)]) }

        mutating func raw<T: BitwiseCopyable>(_ values: [T]) {
            var count = Int64(values.count)
            withUnsafeBytes(of: &count) { data.append(contentsOf: $0) }
            values.withUnsafeBytes { data.append(contentsOf: $0) }
        }

        mutating func bytes(_ values: [UInt8]) { raw(values) }

        mutating func string(_ value: String) { bytes(Array(value.utf8)) }

        /// Strings as one buffer and their ends.
        mutating func strings(_ values: [String]) {
            var packed = PackedStrings()
            for value in values { packed.append(value) }
            self.packed(packed)
        }

        mutating func packed(_ strings: PackedStrings) {
            raw(strings.bytes)
            raw(strings.ends)
        }
    }

    /// Reads what `Writer` wrote; a read past the end sets `failed` and gives empty values.
    private struct Reader {
        let buffer: UnsafeRawBufferPointer
        var position = 0
        var failed = false

        init(_ buffer: UnsafeRawBufferPointer) { self.buffer = buffer }

        mutating func count(of size: Int) -> Int? {
            guard position + 8 <= buffer.count else {
                failed = true
                return nil
            }
            var count: Int64 = 0
            withUnsafeMutableBytes(of: &count) { $0.copyMemory(from: UnsafeRawBufferPointer(rebasing: buffer[position..<(position + 8)])) }
            position += 8
            guard count >= 0, count <= Int64((buffer.count - position) / max(1, size)) else {
                failed = true
                return nil
            }
            return Int(count)
        }

        mutating func array<T: BitwiseCopyable>() -> [T] {
            let size = MemoryLayout<T>.stride
            guard let count = count(of: size) else { return [] }
            let bytes = count * size
            let source = UnsafeRawBufferPointer(rebasing: buffer[position..<(position + bytes)])
            let values = [T](unsafeUninitializedCapacity: count) { target, initialized in
                UnsafeMutableRawBufferPointer(target).copyMemory(from: source)
                initialized = count
            }
            position += bytes
            return values
        }

        mutating func int() -> Int {
            let values: [Int64] = array()
            guard values.count == 1 else {
                failed = true
                return 0
            }
            return Int(values[0])
        }

        mutating func string() -> String {
            let bytes: [UInt8] = array()
            return String(decoding: bytes, as: UTF8.self)
        }

        mutating func packed() -> PackedStrings {
            var strings = PackedStrings()
            strings.bytes = array()
            strings.ends = array()
            guard strings.ends.last.map({ $0 == strings.bytes.count }) ?? strings.bytes.isEmpty,
                  zip(strings.ends, strings.ends.dropFirst()).allSatisfy({ $0 <= $1 }), strings.ends.first.map({ $0 >= 0 }) ?? true else {
                failed = true
                return PackedStrings()
            }
            return strings
        }

        mutating func strings() -> [String] {
            let packed = packed()
            return (0..<packed.count).map { packed[$0] }
        }
    }
}
