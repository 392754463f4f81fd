import ArgumentParser
import Foundation
import KiosqueCore

/// `kiosque-bench index PATH...`: the first index of a corpus (cold: empty cache) and opening it
/// again (warm: open the index, check every file, read the catalogue).
struct IndexBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "index",
        abstract: "Time a cold index (empty cache) and warm opens to the catalogue ready (fingerprint, open, check files, read catalogue)."
    )

    @Argument(help: "Files or folders to index.")
    var paths: [String] = ["../shared/corpus/presse-2018-2019.jsonl"]

    @Option(help: "Cold index runs (each in a new cache folder).")
    var coldRuns = 3

    @Option(help: "Warm opens timed after each cold run.")
    var warmRuns = 10

    @Option(help: "Articles analysed and committed per batch (the reader's is 256).")
    var batchSize = 256

    @Option(help: "Keep the last index in this folder (for `kiosque-bench search --cache`).")
    var keep: String?

    @Flag(help: "Only warm opens of the index kept in --keep (a fresh process: its peak memory is the catalogue's).")
    var warmOnly = false

    mutating func run() throws {
        if warmOnly {
            guard let keep else { throw ValidationError("--warm-only needs --keep FOLDER holding an index") }
            try warmOpens(url: URL(fileURLWithPath: keep).appendingPathComponent("index.sqlite"))
            return
        }
        print("kiosque-bench index: \(paths.joined(separator: " ")), \(coldRuns) cold runs, \(warmRuns) warm opens each")
        let analyser = try IndexAnalyser.bundled()
        var cold: [Double] = []
        var warm: [Double] = []
        var catalogueOnly: [Double] = []
        var articles = 0
        var fileSize: Int64 = 0
        for run in 0..<max(1, coldRuns) {
            let folder = keep.map { URL(fileURLWithPath: $0) } ?? FileManager.default.temporaryDirectory
                .appendingPathComponent("kiosque-bench-index-\(getpid())-\(run)")
            try? FileManager.default.removeItem(at: folder)
            defer { if keep == nil { try? FileManager.default.removeItem(at: folder) } }
            let url = folder.appendingPathComponent("index.sqlite")
            let start = Clock.now
            let report = try CorpusIndex(url: url).update(paths: paths, analyser: analyser, batchSize: batchSize, progress: Self.progressLine)
            cold.append(Clock.ms(start, Clock.now))
            FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
            print(String(format: "cold run %d: %.0f ms, %d articles stored, %d analysed: %.0f articles/s", run + 1, cold.last ?? 0,
                         report.storedArticles, report.analysedArticles,
                         Double(report.storedArticles) / max(0.001, (cold.last ?? 0) / 1000)))
            fileSize = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int64) ?? 0
            for _ in 0..<max(1, warmRuns) {
                let open = try warmOpen(url: url)
                warm.append(open.total)
                catalogueOnly.append(open.catalogue)
                articles = open.articles
            }
        }
        print("articles: \(articles), index file: \(fileSize / 1_048_576) MB (without WAL), \(articles > 0 ? Int(fileSize) / articles : 0) bytes per article")
        Bench.report("cold index (ms)", cold, format: "%.0f")
        Bench.report("warm open: open index, check files, read catalogue (ms)", warm, percentiles: true)
        Bench.report("of which catalogue read (ms)", catalogueOnly, percentiles: true)
    }

    /// One warm open of an index already made: the analyser's fingerprint, opening the index,
    /// checking every file (none may need reading), reading the catalogue; in ms, whole and the
    /// catalogue read alone.
    func warmOpen(url: URL) throws -> (total: Double, catalogue: Double, articles: Int) {
        let before = Clock.now
        let index = try CorpusIndex(url: url)
        let files = CorpusFiles(paths: paths)
        let update = try index.update(files: files, analyser: try IndexAnalyser.bundled())
        let middle = Clock.now
        let catalogue = try index.catalogue(files: files)
        let end = Clock.now
        guard update.readFiles == 0 else { throw ValidationError("warm open read \(update.readFiles) files: index it first") }
        return (Clock.ms(before, end), Clock.ms(middle, end), catalogue.count)
    }

    /// Warm opens only, then the process's peak resident memory. A warm open is what a start costs:
    /// the analyser's fingerprint, opening the index, checking every file, reading the catalogue.
    func warmOpens(url: URL) throws {
        let baseline = Memory.residentBytes()
        var warm: [Double] = []
        var catalogueOnly: [Double] = []
        var count = 0
        for _ in 0..<max(1, warmRuns) {
            let open = try warmOpen(url: url)
            warm.append(open.total)
            catalogueOnly.append(open.catalogue)
            count = open.articles
        }
        let peak = Memory.peakBytes()
        // Every stored analysis, decoded (what a background corpus-wide entity index costs).
        let index = try CorpusIndex(url: url)
        let catalogue = try index.catalogue(paths: paths)
        let start = Clock.now
        var entities = 0
        try index.forEachAnalysis(in: catalogue) { _, analysis in entities += analysis.entities.count }
        let allAnalyses = Clock.ms(start, Clock.now)
        print("kiosque-bench index --warm-only: \(paths.joined(separator: " ")), \(count) articles, \(warmRuns) warm opens")
        print(String(format: "every analysis read and decoded: %.0f ms (%d entities)", allAnalyses, entities))
        Bench.report("warm open: open index, check files, read catalogue (ms)", warm, percentiles: true)
        Bench.report("of which catalogue read (ms)", catalogueOnly, percentiles: true)
        print("resident memory before the first open: \(baseline / 1_048_576) MB, peak during the warm opens: \(peak / 1_048_576) MB")
    }

    static let progressLine: @Sendable (IndexProgress) -> Void = { p in
        let left = p.remaining.map { String(format: "%.0f s left", $0) } ?? "…"
        let line = String(format: "\r\u{1B}[Kindexing %d/%d, %.0f articles/s, %@", p.done, p.total, p.rate, left)
        FileHandle.standardError.write(Data(line.utf8))
    }
}

/// The process's resident memory, from /proc/self/statm.
enum Memory {
    static func residentBytes() -> Int {
        guard let text = try? String(contentsOfFile: "/proc/self/statm", encoding: .utf8) else { return 0 }
        let fields = text.split(separator: " ")
        guard fields.count > 1, let pages = Int(fields[1]) else { return 0 }
        return pages * Int(sysconf(Int32(_SC_PAGESIZE)))
    }

    /// Resident memory by kind from /proc/self/status: `(anonymous, file-backed)` in bytes. File
    /// pages (the mapped catalogue snapshot, libraries) are clean copies of files the kernel drops
    /// under pressure; anonymous pages are the program's own.
    static func residentByKind() -> (anonymous: Int, file: Int) {
        let status = statusFields(["RssAnon:", "RssFile:"])
        return (status["RssAnon:"] ?? 0, status["RssFile:"] ?? 0)
    }

    /// Peak resident memory (VmHWM) from /proc/self/status.
    static func peakBytes() -> Int { statusFields(["VmHWM:"])["VmHWM:"] ?? 0 }

    /// The process's file mappings by resident bytes, largest first (`/proc/self/smaps`).
    static func mappedFiles() -> [(path: String, bytes: Int)] {
        guard let text = try? String(contentsOfFile: "/proc/self/smaps", encoding: .utf8) else { return [] }
        var bytes: [String: Int] = [:]
        var current: String?
        for line in text.split(separator: "\n") {
            let words = line.split(separator: " ", omittingEmptySubsequences: true)
            if let first = words.first, first.contains("-"), words.count >= 5 {
                // The path, when it is a file (not `[heap]`, `[stack]`, an anonymous mapping).
                current = words.count >= 6 && words[5].hasPrefix("/") ? String(words[5]) : nil
            } else if words.first == "Rss:", let path = current, words.count >= 2, let kb = Int(words[1]) {
                bytes[path, default: 0] += kb * 1024
            }
        }
        return bytes.map { (path: $0.key, bytes: $0.value) }.sorted { $0.bytes > $1.bytes }
    }

    /// The fields of /proc/self/status named in `keys` (`VmHWM:`), their kB in bytes.
    private static func statusFields(_ keys: Set<String>) -> [String: Int] {
        guard let text = try? String(contentsOfFile: "/proc/self/status", encoding: .utf8) else { return [:] }
        var found: [String: Int] = [:]
        for line in text.split(separator: "\n") {
            // `VmHWM:\t  123456 kB`
            let words = line.split(whereSeparator: { $0 == " " || $0 == "\t" })
            guard let key = words.first.map(String.init), keys.contains(key) else { continue }
            found[key] = (words.compactMap { Int($0) }.first ?? 0) * 1024
        }
        return found
    }
}
