import ArgumentParser
import KiosqueCore

/// `kiosque sectors [PATH...]`: the sector taxonomy with article counts.
struct SectorsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sectors",
        abstract: "Print the sector taxonomy with the number of articles about each sector.",
        discussion: """
            One tab-separated line per sector: key, name, colour, vocabulary size, articles about \
            it (level 1 or 2), of which central (level 2). The taxonomy is \
            Resources/sectors/sectors.tsv, or your own file: $KIOSQUE_SECTORS, else \
            $XDG_CONFIG_HOME/kiosque/sectors.tsv. The counts come from the index \
            ($XDG_CACHE_HOME/kiosque, updated first; progress on standard error when it is a \
            terminal). Exit code 1 when some input or the taxonomy \
            could not be read.
            """
    )

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var indexing: IndexOptions

    mutating func run() throws {
        let classifier = try Recognition.sectorClassifier()
        let taxonomy = classifier.taxonomy
        let paths = try corpus.inputs()
        let analyses: [[SectorLevel]]
        let issues: [LoadIssue]
        if indexing.useIndex(), let indexed = IndexedCorpus.open(paths: paths, without: "counting") {
            Diagnostics.report(indexed.issues)
            analyses = (0..<indexed.catalogue.count).map { indexed.catalogue.sectorLevels(at: $0) }
            issues = indexed.issues
        } else {
            let result = try corpus.load()
            analyses = ParallelMap.map(result.articles, chunkSize: 8) { classifier.classify($0).article.map(\.level) }
            issues = result.issues
        }
        for (s, sector) in taxonomy.sectors.enumerated() {
            let about = analyses.filter { $0[s] != .absent }.count
            let central = analyses.filter { $0[s] == .central }.count
            Output.printFields([sector.key, sector.name, sector.colour, String(taxonomy.terms[s].count),
                                String(about), String(central)])
        }
        try Output.failIfIssues(issues)
    }
}
