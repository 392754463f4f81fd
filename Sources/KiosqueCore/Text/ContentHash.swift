import Foundation

/// A 128-bit digest of an article's content: the key under which the index stores its analysis
/// (two articles with the same digest are analysed once, wherever they are), and the fingerprint
/// a bookmark keeps of its article's text (a different digest means the text changed).
///
/// Two independent 64-bit lanes of multiply-rotate mixing over 8-byte words, each string's length
/// mixed in after it so that `("ab", "c")` and `("a", "bc")` differ. Deterministic across runs and
/// machines (unlike `Hasher`); not meant to resist crafted collisions, only accidental ones.
public struct ContentHash: Hashable, Sendable, Codable, CustomStringConvertible, RawRepresentable {
    public let high: UInt64
    public let low: UInt64

    public init(high: UInt64, low: UInt64) {
        self.high = high
        self.low = low
    }

    // Hashed and compared by its two words: `RawRepresentable` would otherwise hash and compare
    // the hex text (`rawValue`), written anew at every dictionary lookup.
    public func hash(into hasher: inout Hasher) {
        hasher.combine(high)
        hasher.combine(low)
    }

    public static func == (a: ContentHash, b: ContentHash) -> Bool { a.high == b.high && a.low == b.low }

    /// The digest of one text.
    public init(of text: String) { self.init([text]) }

    /// The digest of several strings, in order.
    public init(_ parts: [String]) {
        var a: UInt64 = 0x9E37_79B9_7F4A_7C15
        var b: UInt64 = 0xC2B2_AE3D_27D4_EB4F
        for part in parts {
            var part = part
            part.withUTF8 { bytes in
                Self.mix(bytes, &a, &b)
            }
            Self.step(&a, &b, UInt64(part.utf8.count) &+ 0x5851_F42D_4C95_7F2D)
        }
        high = Self.finish(a)
        low = Self.finish(b ^ 0x27BB_2EE6_87B0_B0FD)
    }

    /// 16 bytes, high then low, big-endian (how the index stores it).
    public var bytes: Data {
        var data = Data(capacity: 16)
        for word in [high, low] {
            for shift in stride(from: 56, through: 0, by: -8) { data.append(UInt8(truncatingIfNeeded: word >> UInt64(shift))) }
        }
        return data
    }

    /// 32 lower-case hex digits, high then low: how bookmarks and exports write it.
    /// Written digit by digit, without Foundation's formatter.
    public var description: String {
        let digits: [UInt8] = Array("0123456789abcdef".utf8)
        return String(unsafeUninitializedCapacity: 32) { buffer in
            for (w, word) in [high, low].enumerated() {
                for k in 0..<16 { buffer[w * 16 + k] = digits[Int((word >> UInt64(60 - 4 * k)) & 0xF)] }
            }
            return 32
        }
    }

    public var rawValue: String { description }

    /// Reads the 32 hex digits `description` writes; nil for anything else (e.g. a hash written
    /// by another program version).
    public init?(rawValue: String) {
        let digits = Array(rawValue.utf8)
        guard digits.count == 32, let high = UInt64(String(rawValue.prefix(16)), radix: 16),
              let low = UInt64(String(rawValue.suffix(16)), radix: 16) else { return nil }
        self.init(high: high, low: low)
    }

    private static func mix(_ bytes: UnsafeBufferPointer<UInt8>, _ a: inout UInt64, _ b: inout UInt64) {
        let count = bytes.count
        var index = 0
        guard let base = UnsafeRawPointer(bytes.baseAddress) else { return }
        while index + 8 <= count {
            step(&a, &b, base.loadUnaligned(fromByteOffset: index, as: UInt64.self).littleEndian)
            index += 8
        }
        var tail: UInt64 = 0
        var shift: UInt64 = 0
        while index < count {
            tail |= UInt64(bytes[index]) << shift
            shift += 8
            index += 1
        }
        step(&a, &b, tail)
    }

    @inline(__always)
    private static func step(_ a: inout UInt64, _ b: inout UInt64, _ word: UInt64) {
        a = ((a ^ word) &* 0xFF51_AFD7_ED55_8CCD)
        a = (a << 31) | (a >> 33)
        b = ((b ^ (word &* 0x9E37_79B9_7F4A_7C15)) &* 0xC4CE_B9FE_1A85_EC53)
        b = (b << 27) | (b >> 37)
    }

    /// MurmurHash3's final avalanche.
    private static func finish(_ value: UInt64) -> UInt64 {
        var h = value
        h ^= h >> 33
        h = h &* 0xFF51_AFD7_ED55_8CCD
        h ^= h >> 33
        h = h &* 0xC4CE_B9FE_1A85_EC53
        h ^= h >> 33
        return h
    }
}
