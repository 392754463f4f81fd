import ArgumentParser
import KiosqueCore

/// `--entity NAME`, `--sector S` (repeatable) and the period (`--period`, or `--since`/`--until`),
/// shared by `list` and `search`.
struct FilterOptions: ParsableArguments {
    @Option(help: Help.argument(.filtersOptionEntity))
    var entity: String?

    @Option(name: .customLong("sector"), help: Help.argument(.filtersOptionSector))
    var sectors: [String] = []

    @Option(help: Help.argument(.filtersOptionPeriod))
    var period: String?

    @Option(help: Help.argument(.filtersOptionSince))
    var since: String?

    @Option(help: Help.argument(.filtersOptionUntil))
    var until: String?

    /// The filters resolved against the taxonomy (loaded only when a sector is named).
    struct Resolved {
        var entity: EntityQuery?
        /// Indices into the taxonomy, in the order named, without repeats.
        var sectors: [Int]
        var classifier: SectorClassifier?
        /// The period of `--period`, `--since`, `--until`.
        var period: DatePeriod?

        /// The filter for `Corpus.rows`: any of the sectors, central ones first, corpus order otherwise.
        func filter(search: SearchQuery? = nil) -> CorpusFilter {
            CorpusFilter(sectors: sectors, match: .any, order: .corpus, entityName: entity, search: search, period: period)
        }
    }

    /// Usage errors (exit 2) name what is wrong: an entity without letters, an unknown sector
    /// with the list of sectors.
    func resolved() throws -> Resolved {
        let entityQuery = try entity.map { name in
            guard let query = EntityQuery(name) else {
                throw CommandFailure(message: Diagnostics.strings[.cliEntityNoLetters], exitCode: ExitStatus.usage)
            }
            return query
        }
        let period = try resolvedPeriod()
        guard !sectors.isEmpty else { return Resolved(entity: entityQuery, sectors: [], classifier: nil, period: period) }
        let (loaded, selected) = try Self.sectors(sectors)
        return Resolved(entity: entityQuery, sectors: selected, classifier: loaded, period: period)
    }

    /// Sector names resolved against the taxonomy: indices in the order named, without repeats;
    /// an unknown name is a usage error listing the sectors.
    static func sectors(_ names: [String]) throws -> (SectorClassifier, [Int]) {
        let loaded = try Recognition.sectorClassifier()
        var selected: [Int] = []
        for name in names {
            guard let sector = loaded.taxonomy.sector(named: name),
                  let s = loaded.taxonomy.sectors.firstIndex(of: sector) else {
                let known = loaded.taxonomy.sectors.map(\.name).joined(separator: ", ")
                throw CommandFailure(message: Diagnostics.strings.format(.cliSectorUnknown, ["name": name, "sectors": known]),
                                     exitCode: ExitStatus.usage)
            }
            if !selected.contains(s) { selected.append(s) }
        }
        return (loaded, selected)
    }

    /// The period of `--period` or `--since`/`--until` (not both); nil without them.
    func resolvedPeriod() throws -> DatePeriod? {
        func usage(_ option: String, _ error: DatePeriodError) -> CommandFailure {
            CommandFailure(message: Diagnostics.strings.format(.cliOptionInvalid, ["option": option, "reason": Diagnostics.strings.periodError(error)]),
                           exitCode: ExitStatus.usage)
        }
        if let period {
            guard since == nil, until == nil else {
                throw CommandFailure(message: Diagnostics.strings[.cliPeriodConflict], exitCode: ExitStatus.usage)
            }
            do { return try DatePeriod(parsing: period) } catch { throw usage("--period", error) }
        }
        guard since != nil || until != nil else { return nil }
        func day(_ text: String?, _ option: String) throws -> ArticleDate? {
            guard let text else { return nil }
            guard let date = DateText.parse(text.trimmingCharacters(in: .whitespaces)) else { throw usage(option, .date(text)) }
            return date.dayOnly
        }
        let from = try day(since, "--since"), to = try day(until, "--until")
        do { return try DatePeriod(from: from, to: to) } catch { throw usage("--since/--until", error) }
    }
}
