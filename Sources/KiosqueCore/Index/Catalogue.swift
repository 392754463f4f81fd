import Foundation

/// Every article of an opened corpus, in corpus order, as summaries held in flat arrays: what the
/// list shows for 100,000 articles without holding a single article text.
///
/// Positions (0..<count) are the list's rows in corpus order, the same order as `ArticleFiles.load`.
public struct Catalogue: Sendable {
    public internal(set) var ids = PackedIDs()
    public internal(set) var titles = PackedStrings()
    /// Each article's link, empty when none (`url(at:)`).
    var urls = PackedStrings()
    /// `ArticleDate.packed` (ordered as the dates are), 0 when none.
    var dates = Column<Int64>()
    /// Index into `publications`, -1 when none.
    var publicationIndexes = Column<Int32>()
    var publications: [String] = []
    /// Index into `files`.
    var fileIndexes = Column<Int32>()
    var files: [CorpusFiles.File] = []
    var lines = Column<Int32>()
    var byteStarts = Column<Int64>()
    var byteEnds = Column<Int64>()
    /// `sectorCount` levels per article, flat.
    var levels = Column<UInt8>()
    var scores = Column<Float>()
    /// The analysis of each article (its full-text row id).
    public internal(set) var analysisIDs = Column<Int64>()
    /// (analysis id, position) pairs sorted, as two columns: map full-text results to positions.
    var byAnalysisIDs = Column<Int64>()
    var byAnalysisPositions = Column<Int32>()
    /// The largest analysis id at or before each position. Analyses are numbered as articles are
    /// first indexed, so this grows with the corpus order (articles with the content of an
    /// earlier one share its analysis and do not raise it): `firstPositions(upToAnalysis:)`.
    var analysisHighWater = Column<Int64>()
    var publicationNumbers: [String: Int32] = [:]
    /// Publication numbers by the FNV-1a 64 of their UTF-8 bytes, checked against
    /// `publicationUTF8`: a row's publication is found without making a string and its hash
    /// (NFC-normalised when not ASCII), which cost a quarter of the catalogue read.
    var publicationsByHash: [UInt64: Int32] = [:]
    var publicationUTF8: [[UInt8]] = []
    /// First position of each file, plus `count` at the end (files are contiguous in corpus order).
    var fileStarts: [Int32] = []
    /// Index into `files` by walked path, and by the path as shown (`SystemPath.display`, what a
    /// location holds) when a name that is not UTF-8 makes them differ (filled by `finish`).
    var fileNumbers: [String: Int32] = [:]
    /// The source id (file name or JSONL `id`) of the few articles whose id had to be qualified
    /// to be unique (`CorpusIDs`), by position.
    var sourceIDs: [Int32: ArticleID] = [:]
    /// Ids found twice in one JSONL file (each later one got a qualified id): warnings for the user.
    public internal(set) var duplicateIDs: [CorpusIDs.Duplicate] = []

    /// What the reader names in its status line: `issues`, then each duplicate JSONL id (read,
    /// but worth a word: the later line has another id than its file says), then `warnings`.
    public var problems: [LoadIssue] {
        issues + duplicateIDs.map(\.issue) + warnings + SkippedFiles.issues(skipped)
    }
    /// The newest-first order and the counts per sector as the snapshot stored them (nil: computed
    /// when asked, `ordering(_:)` and `sectorCounts()`): the first screen of a million articles
    /// then neither sorts nor counts. Dropped by `finish`.
    var cachedOrdering: CatalogueOrdering?
    var cachedSectorCounts: [SectorCount]?
    /// Position of each id, built on the first `position(of:)` (a new one by each `finish`).
    var positionsByID = IDPositions()

    /// Sectors per article (the taxonomy's size when the index was built).
    public internal(set) var sectorCount = 0
    /// Lines of the sources that could not be read, and paths that could not be walked.
    public var issues: [LoadIssue] = []
    /// Articles read with a warning (`Article.warnings`: a date not understood), in corpus order.
    public var warnings: [LoadIssue] = []
    /// Files found in folders that are not articles (`CorpusFiles.skipped`): named in `problems`.
    public var skipped: [String] = []
    /// Files of the corpus whose articles are not all in the index yet (an update is running or
    /// was interrupted): the catalogue is partial.
    public var incompleteFiles = 0

    public init() {}

    public var count: Int { ids.count }
    public var isEmpty: Bool { ids.isEmpty }

    /// The catalogue snapshot whose columns this catalogue reads in place (all share one
    /// mapping), nil when they are in memory.
    var snapshotFile: MappedFile? { ids.strings.ends.mapping }

    /// The summary at a position.
    public subscript(position: Int) -> ArticleSummary {
        ArticleSummary(id: ids[position], title: titles[position], date: date(at: position),
                       source: source(at: position), place: place(at: position),
                       sectorLevels: sectorLevels(at: position), sectorScores: sectorScores(at: position),
                       url: url(at: position))
    }

    /// The article's link as the input gives it (not checked), nil when none.
    public func url(at position: Int) -> String? {
        let url = urls[position]
        return url.isEmpty ? nil : url
    }

    public func date(at position: Int) -> ArticleDate? { Self.unpack(dates[position]) }

    /// The date as stored (`ArticleDate.packed`, ordered as dates are), 0 when none: a sort key.
    func packedDate(at position: Int) -> Int64 { dates[position] }

    /// The article's publication as an index into `publicationNames`, -1 when none.
    func publicationIndex(at position: Int) -> Int { Int(publicationIndexes[position]) }

    /// Every publication (source) of the catalogue, once each.
    var publicationNames: [String] { publications }

    public func source(at position: Int) -> String? {
        let index = Int(publicationIndexes[position])
        return index >= 0 ? publications[index] : nil
    }

    public func place(at position: Int) -> ArticlePlace {
        let file = files[Int(fileIndexes[position])]
        return ArticlePlace(path: file.path, kind: file.kind, line: Int(lines[position]),
                            bytes: Int(byteStarts[position])..<Int(byteEnds[position]))
    }

    public func location(at position: Int) -> String { place(at: position).location }

    public func sectorLevel(at position: Int, sector: Int) -> SectorLevel {
        guard sector < sectorCount else { return .absent }
        return SectorLevel(rawValue: Int(levels[position * sectorCount + sector])) ?? .absent
    }

    public func sectorLevels(at position: Int) -> [SectorLevel] {
        (0..<sectorCount).map { sectorLevel(at: position, sector: $0) }
    }

    public func sectorScores(at position: Int) -> [Double] {
        (0..<sectorCount).map { Double(scores[position * sectorCount + $0]) }
    }

    /// The article's score for one sector (0 when the index has no such sector).
    public func sectorScore(at position: Int, sector: Int) -> Float {
        guard sector < sectorCount else { return 0 }
        return scores[position * sectorCount + sector]
    }

    /// What the article's source calls it (its file name without extension, or its JSONL `id`):
    /// its id unless that had to be qualified to be unique in the corpus.
    public func sourceID(at position: Int) -> ArticleID { sourceIDs[Int32(position)] ?? ids[position] }

    /// The positions of the articles `id` may mean: the one with that id, else those whose
    /// source id it is (a name typed as in the file, `x` for `a/x` and `b/x`), in corpus order.
    public func positions(named id: ArticleID) -> [Int] {
        if let exact = position(of: id) { return [exact] }
        return sourceIDs.filter { $0.value == id }.map { Int($0.key) }.sorted()
    }

    /// The position of the article with this id, the first one in corpus order when several
    /// share it; nil when the catalogue has none. State names articles by id and asks for
    /// positions here, so a refresh that moves articles needs no remapping.
    /// The table is built on the first call, not when the catalogue is read, so that the first
    /// screen does not wait for it.
    public func position(of id: ArticleID) -> Int? { positionsByID.position(of: id, in: ids) }

    /// The position of the article read from `path` (as walked) at JSONL `line` (0 for a text
    /// file), nil when the catalogue has none: a binary search among that file's articles.
    public func position(path: String, line: Int) -> Int? {
        guard let file = fileNumbers[path].map(Int.init), file + 1 < fileStarts.count else { return nil }
        var low = Int(fileStarts[file]), high = Int(fileStarts[file + 1])
        while low < high {
            let mid = (low + high) / 2
            if Int(lines[mid]) < line { low = mid + 1 } else { high = mid }
        }
        return low < Int(fileStarts[file + 1]) && Int(lines[low]) == line ? low : nil
    }

    /// The position of the article at `location` (`path`, `path:line` or `path#N`, as
    /// `Article.location` writes it) whose id is `id`, nil when the catalogue has none.
    public func position(location: String, id: ArticleID) -> Int? {
        var candidates = [(location, 0)]
        for separator in [Character(":"), Character("#")] {
            if let mark = location.lastIndex(of: separator), let line = Int(location[location.index(after: mark)...]) {
                candidates.insert((String(location[..<mark]), line), at: 0)
            }
        }
        for (path, line) in candidates {
            if let position = position(path: path, line: line),
               ids.has(id, at: position) || CorpusIDs.isQualification(id.rawValue, of: sourceID(at: position).rawValue) {
                return position
            }
        }
        return nil
    }

    /// Positions of the articles whose id is among `wanted`, by id, in corpus order: one pass over
    /// the ids (for the few ids of bookmarks or reading positions).
    public func positions(ofIDs wanted: Set<ArticleID>) -> [ArticleID: [Int]] {
        guard !wanted.isEmpty else { return [:] }
        // The ids' bytes are hashed in place; a string is made only where a hash matches.
        let hashes = Set(wanted.map { CorpusIDs.fnv1a($0.rawValue) })
        var out: [ArticleID: [Int]] = [:]
        for position in 0..<count where hashes.contains(ids.hash(at: position)) {
            let id = ids[position]
            if wanted.contains(id) { out[id, default: []].append(position) }
        }
        return out
    }

    /// Positions of the articles whose analysis is among `analyses` (ascending ids), in corpus order.
    /// How many first positions hold only analyses up to `analysis`: when every match among the
    /// analyses up to `analysis` is known, the matches among these positions are the first rows
    /// of the answer in corpus order (`CorpusIndex.firstMatches`).
    public func firstPositions(upToAnalysis analysis: Int64) -> Int {
        var low = 0, high = analysisHighWater.count
        while low < high {
            let middle = (low + high) / 2
            if analysisHighWater[middle] <= analysis { low = middle + 1 } else { high = middle }
        }
        return low
    }

    public func positions(ofAnalyses analyses: [Int64]) -> [Int] {
        var out: [Int] = []
        // Articles share analyses rarely: about one position per analysis, made in place.
        out.reserveCapacity(analyses.count + analyses.count / 16)
        byAnalysisIDs.willScan()
        var i = 0, j = 0
        while i < analyses.count, j < byAnalysisIDs.count {
            if analyses[i] < byAnalysisIDs[j] {
                i += 1
            } else if analyses[i] > byAnalysisIDs[j] {
                j += 1
            } else {
                out.append(Int(byAnalysisPositions[j]))
                j += 1
            }
        }
        out.sort()
        return out
    }

    // MARK: building

    mutating func reserve(_ n: Int) {
        ids.reserveCapacity(n)
        titles.reserveCapacity(n, bytesEach: 80)
        urls.reserveCapacity(n, bytesEach: 64)
        dates.reserveCapacity(n)
        publicationIndexes.reserveCapacity(n)
        levels.reserveCapacity(n * 16)
        scores.reserveCapacity(n * 16)
        fileIndexes.reserveCapacity(n)
        lines.reserveCapacity(n)
        byteStarts.reserveCapacity(n)
        byteEnds.reserveCapacity(n)
        analysisIDs.reserveCapacity(n)
    }

    mutating func addFile(_ file: CorpusFiles.File) -> Int32 {
        files.append(file)
        return Int32(files.count - 1)
    }

    /// Appends one article; `sectors` is the stored form (`AnalysisCoding.sectors`): a count, one
    /// level byte per sector, one little-endian float32 score per sector.
    /// The number of the publication whose UTF-8 is `bytes` (nil: none), for `append`.
    mutating func publicationNumber(utf8 bytes: UnsafeBufferPointer<UInt8>?) -> Int32 {
        guard let bytes else { return -1 }
        let hash = CorpusIDs.fnv1a(bytes: bytes)
        if let known = publicationsByHash[hash], publicationUTF8[Int(known)].elementsEqual(bytes) { return known }
        // A new name, another spelling of a known one (NFD), or a hash collision.
        let name = String(decoding: bytes, as: UTF8.self)
        let number: Int32
        if let known = publicationNumbers[name] {
            number = known
        } else {
            number = Int32(publications.count)
            publications.append(name)
            publicationUTF8.append(Array(bytes))
            publicationNumbers[name] = number
        }
        if publicationsByHash[hash] == nil { publicationsByHash[hash] = number }
        return number
    }

    mutating func append(id: String, title: String, date: Int64, publication: String?, file: Int32, line: Int32,
                         bytes: (Int64, Int64), sectors: UnsafeRawBufferPointer, analysis: Int64, url: String? = nil) {
        let number = publication.map { name in
            Array(name.utf8).withUnsafeBufferPointer { publicationNumber(utf8: $0) }
        } ?? -1
        append(id: id, title: title, date: date, publicationNumber: number, file: file, line: line, bytes: bytes,
               sectors: sectors, analysis: analysis, url: url)
    }

    /// `append` with the publication given by its number (`publicationNumber(utf8:)`, -1: none).
    mutating func append(id: String, title: String, date: Int64, publicationNumber: Int32, file: Int32, line: Int32,
                         bytes: (Int64, Int64), sectors: UnsafeRawBufferPointer, analysis: Int64, url: String? = nil) {
        titles.append(title)
        urls.append(url ?? "")
        appendRow(id: id, date: date, publicationNumber: publicationNumber, file: file, line: line, bytes: bytes,
                  sectors: sectors, analysis: analysis)
    }

    /// `append` with the title and link given by their UTF-8 bytes (the index reader's), copied as
    /// they are (an empty link: none).
    mutating func append(id: String, titleUTF8: UnsafeBufferPointer<UInt8>, urlUTF8: UnsafeBufferPointer<UInt8>,
                         date: Int64, publicationNumber: Int32, file: Int32, line: Int32, bytes: (Int64, Int64),
                         sectors: UnsafeRawBufferPointer, analysis: Int64) {
        titles.append(utf8: titleUTF8)
        urls.append(utf8: urlUTF8)
        appendRow(id: id, date: date, publicationNumber: publicationNumber, file: file, line: line, bytes: bytes,
                  sectors: sectors, analysis: analysis)
    }

    /// Everything of a row but its title, which the caller has appended.
    private mutating func appendRow(id: String, date: Int64, publicationNumber: Int32, file: Int32, line: Int32,
                                    bytes: (Int64, Int64), sectors: UnsafeRawBufferPointer, analysis: Int64) {
        let stored = sectors.first.map { Int($0) } ?? 0
        let valid = stored < 0x80 && sectors.count == 1 + 5 * stored
        if ids.isEmpty && sectorCount == 0 { sectorCount = valid ? stored : 0 }
        appendSummary(id: id, date: date, publicationNumber: publicationNumber, file: file, line: line,
                      bytes: bytes, analysis: analysis)
        for s in 0..<sectorCount {
            guard valid, s < stored else {
                levels.append(0)
                scores.append(0)
                continue
            }
            levels.append(sectors[1 + s])
            var bits: UInt32 = 0
            for k in 0..<4 { bits |= UInt32(sectors[1 + stored + 4 * s + k]) << UInt32(8 * k) }
            scores.append(Float(bitPattern: bits))
        }
    }

    private mutating func appendSummary(id: String, title: String, url: String?, date: Int64, publication: String?,
                                        file: Int32, line: Int32, bytes: (Int64, Int64), analysis: Int64) {
        let number = publication.map { name in
            Array(name.utf8).withUnsafeBufferPointer { publicationNumber(utf8: $0) }
        } ?? -1
        titles.append(title)
        urls.append(url ?? "")
        appendSummary(id: id, date: date, publicationNumber: number, file: file, line: line, bytes: bytes,
                      analysis: analysis)
    }

    /// A row's summary but its title and sectors.
    private mutating func appendSummary(id: String, date: Int64, publicationNumber: Int32, file: Int32,
                                        line: Int32, bytes: (Int64, Int64), analysis: Int64) {
        ids.append(id)
        dates.append(date)
        publicationIndexes.append(publicationNumber)
        fileIndexes.append(file)
        lines.append(line)
        byteStarts.append(bytes.0)
        byteEnds.append(bytes.1)
        analysisIDs.append(analysis)
    }

    /// Appends every article of `part` (read for one file), as articles of `file`.
    mutating func append(contentsOf part: Catalogue, file: Int32) {
        if sectorCount == 0 { sectorCount = part.sectorCount }
        for p in 0..<part.count {
            appendSummary(id: part.ids[p].rawValue, title: part.titles[p], url: part.urls[p], date: part.dates[p],
                          publication: part.source(at: p),
                          file: file, line: part.lines[p], bytes: (part.byteStarts[p], part.byteEnds[p]),
                          analysis: part.analysisIDs[p])
            for s in 0..<sectorCount {
                levels.append(s < part.sectorCount ? part.levels[p * part.sectorCount + s] : 0)
                scores.append(s < part.sectorCount ? part.scores[p * part.sectorCount + s] : 0)
            }
        }
    }

    /// Sorts the analysis map and finds where each file starts once every article is in.
    mutating func finish() {
        var pairs = analysisIDs.enumerated().map { (analysis: $0.element, position: Int32($0.offset)) }
        pairs.sort { ($0.analysis, $0.position) < ($1.analysis, $1.position) }
        byAnalysisIDs = Column(pairs.map(\.analysis))
        byAnalysisPositions = Column(pairs.map(\.position))
        var highWater = Array(analysisIDs)
        for p in highWater.indices.dropFirst() where highWater[p] < highWater[p - 1] { highWater[p] = highWater[p - 1] }
        analysisHighWater = Column(highWater)
        cachedOrdering = nil
        cachedSectorCounts = nil
        publicationNumbers = [:]
        fileStarts = Array(repeating: Int32(count), count: files.count + 1)
        for position in stride(from: count - 1, through: 0, by: -1) { fileStarts[Int(fileIndexes[position])] = Int32(position) }
        for file in stride(from: files.count - 1, through: 0, by: -1) where fileStarts[file] > fileStarts[file + 1] {
            fileStarts[file] = fileStarts[file + 1] // a file without articles
        }
        numberFiles()
        makeIDsUnique()
    }

    /// `fileNumbers` from `files`.
    mutating func numberFiles() {
        fileNumbers = [:]
        for (number, file) in files.enumerated() where fileNumbers[file.path] == nil { fileNumbers[file.path] = Int32(number) }
        for (number, file) in files.enumerated() {
            let shown = SystemPath.display(file.path)
            if shown != file.path, fileNumbers[shown] == nil { fileNumbers[shown] = Int32(number) }
        }
    }

    /// Gives the articles sharing a source id their unique ids (`CorpusIDs.unique`).
    private mutating func makeIDsUnique() {
        ids = ids.replacing(Dictionary(uniqueKeysWithValues: sourceIDs.map { (Int($0.key), $0.value) }))
        sourceIDs = [:]
        duplicateIDs = []
        let (assigned, duplicates) = CorpusIDs.unique(count: count, id: { ids[$0].rawValue }, source: { position in
            let file = files[Int(fileIndexes[position])]
            return CorpusIDs.Source(id: ids[position].rawValue, path: file.absolutePath, kind: file.kind,
                                    line: Int(lines[position]), location: location(at: position))
        })
        var replacements: [Int: ArticleID] = [:]
        for (position, id) in assigned {
            sourceIDs[Int32(position)] = ids[position]
            replacements[position] = ArticleID(id)
        }
        ids = ids.replacing(replacements)
        duplicateIDs = duplicates
        positionsByID = IDPositions()
    }

    /// A catalogue of given summaries, in order (readers without an index, tests); `analysisIDs`
    /// name each article's analysis for whoever loads them, `sectorCount` levels and scores are
    /// taken from each summary (missing ones absent).
    public init(summaries: [ArticleSummary], analysisIDs: [Int64], sectorCount: Int) {
        precondition(summaries.count == analysisIDs.count, "one analysis id per summary")
        reserve(summaries.count)
        self.sectorCount = max(0, sectorCount)
        var last: (path: String, kind: FileKind)?
        for (summary, analysis) in zip(summaries, analysisIDs) {
            let place = summary.place
            if last?.path != place.path || last?.kind != place.kind {
                _ = addFile(CorpusFiles.File(path: place.path, absolutePath: CorpusFiles.absolute(place.path), kind: place.kind))
                last = (place.path, place.kind)
            }
            let file = Int32(files.count - 1)
            appendSummary(id: summary.id.rawValue, title: summary.title, url: summary.url, date: Self.pack(summary.date) ?? 0,
                          publication: summary.source, file: file, line: Int32(place.line),
                          bytes: (Int64(place.bytes.lowerBound), Int64(place.bytes.upperBound)), analysis: analysis)
            for s in 0..<self.sectorCount {
                levels.append(UInt8(s < summary.sectorLevels.count ? summary.sectorLevels[s].rawValue : 0))
                scores.append(Float(s < summary.sectorScores.count ? summary.sectorScores[s] : 0))
            }
        }
        finish()
    }

    /// The date as the index stores it (`ArticleDate.packed`), nil when none.
    static func pack(_ date: ArticleDate?) -> Int64? { date?.packed }

    static func unpack(_ value: Int64) -> ArticleDate? { ArticleDate(packed: value) }
}

/// The position of each id of a catalogue, made once on the first lookup and shared by the
/// catalogue's copies (the ids do not change after `Catalogue.finish`, which makes a new one).
///
/// Keyed on a 64-bit FNV-1a hash of the id's UTF-8 bytes rather than on the `String`: building
/// it for 100,000 ids costs a few milliseconds where a `[ArticleID: Int32]` took several times
/// that. A lookup checks the id found; ids whose hash another id took first are kept apart.
final class IDPositions: @unchecked Sendable {
    private let lock = NSLock()
    /// Open addressing on the ids' hashes: each slot holds a position, -1 when empty; a probe
    /// compares the id's bytes in place. Four bytes a slot, at most half full (8 MB for a million
    /// articles, where a `[UInt64: Int32]` took about 30).
    private var slots: [Int32]?
    private var mask = 0
    private let hash: @Sendable (ArticleID) -> UInt64
    /// True for the default hash, which is then taken on the ids' bytes in place (no string made).
    private let usesFNV: Bool

    /// `hash`: FNV-1a of the UTF-8 bytes (tests give a poor one to exercise collisions).
    init(hash: (@Sendable (ArticleID) -> UInt64)? = nil) {
        self.hash = hash ?? IDPositions.fnv1a
        usesFNV = hash == nil
    }

    /// The first position holding `id`, nil when none does.
    func position(of id: ArticleID, in ids: PackedIDs) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        let slots = self.slots ?? build(ids)
        var slot = Int(truncatingIfNeeded: hash(id)) & mask
        while slots[slot] >= 0 {
            if ids.has(id, at: Int(slots[slot])) { return Int(slots[slot]) }
            slot = (slot + 1) & mask
        }
        return nil
    }

    /// Positions in order, so that along a probe sequence the first position of an id comes first.
    private func build(_ ids: PackedIDs) -> [Int32] {
        var capacity = 16
        while capacity < ids.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        var made = [Int32](repeating: -1, count: capacity)
        for position in 0..<ids.count {
            let key = usesFNV ? ids.hash(at: position) : hash(ids[position])
            var slot = Int(truncatingIfNeeded: key) & mask
            while made[slot] >= 0 { slot = (slot + 1) & mask }
            made[slot] = Int32(position)
        }
        slots = made
        return made
    }

    static func fnv1a(_ id: ArticleID) -> UInt64 { CorpusIDs.fnv1a(id.rawValue) }
}
