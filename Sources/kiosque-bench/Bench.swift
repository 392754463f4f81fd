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
        subcommands: [Bench.self, DraftsBench.self, FetchBench.self, GenerateCommand.self, IndexBench.self, ParagraphBench.self, ReaderBench.self, SearchBench.self],
        defaultSubcommand: Bench.self
    )
}

/// `kiosque-bench [load] PATH...`: loading every article in memory (what the commands without
/// the index do), and `--ner`, `--sectors`. The reader's figures are `kiosque-bench reader`.
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "load",
        abstract: "Measure loading every article in memory (and --ner, --sectors) on a corpus."
    )

    @Argument(help: "Files or folders to load (default: ../shared/corpus/presse-2018-2019.jsonl).")
    var paths: [String] = ["../shared/corpus/presse-2018-2019.jsonl"]

    @Option(help: "How many times to repeat each whole-corpus measurement.")
    var runs = 5

    @Option(help: "How many key presses to time for frame figures (--sectors).")
    var keys = 2000

    @Option(help: "Screen size for frame figures (--sectors), WIDTHxHEIGHT.")
    var size = "200x60"

    @Flag(help: "Measure the entity recogniser instead: words per second and gazetteer load time.")
    var ner = false

    @Flag(help: "Measure the sector work of the reader instead: per-article results, the open article, filter keys.")
    var sectors = false

    mutating func run() throws {
        let screen = try parseSize(size)
        print("kiosque-bench: \(paths.joined(separator: " ")), \(runs) runs, screen \(screen)")
        if ner {
            try NerBench(runs: runs).run(articles: ArticleFiles.load(paths: paths).articles)
            return
        }
        if sectors {
            try SectorBench(runs: runs, keys: keys, screen: screen).run(articles: ArticleFiles.load(paths: paths).articles)
            return
        }

        var loadTimes: [Double] = []
        var result = LoadResult()
        for _ in 0..<runs {
            let start = Clock.now
            result = ArticleFiles.load(paths: paths)
            loadTimes.append(Clock.ms(start, Clock.now))
        }
        let words = result.articles.reduce(0) { $0 + $1.wordCount }
        let sentences = result.articles.reduce(0) { $0 + $1.paragraphs.reduce(0) { $0 + $1.sentences.count } }
        print("articles: \(result.articles.count), sentences: \(sentences), words: \(words), issues: \(result.issues.count)")
        report("load + segment (ms)", loadTimes)
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
