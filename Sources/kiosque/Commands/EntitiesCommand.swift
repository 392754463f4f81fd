import ArgumentParser
import KiosqueCore

/// `kiosque entities [PATH...] [--type T] [--limit N] [--json]`: the corpus's entities under
/// their canonical names, with article counts and variants, most mentioned first.
struct EntitiesCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "entities",
            abstract: Help.text(.entitiesAbstract),
            discussion: Help.text(.entitiesDiscussion)
        )
    }

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var indexing: IndexOptions

    @Option(name: .customLong("type"), help: Help.argument(.entitiesOptionType))
    var type: String?

    @Option(help: Help.argument(.entitiesOptionLimit))
    var limit: Int?

    @Flag(help: Help.argument(.entitiesOptionJson))
    var json = false

    /// One entity in `--json`.
    struct EntityJSON: Encodable {
        var type: String
        var name: String
        var articles: Int
        var variants: [String]
    }

    mutating func validate() throws {
        if let type, EntityKind(rawValue: type.uppercased()) == nil {
            throw ValidationError("unknown type '\(type)': use PER, LOC, ORG or DATE")
        }
        if let limit, limit < 1 { throw ValidationError("--limit must be at least 1") }
    }

    mutating func run() throws {
        let kind = type.flatMap { EntityKind(rawValue: $0.uppercased()) }
        let corpus = try CommandCorpus.open(paths: try self.corpus.inputs(), indexing: indexing, without: .counting)
        defer { corpus.close() }
        let index: EntityIndex
        do {
            index = try corpus.entityIndex() ?? EntityIndex()
        } catch {
            throw CommandCorpus.failure(error)
        }
        var entries = index.entries(kind: kind)
        if let limit { entries = Array(entries.prefix(limit)) }
        let rows = entries.map { EntityJSON(type: $0.key.kind.rawValue, name: $0.key.name, articles: $0.articleCount, variants: $0.variants) }
        if json {
            try Output.printJSON(rows)
        } else {
            for row in rows {
                Output.printFields([row.type, row.name, String(row.articles)] + (row.variants.isEmpty ? [] : [row.variants.joined(separator: " | ")]))
            }
        }
        try Output.failIfIssues(corpus.issues)
    }
}
