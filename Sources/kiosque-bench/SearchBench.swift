import ArgumentParser
import Foundation
import KiosqueCore
import KiosqueTUI

/// `kiosque-bench search PATH --cache DIR`: search latency over an index, beside `grep -ci` over
/// the same file for the same words, in the same run. `--memory`: the search without the index
/// instead (`MemorySearch`, a scan of every article's search words in memory, the reference the
/// tests check the index against: making the words, each query, each prefix typed). The search as the reader sees it (a key in the prompt
/// to the frame showing the answer) is `kiosque-bench reader --search`.
struct SearchBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "search",
        abstract: "Time searches over the index beside grep -ci on the same file."
    )

    @Argument(help: "The corpus (a JSONL file, also given to grep).")
    var path = "../shared/corpus/presse-2018-2019.jsonl"

    @Option(help: "Folder of the index (built there first if needed; `kiosque-bench index --keep DIR` makes one).")
    var cache: String?

    @Flag(help: "Search the articles in memory, as `kiosque search --no-index` does (no --cache needed).")
    var memory = false

    @Option(help: "Timed repetitions of each query.")
    var repeats = 200

    @Option(help: "Timed runs of grep for each word (0: none).")
    var grepRuns = 5

    @Option(help: "First rows asked for newest first (the screen's rows: `CorpusIndex.firstMatches(_:in:order:limit:)`).")
    var firstRows = 60

    @Option(name: .customLong("query"), help: "Queries to time (repeatable); default: the BENCHMARKS.md set.")
    var queries: [String] = []

    mutating func run() throws {
        let asked = queries.isEmpty ? ["électricité", "electricite", "defense", "nucl*", "\"gilets jaunes\"", "\"énergie nucléaire\""] : queries
        if memory {
            try runInMemory(asked)
            return
        }
        guard let cache else { throw ValidationError("--cache DIR is needed (or --memory)") }
        let index = try CorpusIndex(url: URL(fileURLWithPath: cache).appendingPathComponent("index.sqlite"))
        let files = CorpusFiles(paths: [path])
        let update = try index.update(files: files, analyser: try IndexAnalyser.bundled(), progress: IndexBench.progressLine)
        FileHandle.standardError.write(Data("\r\u{1B}[K".utf8))
        let catalogue = try index.catalogue(files: files)
        print("kiosque-bench search: \(path), \(catalogue.count) articles (\(update.readFiles) files read), \(repeats) repeats, grep \(grepRuns) runs")
        let newest = catalogue.ordering(.newest).positions
        for text in asked {
            let query = try SearchQuery(text)
            var samples: [Double] = []
            var found = 0
            for _ in 0..<max(1, repeats) {
                let start = Clock.now
                found = try index.search(query, in: catalogue).count
                samples.append(Clock.ms(start, Clock.now))
            }
            Bench.report("search \(text): \(found) articles (ms)", samples, percentiles: true)
            // The first rows of the reader's list, newest first, as the search worker asks for them.
            var firstSamples: [Double] = []
            var first: FirstMatches?
            for _ in 0..<max(1, repeats) {
                let start = Clock.now
                first = try index.firstMatches(query, in: catalogue, order: newest, limit: firstRows)
                firstSamples.append(Clock.ms(start, Clock.now))
            }
            let firstText = first.map { "\($0.positions.count) rows\($0.isEverything ? " (every match)" : "")" }
                ?? "none (left to the whole answer)"
            Bench.report("first \(firstRows) rows newest first, \(text): \(firstText) (ms)", firstSamples, percentiles: true)
            guard grepRuns > 0 else { continue }
            let pattern = text.replacingOccurrences(of: "\"", with: "").replacingOccurrences(of: "*", with: "")
            var grepTimes: [Double] = []
            var lines = ""
            for _ in 0..<grepRuns {
                let start = Clock.now
                lines = try Self.grep(pattern, path)
                grepTimes.append(Clock.ms(start, Clock.now))
            }
            Bench.report("grep -ci '\(pattern)': \(lines) lines (ms)", grepTimes)
        }
    }

    /// The search without the index: its preparation, each query (`repeats`, at most 20), each
    /// prefix of `electricite` as typed.
    func runInMemory(_ asked: [String]) throws {
        let result = ArticleFiles.load(paths: [path])
        var start = Clock.now
        let search = MemorySearch(articles: result.articles)
        print("kiosque-bench search --memory: \(path), \(search.count) articles, search words made in \(String(format: "%.0f", Clock.ms(start, Clock.now))) ms")
        let runs = max(1, min(repeats, 20))
        for text in asked {
            let query = try SearchQuery(text)
            var samples: [Double] = []
            var found = 0
            for _ in 0..<runs {
                start = Clock.now
                found = search.positions(matching: query).count
                samples.append(Clock.ms(start, Clock.now))
            }
            Bench.report("memory search \(text): \(found) articles (ms)", samples, percentiles: true)
        }
        var typed: [Double] = []
        let word = "electricite"
        for length in 2...word.count {
            let query = try SearchQuery(String(word.prefix(length)), typing: true)
            start = Clock.now
            _ = search.positions(matching: query)
            typed.append(Clock.ms(start, Clock.now))
        }
        Bench.report("memory search of each prefix typed, el... electricite (ms)", typed, percentiles: true)
    }

    static func grep(_ pattern: String, _ path: String) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/grep")
        process.arguments = ["-ci", pattern, path]
        let pipe = Pipe()
        process.standardOutput = pipe
        try process.run()
        let out = pipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: out, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
