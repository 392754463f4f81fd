import Foundation

/// The catalogue as it was last read, kept beside the index (`catalogue.snapshot`) and read back
/// in one pass: at 100,000 articles SQLite's row loop took most of a warm open, a snapshot read is
/// a few copies of flat arrays. A cache of the cache: used only when its key matches the index's
/// instance and generation (bumped in every transaction that changes the index:
/// `CorpusIndex.bumpGeneration`) and the files walked now (paths and kinds); anything else
/// (another key, a short or damaged file, another format) reads the index instead and writes
/// the snapshot again.
enum CatalogueSnapshot {
    /// Format 3: format 2 (issue 17: mapped and read in place, with the newest-first order and
    /// the sector counts) with problems stored as `LoadReason.stored` codes, not English text.
    /// Each format has its own name, and `write` removes the older ones: a reader of each format
    /// would otherwise write the shared file again at every opening.
    static let fileName = "catalogue-3.snapshot"
    static let format = "kiosque-catalogue-3"
    /// Names of earlier formats, removed when a snapshot is written.
    static let legacyFileNames = ["catalogue.snapshot", "catalogue-2.snapshot"]
    private static let end: UInt32 = 0x454E_4421

    /// The key of a catalogue of `files` at index generation `generation`.
    static func key(generation: String, files: CorpusFiles) -> String {
        let hash = CorpusIDs.fnv1a(files.files.map { "\($0.path)\n\($0.absolutePath)\n\(IndexUpdater.kindNumber($0.kind))\n" }.joined())
        return "\(format)|\(generation)|\(files.files.count)|\(String(hash, radix: 16))"
    }

    // MARK: Writing

    /// Writes the snapshot (a temporary file renamed over the old one; a torn file fails its end
    /// mark), streamed a few megabytes at a time, then written out and cached again in small
    /// pages (`MappedFile.recacheInSmallPages`: not for safety, it is a cache, but so that its
    /// readers map a few pages per row, not 2 MB). `waitForPages`: wait until the pages are
    /// back (the reader, which maps the snapshot next and shows its rows; not the commands, which
    /// do not map it: the kernel finishes on its own). The newest-first order and the sector
    /// counts are computed here if the catalogue lacks them. Failures are ignored: the index is
    /// still there.
    static func write(_ catalogue: Catalogue, key: String, files: CorpusFiles, to url: URL, waitForPages: Bool) {
        let folder = url.deletingLastPathComponent()
        removeAbandoned(in: folder)
        for legacy in legacyFileNames { unlink(folder.appendingPathComponent(legacy).path) }
        let temporary = folder.appendingPathComponent(".\(fileName).partial-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        guard FileManager.default.createFile(atPath: temporary.path, contents: nil, attributes: [.posixPermissions: 0o600]),
              let handle = try? FileHandle(forWritingTo: temporary) else { return }
        var out = Writer(handle: handle)
        out.string(key)
        out.int(catalogue.sectorCount)
        out.int(catalogue.incompleteFiles)
        out.packed(catalogue.ids.strings)
        out.packed(catalogue.titles)
        out.packed(catalogue.urls)
        out.column(catalogue.dates)
        out.column(catalogue.publicationIndexes)
        out.strings(catalogue.publications)
        out.column(catalogue.fileIndexes)
        out.int(catalogue.files.count)
        for file in catalogue.files {
            out.string(file.path)
            out.string(file.absolutePath)
            out.int(IndexUpdater.kindNumber(file.kind))
        }
        out.column(catalogue.lines)
        out.column(catalogue.byteStarts)
        out.column(catalogue.byteEnds)
        out.column(catalogue.levels)
        out.column(catalogue.scores)
        out.column(catalogue.analysisIDs)
        out.column(catalogue.byAnalysisIDs)
        out.column(catalogue.byAnalysisPositions)
        out.column(catalogue.analysisHighWater)
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
        out.strings(stored.map(\.reason.stored))
        out.strings(catalogue.warnings.map(\.location))
        out.strings(catalogue.warnings.map(\.reason.stored))
        // What the first screen needs over every row: the default order and the counts.
        let newest = catalogue.ordering(.newest)
        out.raw(newest.positions.map { Int32(truncatingIfNeeded: $0) })
        out.column(newest.ranks)
        let counts = catalogue.sectorCounts()
        out.raw(counts.map { Int64($0.about) })
        out.raw(counts.map { Int64($0.central) })
        out.raw([end])
        let written = out.finish()
        if written, let length = try? handle.offset() {
            MappedFile.recacheInSmallPages(descriptor: handle.fileDescriptor, length: Int(length), wait: waitForPages ? .seconds(10) : .zero)
        }
        try? handle.close()
        guard written else {
            unlink(temporary.path)
            return
        }
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

    /// The catalogue of the snapshot at `url` when its key is `key`, else nil. The file stays
    /// mapped while the catalogue (or a copy) lives: its columns are read in place (`Column`).
    /// The file is replaced by a rename, never written in place, so a mapping stays valid.
    static func read(_ url: URL, key: String, files: CorpusFiles) -> Catalogue? {
        guard let file = try? MappedFile(path: url.path), file.baseAddress != nil else { return nil }
        file.adviseRandomReads()
        var input = Reader(file)
        guard input.string() == key else { return nil }
        var catalogue = Catalogue()
        catalogue.sectorCount = input.int()
        catalogue.incompleteFiles = input.int()
        catalogue.ids.strings = input.packed()
        catalogue.titles = input.packed()
        catalogue.urls = input.packed()
        catalogue.dates = input.column()
        catalogue.publicationIndexes = input.column()
        catalogue.publications = input.strings()
        catalogue.fileIndexes = input.column()
        let fileCount = input.int()
        guard fileCount >= 0, fileCount <= 10_000_000 else { return nil }
        for _ in 0..<fileCount {
            let path = input.string(), absolute = input.string(), number = input.int()
            let kinds: [FileKind] = [.text, .jsonLines, .feed, .page]
            guard let kind = kinds.first(where: { IndexUpdater.kindNumber($0) == number }) else { return nil }
            catalogue.files.append(CorpusFiles.File(path: path, absolutePath: absolute, kind: kind))
        }
        catalogue.lines = input.column()
        catalogue.byteStarts = input.column()
        catalogue.byteEnds = input.column()
        catalogue.levels = input.column()
        catalogue.scores = input.column()
        catalogue.analysisIDs = input.column()
        catalogue.byAnalysisIDs = input.column()
        catalogue.byAnalysisPositions = input.column()
        catalogue.analysisHighWater = input.column()
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
        let newestPositions: Column<Int32> = input.column()
        let newestRanks: Column<Int32> = input.column()
        let about: [Int64] = input.array(), central: [Int64] = input.array()
        let mark: [UInt32] = input.array()
        let n = catalogue.ids.count
        // The columns checked below are read whole: ahead, in small pages.
        for column in [catalogue.fileIndexes, catalogue.publicationIndexes, catalogue.byAnalysisPositions, newestPositions, newestRanks] {
            column.willScan()
        }
        // Every number used as an index is checked (a few passes over 4-byte columns); string
        // ends are not: a damaged one gives a wrong string, never a read outside the file.
        guard !input.failed, mark == [end], catalogue.titles.count == n, catalogue.urls.count == n, catalogue.dates.count == n,
              catalogue.publicationIndexes.count == n, catalogue.fileIndexes.count == n, catalogue.lines.count == n,
              catalogue.byteStarts.count == n, catalogue.byteEnds.count == n, catalogue.analysisIDs.count == n,
              catalogue.levels.count == n * catalogue.sectorCount, catalogue.scores.count == n * catalogue.sectorCount,
              catalogue.fileIndexes.allSatisfy({ $0 >= 0 && Int($0) < fileCount }),
              catalogue.publicationIndexes.allSatisfy({ $0 >= -1 && Int($0) < catalogue.publications.count }),
              catalogue.fileStarts.count == fileCount + 1, catalogue.analysisHighWater.count == n,
              catalogue.byAnalysisIDs.count == n, catalogue.byAnalysisPositions.count == n,
              catalogue.byAnalysisPositions.allSatisfy({ $0 >= 0 && Int($0) < n }),
              newestPositions.count == n, newestRanks.count == n,
              newestPositions.allSatisfy({ $0 >= 0 && Int($0) < n }), newestRanks.allSatisfy({ $0 >= 0 && Int($0) < n }),
              about.count == catalogue.sectorCount, central.count == catalogue.sectorCount
        else { return nil }
        catalogue.issues = files.issues + zip(issueLocations, issueReasons).map { LoadIssue(location: $0, reason: LoadReason(stored: $1)) }
        catalogue.warnings = zip(warningLocations, warningReasons).map { LoadIssue(location: $0, reason: LoadReason(stored: $1)) }
        catalogue.skipped = files.skipped
        catalogue.numberFiles()
        catalogue.cachedOrdering = CatalogueOrdering(order: .newest, positions: newestPositions.map { Int($0) }, ranks: newestRanks)
        catalogue.cachedSectorCounts = zip(about, central).map { SectorCount(about: Int($0), central: Int($1)) }
        return catalogue
    }

    // MARK: Bytes

    /// Appends to a file a few megabytes at a time; `finish` writes the rest and says whether
    /// every write went through.
    private struct Writer {
        let handle: FileHandle
        var data = Data()
        var failed = false

        init(handle: FileHandle) { self.handle = handle }

        private mutating func flush(over limit: Int) {
            guard data.count > limit, !failed else { return }
            do { try handle.write(contentsOf: data) } catch { failed = true }
            data.removeAll(keepingCapacity: true)
        }

        mutating func finish() -> Bool {
            flush(over: 0)
            return !failed
        }

        mutating func int(_ value: Int) { raw([Int64(value)]) }

        mutating func bytes(_ raw: UnsafeRawBufferPointer, count: Int) {
            var count = Int64(count)
            withUnsafeBytes(of: &count) { data.append(contentsOf: $0) }
            var offset = 0
            while offset < raw.count {
                let piece = min(raw.count - offset, 4 << 20)
                data.append(contentsOf: UnsafeRawBufferPointer(rebasing: raw[offset..<(offset + piece)]))
                offset += piece
                flush(over: 4 << 20)
            }
        }

        mutating func raw<T: BitwiseCopyable>(_ values: [T]) {
            values.withUnsafeBytes { bytes($0, count: values.count) }
        }

        mutating func column<T: BitwiseCopyable>(_ values: Column<T>) {
            values.withUnsafeBytes { bytes($0, count: values.count) }
        }

        mutating func string(_ value: String) { raw(Array(value.utf8)) }

        /// Strings as one buffer and their ends.
        mutating func strings(_ values: [String]) {
            var packed = PackedStrings()
            for value in values { packed.append(value) }
            self.packed(packed)
        }

        mutating func packed(_ strings: PackedStrings) {
            column(strings.bytes)
            column(strings.ends)
        }
    }

    /// Reads what `Writer` wrote; a read past the end sets `failed` and gives empty values.
    private struct Reader {
        let file: MappedFile
        let buffer: UnsafeRawBufferPointer
        var position = 0
        var failed = false

        init(_ file: MappedFile) {
            self.file = file
            buffer = UnsafeRawBufferPointer(start: file.baseAddress, count: file.count)
        }

        mutating func count(of size: Int) -> Int? {
            guard position + 8 <= buffer.count else {
                failed = true
                return nil
            }
            let count = buffer.loadUnaligned(fromByteOffset: position, as: Int64.self)
            position += 8
            guard count >= 0, count <= Int64((buffer.count - position) / max(1, size)) else {
                failed = true
                return nil
            }
            return Int(count)
        }

        /// A column read in place.
        mutating func column<T: BitwiseCopyable>() -> Column<T> {
            guard let count = count(of: MemoryLayout<T>.stride) else { return Column() }
            defer { position += count * MemoryLayout<T>.stride }
            return Column(mapping: file, offset: position, count: count)
        }

        /// A small array, copied.
        mutating func array<T: BitwiseCopyable>() -> [T] { Array(column() as Column<T>) }

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
            strings.bytes = column()
            strings.ends = column()
            guard strings.ends.last.map({ $0 == strings.bytes.count }) ?? strings.bytes.isEmpty else {
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
