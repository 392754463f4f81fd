import ArgumentParser
import KiosqueCore

/// `--entity NAME` and `--sector S` (repeatable), shared by `list` and `search`.
struct FilterOptions: ParsableArguments {
    @Option(help: "Keep the articles mentioning this entity (whole words, any case or accents).")
    var entity: String?

    @Option(name: .customLong("sector"), help: "Keep the articles about this sector (repeatable: any of them).")
    var sectors: [String] = []

    /// The filters resolved against the taxonomy (loaded only when a sector is named).
    struct Resolved {
        var entity: EntityQuery?
        /// Indices into the taxonomy, in the order named, without repeats.
        var sectors: [Int]
        var classifier: SectorClassifier?

        /// The filter for `Corpus.rows`: any of the sectors, central ones first, corpus order otherwise.
        func filter(search: SearchQuery? = nil) -> CorpusFilter {
            CorpusFilter(sectors: sectors, match: .any, order: .corpus, entityName: entity, search: search)
        }
    }

    /// Usage errors (exit 2) name what is wrong: an entity without letters, an unknown sector
    /// with the list of sectors.
    func resolved() throws -> Resolved {
        let entityQuery = try entity.map { name in
            guard let query = EntityQuery(name) else {
                throw CommandFailure(message: "--entity needs a name with letters or digits", exitCode: ExitStatus.usage)
            }
            return query
        }
        guard !sectors.isEmpty else { return Resolved(entity: entityQuery, sectors: [], classifier: nil) }
        let loaded = try Recognition.sectorClassifier()
        var selected: [Int] = []
        for name in sectors {
            guard let sector = loaded.taxonomy.sector(named: name),
                  let s = loaded.taxonomy.sectors.firstIndex(of: sector) else {
                let known = loaded.taxonomy.sectors.map(\.name).joined(separator: ", ")
                throw CommandFailure(message: "unknown sector `\(name)`; sectors: \(known)", exitCode: ExitStatus.usage)
            }
            if !selected.contains(s) { selected.append(s) }
        }
        return Resolved(entity: entityQuery, sectors: selected, classifier: loaded)
    }
}
