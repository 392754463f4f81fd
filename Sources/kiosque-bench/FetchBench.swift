import ArgumentParser
import Foundation
import KiosqueCore
import KiosqueTestServer

/// `kiosque-bench fetch`: subscriptions into the library from a loopback server (BENCHMARKS.md):
/// FEEDS feeds of ENTRIES entries each, every entry a different text of about 150 words; the
/// first fetch (every feed new), the second (every feed answers 304), articles per second kept.
struct FetchBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "fetch",
        abstract: "Measure kiosque fetch: feeds from a loopback server into a new library.")

    @Option(help: "Feeds to subscribe to.")
    var feeds = 200

    @Option(help: "Entries per feed.")
    var entries = 50

    @Option(help: "Keep the XDG folders here (default: a temporary folder, removed).")
    var keep: String?

    @Option(help: "Only write the feeds as files N.xml in this folder (to serve them to another reader, e.g. newsboat) and stop.")
    var writeFeeds: String?

    mutating func run() throws {
        let bodies = (0..<feeds).map { Self.feed(number: $0, entries: entries) }
        if let writeFeeds {
            let folder = URL(fileURLWithPath: writeFeeds)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            for (number, body) in bodies.enumerated() {
                try Data(body.utf8).write(to: folder.appendingPathComponent("\(number).xml"))
            }
            print("wrote \(feeds) feeds to \(folder.path)")
            return
        }
        let server = try LocalHTTPServer { request, _ in
            let number = Int(request.path.split(separator: "/").last ?? "") ?? -1
            guard bodies.indices.contains(number) else { return .status(404) }
            if request.headers["if-none-match"] == "\"v\(number)\"" { return .status(304) }
            return .feed(bodies[number], headers: [("ETag", "\"v\(number)\"")])
        }
        defer { server.stop() }
        let root = keep.map { URL(fileURLWithPath: $0) }
            ?? FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-fetch-bench-\(UUID().uuidString)")
        defer { if keep == nil { try? FileManager.default.removeItem(at: root) } }
        let directories = AppDirectories(data: root.appendingPathComponent("data/kiosque"), state: root.appendingPathComponent("state/kiosque"),
                                         cache: root.appendingPathComponent("cache/kiosque"), config: root.appendingPathComponent("config/kiosque"))
        let subscriptions = (0..<feeds).map { Subscription(url: "\(server.base)/feed/\($0)", name: "Journal \($0)") }
        let run = FeedRun(directories: directories)
        print("kiosque-bench fetch: \(feeds) feeds × \(entries) entries from 127.0.0.1 (\(ProcessInfo.processInfo.activeProcessorCount) cores)")
        for pass in ["first fetch (all new)", "second fetch (all 304)"] {
            let start = Date()
            let reports = (try? run.runWaiting(subscriptions)) ?? []
            let seconds = Date().timeIntervalSince(start)
            let added = reports.reduce(0) { $0 + $1.added.count }
            let failed = reports.filter { if case .failed = $0.outcome { return true }; return false }.count
            print(String(format: "  %@: %.2f s, %d articles added (%.0f articles/s), %d failed", pass, seconds, added,
                         Double(added) / max(seconds, 1e-9), failed))
        }
        print("  library: \(LibraryStore(directories: directories).articlesFolder.path)")
    }

    /// A feed of `entries` items, each a distinct text (words drawn from a fixed list by a
    /// seeded generator, so runs are comparable).
    static func feed(number: Int, entries: Int) -> String {
        var generator = SplitMix64(seed: (UInt64(number) &+ 1) &* 0xD1B5_4A32_D192_ED03)
        var body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><title>Journal \(number)</title>"
        for entry in 0..<entries {
            var words: [String] = []
            for _ in 0..<150 { words.append(vocabulary[Int(generator.next() % UInt64(vocabulary.count))]) }
            let title = words.prefix(6).joined(separator: " ")
            body += "<item><title>\(title)</title><link>https://journal\(number).example/\(entry)</link><guid>j\(number)-\(entry)</guid>"
                + "<pubDate>Fri, 15 Mar 2024 08:\(String(format: "%02d", entry % 60)):00 +0100</pubDate>"
                + "<description>\(words.joined(separator: " ")).</description></item>"
        }
        return body + "</channel></rss>"
    }

    static let vocabulary = """
        le la les un une des de du et à en dans pour sur par avec sans contre vers gouvernement ministre président \
        assemblée sénat loi budget réforme retraite énergie électricité nucléaire centrale gaz pétrole prix hausse \
        baisse grève syndicat salariés entreprise usine emploi chômage école élèves enseignants université armée \
        défense soldats opération sécurité police justice tribunal procès enquête Paris Lyon Marseille Bordeaux Lille \
        France Europe Allemagne Russie Ukraine Mali Afrique manifestation gilets jaunes samedi dimanche lundi mardi \
        semaine mois année annonce déclaré estimé selon rapport chiffres millions milliards euros région ville \
        commune maire habitants santé hôpital médecins patients climat environnement agriculture agriculteurs \
        sécheresse eau transport train SNCF autoroute carburant taxe impôt dette croissance économie marché
        """.split(separator: " ").map(String.init)
}
