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
        let corpus = try CommandCorpus.open(paths: try self.corpus.inputs(), indexing: indexing, without: "counting")
        defer { corpus.close() }
        let counts = corpus.sectorCounts()
        for (s, sector) in taxonomy.sectors.enumerated() {
            let count = s < counts.count ? counts[s] : SectorCount()
            let (about, central) = (count.about, count.central)
            Output.printFields([sector.key, sector.name, sector.colour, String(taxonomy.terms[s].count),
                                String(about), String(central)])
        }
        try Output.failIfIssues(corpus.issues)
    }
}
