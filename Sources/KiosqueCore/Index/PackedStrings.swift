/// Strings kept as one UTF-8 buffer and the end of each: appending copies bytes (no string object
/// and no allocation per item); a `String` is made when one is read (a row on screen). The
/// catalogue's titles: making 100,000 strings was about a sixth of a warm open.
public struct PackedStrings: RandomAccessCollection, Sendable {
    var bytes: [UInt8] = []
    var ends: [Int] = []

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    /// The string at `index`, decoded as `String(decoding:as:)` does (ill-formed UTF-8 repaired).
    public subscript(index: Int) -> String {
        let start = index == 0 ? 0 : ends[index - 1]
        return bytes.withUnsafeBufferPointer {
            String(decoding: UnsafeBufferPointer(rebasing: $0[start..<ends[index]]), as: UTF8.self)
        }
    }

    mutating func append(_ string: String) {
        bytes.append(contentsOf: string.utf8)
        ends.append(bytes.count)
    }

    mutating func append(utf8: UnsafeBufferPointer<UInt8>) {
        bytes.append(contentsOf: utf8)
        ends.append(bytes.count)
    }

    mutating func reserveCapacity(_ count: Int, bytesEach: Int) {
        ends.reserveCapacity(count)
        bytes.reserveCapacity(count * bytesEach)
    }
}
