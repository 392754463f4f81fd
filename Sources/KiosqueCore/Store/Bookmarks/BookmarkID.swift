import Foundation

/// The stable identity of a bookmark: a UUID, kept in every export so that importing the same
/// file twice finds the bookmarks already there instead of adding them again.
public struct BookmarkID: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    public let uuid: UUID

    /// A new random identity.
    public init() { uuid = UUID() }

    public init(_ uuid: UUID) { self.uuid = uuid }

    /// Parses the canonical text form (`6F9619FF-8B86-D011-B42D-00C04FC964FF`, any case).
    public init?(_ text: String) {
        guard let uuid = UUID(uuidString: text) else { return nil }
        self.uuid = uuid
    }

    /// Lower-case text form, the one stored and exported.
    public var rawValue: String { uuid.uuidString.lowercased() }
    public var description: String { rawValue }

    public static func < (a: BookmarkID, b: BookmarkID) -> Bool { a.rawValue < b.rawValue }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let uuid = UUID(uuidString: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath,
                                                    debugDescription: "`\(text)` is not a UUID"))
        }
        self.uuid = uuid
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
