import ArgumentParser
import KiosqueCore

/// `kiosque sectors [PATH...] [--json]`: the sector taxonomy with article counts.
struct SectorsCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "sectors",
            abstract: Help.text(.sectorsAbstract),
            discussion: Help.text(.sectorsDiscussion)
        )
    }

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var indexing: IndexOptions

    @Flag(help: Help.argument(.sectorsOptionJson))
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
