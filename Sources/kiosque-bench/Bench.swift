import ArgumentParser
import Foundation
import KiosqueCore
import KiosqueTUI

/// `kiosque-bench`: measures what BENCHMARKS.md records. Run it on a release build:
/// `swift run -c release kiosque-bench ../shared/corpus/presse-2018-2019.jsonl`.
@main
struct KiosqueBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "kiosque-bench",
        abstract: "Measure Kiosque on a corpus (release build); see BENCHMARKS.md.",
        subcommands: [Bench.self, GenerateCommand.self, IndexBench.self, SearchBench.self],
        defaultSubcommand: Bench.self
    )
}

/// `kiosque-bench [load] PATH...`: loading, the first screen and frame times (and `--ner`).
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Measure loading, the first screen and frame times on a corpus."
    )

    @Argument(help: "Files or folders to load (default: ../shared/corpus/presse-2018-2019.jsonl).")
    var paths: [String] = ["../shared/corpus/presse-2018-2019.jsonl"]

    @Option(help: "How many times to repeat each whole-corpus measurement.")
    var runs = 5

    @Option(help: "How many key presses to time for frame figures.")
    var keys = 2000

    @Option(help: "Screen size for frame figures, WIDTHxHEIGHT.")
    var size = "200x60"

    @Flag(help: "Measure the entity recogniser instead: words per second and gazetteer load time.")
    var ner = false

    @Flag(help: "Measure the sector work of the reader instead: per-article results, the open article, filter keys.")
    var sectors = false

    mutating func run() throws {
        let screen = try parseSize(size)
        print("kiosque-bench: \(paths.joined(separator: " ")), \(runs) runs, screen \(screen)")
        if ner {
            try NerBench(runs: runs).run(articles: Library.load(paths: paths).articles)
            return
        }
        if sectors {
            try SectorBench(runs: runs, keys: keys, screen: screen).run(articles: Library.load(paths: paths).articles)
            return
        }

        var loadTimes: [Double] = []
        var firstScreenTimes: [Double] = []
        var result = LoadResult()
        for _ in 0..<runs {
            let start = Clock.now
            result = Library.load(paths: paths)
            let loaded = Clock.now
            let state = AppState(articles: result.articles, issues: result.issues, size: screen, display: DisplayOptions())
            _ = App.render(state)
            let drawn = Clock.now
            loadTimes.append(Clock.ms(start, loaded))
            firstScreenTimes.append(Clock.ms(start, drawn))
        }
        let words = result.articles.reduce(0) { $0 + $1.wordCount }
        let sentences = result.articles.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + $1.sentences.count } }
        print("articles: \(result.articles.count), sentences: \(sentences), words: \(words), issues: \(result.issues.count)")
        report("load + segment (ms)", loadTimes)
        report("load to first full screen (ms)", firstScreenTimes)

        guard !result.articles.isEmpty else { return }
        // Frame figures: the longest article open in the reader, moving the passage cursor.
        let longest = result.articles.indices.max { result.articles[$0].text.unicodeScalars.count < result.articles[$1].text.unicodeScalars.count } ?? 0
        var state = AppState(articles: result.articles, issues: result.issues, size: screen, display: DisplayOptions())
        for _ in 0..<longest { _ = App.update(&state, .key(.down)) }
        _ = App.update(&state, .key(.enter))
        let readerFrames = timeKeyPresses(&state, period: 200)
        report("reader: key press to finished frame (ms), article of \(result.articles[longest].text.unicodeScalars.count) code points", readerFrames, percentiles: true)

        var listState = AppState(articles: result.articles, issues: result.issues, size: screen, display: DisplayOptions())
        let listFrames = timeKeyPresses(&listState, period: 500)
        report("list: key press to finished frame (ms)", listFrames, percentiles: true)
    }

    /// Times `keys` presses of `j` then `k` (switching every `period` presses), each from the
    /// key to the finished frame: `App.update` then `App.render`.
    func timeKeyPresses(_ state: inout AppState, period: Int) -> [Double] {
        var samples: [Double] = []
        samples.reserveCapacity(keys)
        for i in 0..<keys {
            let key: Key = (i / period) % 2 == 0 ? .character("j") : .character("k")
            let start = Clock.now
            _ = App.update(&state, .key(key))
            _ = App.render(state)
            samples.append(Clock.ms(start, Clock.now))
        }
        return samples
    }

    func parseSize(_ text: String) throws -> Size {
        let parts = text.split(separator: "x").compactMap { Int($0) }
        guard parts.count == 2, parts[0] > 0, parts[1] > 0 else {
            throw ValidationError("--size takes WIDTHxHEIGHT, e.g. 200x60")
        }
        return Size(width: parts[0], height: parts[1])
    }

    static func report(_ label: String, _ samples: [Double], percentiles: Bool = false, format: String = "%.3f") {
        let s = samples.sorted()
        guard let first = s.first, let last = s.last else { return }
        func q(_ p: Double) -> Double { s[min(s.count - 1, Int(Double(s.count - 1) * p))] }
        var line = String(format: "%@: median \(format), min \(format), max \(format)", label, q(0.5), first, last)
        if percentiles { line += String(format: ", p90 %.3f, p99 %.3f (n=%d)", q(0.9), q(0.99), s.count) }
        print(line)
    }

    func report(_ label: String, _ samples: [Double], percentiles: Bool = false) {
        Self.report(label, samples, percentiles: percentiles)
    }
}

/// Monotonic time in milliseconds.
enum Clock {
    static var now: UInt64 { DispatchTime.now().uptimeNanoseconds }
    static func ms(_ a: UInt64, _ b: UInt64) -> Double { Double(b - a) / 1_000_000 }
}
