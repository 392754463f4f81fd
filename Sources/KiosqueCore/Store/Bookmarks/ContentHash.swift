/// A fingerprint of an article's text, to tell whether it changed since a bookmark was made.
///
/// FNV-1a, 64 bits, over the text's UTF-8 bytes, written `fnv1a64:` + 16 lower-case hex digits.
/// Chosen because it is tiny, fast, stable across platforms and Swift versions (unlike
/// `Hasher`, which is seeded per process), and needs nothing beyond the standard library
/// (Foundation on Linux has no SHA-256). It is not cryptographic: a collision would only make
/// re-anchoring trust the stored offsets, whose quote is still kept.
public struct ContentHash: Hashable, Sendable, Codable, CustomStringConvertible {
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }

    /// The hash of a text.
    public init(of text: String) {
        self.init(rawValue: "fnv1a64:" + Self.hex(Self.fnv1a64(text.utf8)))
    }

    public var description: String { rawValue }

    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a over bytes: for each byte, xor then multiply (wrapping) by the FNV prime.
    static func fnv1a64<Bytes: Sequence>(_ bytes: Bytes) -> UInt64 where Bytes.Element == UInt8 {
        var hash = offsetBasis
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* prime
        }
        return hash
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    public init(from decoder: Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}
