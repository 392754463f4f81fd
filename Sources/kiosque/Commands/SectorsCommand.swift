import ArgumentParser
import KiosqueCore

/// `kiosque sectors [PATH...] [--json]`: the sector taxonomy with article counts.
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

    @Flag(help: "Print a JSON array of objects with keys key, name, colour, terms, articles, central.")
    var json = false

    /// One sector in `--json`.
    struct SectorJSON: Encodable {
        var key: String
        var name: String
        var colour: String
        var terms: Int
        var articles: Int
        var central: Int
    }

    mutating func run() throws {
        let classifier = try Recognition.sectorClassifier()
        let taxonomy = classifier.taxonomy
        let corpus = try CommandCorpus.open(paths: try self.corpus.inputs(), indexing: indexing, without: .counting)
        defer { corpus.close() }
        let counts = corpus.sectorCounts()
        let sectors = taxonomy.sectors.enumerated().map { s, sector in
            let count = s < counts.count ? counts[s] : SectorCount()
            return SectorJSON(key: sector.key, name: sector.name, colour: sector.colour, terms: taxonomy.terms[s].count,
                              articles: count.about, central: count.central)
        }
        if json {
            try Output.printJSON(sectors)
        } else {
            for sector in sectors {
                Output.printFields([sector.key, sector.name, sector.colour, String(sector.terms),
                                    String(sector.articles), String(sector.central)])
            }
        }
        try Output.failIfIssues(corpus.issues)
    }
}
