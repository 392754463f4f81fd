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
            $XDG_CONFIG_HOME/kiosque/sectors.tsv. Exit code 1 when some input or the taxonomy \
            could not be read.
            """
    )

    @OptionGroup var corpus: CorpusOptions

    mutating func run() throws {
        let result = try corpus.load()
        let classifier = try Recognition.sectorClassifier()
        let taxonomy = classifier.taxonomy
        let analyses = ParallelMap.map(result.articles, chunkSize: 8) { classifier.classify($0).article.map(\.level) }
        for (s, sector) in taxonomy.sectors.enumerated() {
            let about = analyses.filter { $0[s] != .absent }.count
            let central = analyses.filter { $0[s] == .central }.count
            Output.printFields([sector.key, sector.name, sector.colour, String(taxonomy.terms[s].count),
                                String(about), String(central)])
        }
        try Output.failIfIssues(result)
    }
}
