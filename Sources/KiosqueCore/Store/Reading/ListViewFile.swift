import Foundation

/// How the reader's list was left: its order and its sector filter (`$XDG_STATE_HOME/kiosque/view.json`),
/// brought back at the next start. Searches and entity filters are not kept: they belong to a
/// moment's question, a sector and an order to the analyst's beat.
public struct ListView: Hashable, Sendable, Codable {
    public var order: String
    public var sectors: [String]
    /// `any` or `all`.
    public var match: String

    public init(order: ListOrder, sectors: [String], match: SectorMatch) {
        self.order = order.rawValue
        self.sectors = sectors
        self.match = match == .all ? "all" : "any"
    }

    public var listOrder: ListOrder? { ListOrder(rawValue: order) }
    public var sectorMatch: SectorMatch { match == "all" ? .all : .any }
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
