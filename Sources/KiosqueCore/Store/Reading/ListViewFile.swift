import Foundation

/// How the reader's list was left (`$XDG_STATE_HOME/kiosque/view.json`), brought back at the
/// next start, and the body of a saved view (`SavedView`): the order, the sector filter, and the
/// search, entity, outlet and period filters. Fields other than `order`, `sectors` and `match`
/// are optional, so a file written before them still reads (no search, entity, outlet, period).
public struct ListView: Hashable, Sendable, Codable {
    public var order: String
    public var sectors: [String]
    /// `any` or `all`.
    public var match: String
    /// The search as typed (`/`), asked again at start once the index answers.
    public var search: String?
    /// The entity filter (`f`): its type (`PER`, `LOC`, `ORG`, `DATE`) and canonical name.
    public var entity: StoredEntity?
    /// The outlet filter (`O`), as the rows name it.
    public var outlet: String?
    /// The period filter (`p`), as `DatePeriod.description` writes it.
    public var period: String?

    public init(order: ListOrder, sectors: [String], match: SectorMatch, search: String? = nil,
                entity: EntityKey? = nil, outlet: String? = nil, period: DatePeriod? = nil) {
        self.order = order.rawValue
        self.sectors = sectors
        self.match = match == .all ? "all" : "any"
        self.search = search
        self.entity = entity.map(StoredEntity.init)
        self.outlet = outlet
        self.period = period?.description
    }

    public var listOrder: ListOrder? { ListOrder(rawValue: order) }
    public var sectorMatch: SectorMatch { match == "all" ? .all : .any }
    /// The period, nil when none or when the text no longer reads.
    public var datePeriod: DatePeriod? { period.flatMap { try? DatePeriod(parsing: $0) } }
    /// True when no filter is kept (the order alone).
    public var hasNoFilter: Bool {
        sectors.isEmpty && (search ?? "").isEmpty && entity == nil && outlet == nil && period == nil
    }
}

/// An entity as a view keeps it.
public struct StoredEntity: Hashable, Sendable, Codable {
    /// `EntityKind.rawValue`.
    public var kind: String
    public var name: String

    public init(_ key: EntityKey) {
        kind = key.kind.rawValue
        name = key.name
    }

    /// The entity, nil for an unknown type.
    public var key: EntityKey? { EntityKind(rawValue: kind).map { EntityKey(kind: $0, name: name) } }
}

/// Reads and writes `view.json`: a missing, unreadable or malformed file is no view (the
/// defaults), never an error the user must act on; writes replace the file whole.
public struct ListViewFile: Sendable {
    public var url: URL

    public init(url: URL) {
        self.url = url
    }

    public init(directories: AppDirectories) {
        self.init(url: directories.state.appendingPathComponent("view.json"))
    }

    public func load() -> ListView? {
        guard let data = try? Data(contentsOf: url), data.count < 65_536 else { return nil }
        return try? JSONDecoder().decode(ListView.self, from: data)
    }

    public func save(_ view: ListView) throws(FileWriteError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(view)) ?? Data("{}".utf8)
        try AtomicFile.write(data + Data("\n".utf8), to: url)
    }
}
