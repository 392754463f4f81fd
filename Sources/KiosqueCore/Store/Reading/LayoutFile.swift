import Foundation

/// How the reader's panels share the screen, kept from one start to the next
/// (`$XDG_STATE_HOME/kiosque/layout.json`). Widths are proportions, so a resized terminal keeps
/// the same shape; `ScreenLayout` clamps them to what the screen allows.
public struct PanelWidths: Hashable, Sendable, Codable {
    /// The list's share, in percent, of the room the list and the reader share.
    public var list: Int
    /// The side panel's share of the screen's width, in percent, when it is shown.
    public var side: Int
    /// The side panel folded (true) or shown (false) by the user's choice; nil until they choose
    /// (then folded below `PanelWidths.sideShownWidth` columns).
    public var sideFolded: Bool?

    /// The list's share allowed, in percent.
    public static let listRange = 30...80
    /// The side panel's share allowed, in percent.
    public static let sideRange = 12...40
    /// From this width on the side panel is shown until the user folds it.
    public static let sideShownWidth = 180
    /// The default: the list takes most of the room, so titles read whole; the side panel is
    /// narrow and folded below 180 columns.
    public static let standard = PanelWidths(list: 64, side: 18, sideFolded: nil)

    public init(list: Int, side: Int, sideFolded: Bool?) {
        self.list = min(max(list, Self.listRange.lowerBound), Self.listRange.upperBound)
        self.side = min(max(side, Self.sideRange.lowerBound), Self.sideRange.upperBound)
        self.sideFolded = sideFolded
    }

    /// Out-of-range numbers are brought into range rather than refused: a hand-edited `"list": 95`
    /// gives the widest list allowed.
    public init(from decoder: Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(list: try container.decode(Int.self, forKey: .list), side: try container.decode(Int.self, forKey: .side),
                  sideFolded: try container.decodeIfPresent(Bool.self, forKey: .sideFolded))
    }

    /// Whether the side panel is folded on a screen `width` columns wide.
    public func isSideFolded(width: Int) -> Bool { sideFolded ?? (width < Self.sideShownWidth) }
}

/// Why `layout.json` was not used.
public enum LayoutFileError: Error, Hashable, Sendable, CustomStringConvertible {
    case unreadable(path: String, reason: String)
    case malformed(path: String, reason: String)

    public var description: String {
        switch self {
        case .unreadable(let path, let reason):
            return "\(path) could not be read (\(reason)); the default panel widths are used: check its permissions"
        case .malformed(let path, let reason):
            return "\(path) is not a panel layout (\(reason)); the default panel widths are used and the next change of width replaces it"
        }
    }
}

/// Reads and writes `layout.json` (`{"list": 62, "side": 18, "sideFolded": true}`). A missing
/// file is the defaults; an unreadable or malformed one is the defaults with an error to show.
public struct LayoutFile: Sendable {
    public var url: URL

    public init(url: URL) {
        self.url = url
    }

    public init(directories: AppDirectories) {
        self.init(url: directories.state.appendingPathComponent("layout.json"))
    }

    /// The widths kept, nil when there is no file.
    public func load() throws(LayoutFileError) -> PanelWidths? {
        guard FileManager.default.fileExists(atPath: url.path) else { return nil }
        let data: Data
        do { data = try Data(contentsOf: url) } catch {
            throw .unreadable(path: url.path, reason: error.localizedDescription)
        }
        guard data.count < 65_536 else { throw .malformed(path: url.path, reason: "\(data.count) bytes") }
        do { return try JSONDecoder().decode(PanelWidths.self, from: data) } catch {
            throw .malformed(path: url.path, reason: Self.reason(error))
        }
    }

    public func save(_ widths: PanelWidths) throws(FileWriteError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let data = (try? encoder.encode(widths)) ?? Data("{}".utf8)
        try AtomicFile.write(data + Data("\n".utf8), to: url)
    }

    /// A decoding error in a few words (`DecodingError`'s own description is a paragraph).
    private static func reason(_ error: Error) -> String {
        switch error as? DecodingError {
        case .keyNotFound(let key, _): return "no \"\(key.stringValue)\""
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\"\(context.codingPath.map(\.stringValue).joined(separator: "."))\" is not a number or true/false"
        case .dataCorrupted: return "not JSON"
        default: return "not JSON"
        }
    }
}
