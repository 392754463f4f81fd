import Foundation

/// Writes the compact binary values the index stores: unsigned LEB128 varints, bytes, strings.
struct ByteWriter {
    private(set) var data = Data()

    mutating func varint(_ value: Int) {
        var v = UInt64(max(0, value))
        while v >= 0x80 {
            data.append(UInt8(truncatingIfNeeded: v) | 0x80)
            v >>= 7
        }
        data.append(UInt8(v))
    }

    mutating func byte(_ value: UInt8) { data.append(value) }

    mutating func float(_ value: Double) {
        let bits = Float(value).bitPattern
        for shift in stride(from: 0, to: 32, by: 8) { data.append(UInt8(truncatingIfNeeded: bits >> UInt32(shift))) }
    }

    mutating func string(_ value: String) {
        varint(value.utf8.count)
        data.append(contentsOf: value.utf8)
    }
}

/// Reads what `ByteWriter` wrote; every read checks the bounds and throws on truncated data.
struct ByteReader {
    struct Truncated: Error, CustomStringConvertible {
        var description: String { "stored analysis is truncated or damaged" }
    }

    private let bytes: [UInt8]
    private var position = 0

    init(_ data: Data) {
        bytes = [UInt8](data)
    }

    var atEnd: Bool { position >= bytes.count }

    mutating func varint() throws(Truncated) -> Int {
        var value: UInt64 = 0
        var shift: UInt64 = 0
        while true {
            guard position < bytes.count, shift < 63 else { throw Truncated() }
            let byte = bytes[position]
            position += 1
            value |= UInt64(byte & 0x7F) << shift
            if byte < 0x80 { break }
            shift += 7
        }
        guard value <= UInt64(Int.max) else { throw Truncated() }
        return Int(value)
    }

    mutating func byte() throws(Truncated) -> UInt8 {
        guard position < bytes.count else { throw Truncated() }
        defer { position += 1 }
        return bytes[position]
    }

    mutating func float() throws(Truncated) -> Double {
        guard position + 4 <= bytes.count else { throw Truncated() }
        var bits: UInt32 = 0
        for k in 0..<4 { bits |= UInt32(bytes[position + k]) << UInt32(8 * k) }
        position += 4
        return Double(Float(bitPattern: bits))
    }

    mutating func string() throws(Truncated) -> String {
        let count = try varint()
        guard count <= bytes.count - position else { throw Truncated() }
        defer { position += count }
        return String(decoding: bytes[position..<(position + count)], as: UTF8.self)
    }
}
