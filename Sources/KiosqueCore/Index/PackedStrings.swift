/// Strings kept as one UTF-8 buffer and the end of each: appending copies bytes (no string object
/// and no allocation per item); a `String` is made when one is read (a row on screen). The
/// catalogue's titles, links and ids; from the snapshot, both columns are read in place
/// (`Column`), so a title costs memory only once shown.
public struct PackedStrings: RandomAccessCollection, Sendable {
    var bytes = Column<UInt8>()
    var ends = Column<Int>()

    public init() {}

    public var startIndex: Int { 0 }
    public var endIndex: Int { ends.count }

    /// The string at `index`, decoded as `String(decoding:as:)` does (ill-formed UTF-8 repaired).
    public subscript(index: Int) -> String {
        withUTF8(at: index) { String(decoding: $0, as: UTF8.self) }
    }

    /// The UTF-8 bytes of the string at `index`, in place. Ends out of order or past the buffer
    /// (a damaged snapshot) give an empty or shortened string, never a read outside it.
    func withUTF8<R>(at index: Int, _ body: (UnsafeBufferPointer<UInt8>) throws -> R) rethrows -> R {
        let total = bytes.count
        let end = Swift.min(Swift.max(ends[index], 0), total)
        let start = index == 0 ? 0 : Swift.min(Swift.max(ends[index - 1], 0), end)
        return try bytes.withUnsafeBytes { raw in
            let all = raw.bindMemory(to: UInt8.self)
            return try body(UnsafeBufferPointer(rebasing: all[start..<end]))
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

/// The catalogue's ids: `PackedStrings` read as `ArticleID`s, made one at a time when asked
/// (making a million id strings was a third of opening a million articles).
public struct PackedIDs: RandomAccessCollection, Equatable, Sendable {
    var strings = PackedStrings()

    public init() {}

    public init(_ ids: [ArticleID]) {
        for id in ids { append(id) }
    }

    public static func == (a: PackedIDs, b: PackedIDs) -> Bool { a.elementsEqual(b) }

    public var startIndex: Int { 0 }
    public var endIndex: Int { strings.count }

    public subscript(index: Int) -> ArticleID { ArticleID(strings[index]) }

    /// Whether the id at `index` is `id`, comparing bytes (no string made).
    func has(_ id: ArticleID, at index: Int) -> Bool {
        var wanted = id.rawValue
        return wanted.withUTF8 { target in strings.withUTF8(at: index) { $0.elementsEqual(target) } }
    }

    /// FNV-1a 64 of the UTF-8 bytes of the id at `index` (as `CorpusIDs.fnv1a` of its string).
    func hash(at index: Int) -> UInt64 { strings.withUTF8(at: index) { CorpusIDs.fnv1a(bytes: $0) } }

    mutating func append(_ id: ArticleID) { strings.append(id.rawValue) }

    mutating func append(_ id: String) { strings.append(id) }

    mutating func reserveCapacity(_ count: Int) { strings.reserveCapacity(count, bytesEach: 12) }

    /// The ids with some replaced (qualified ids: `Catalogue.makeIDsUnique`), packed again.
    func replacing(_ replacements: [Int: ArticleID]) -> PackedIDs {
        guard !replacements.isEmpty else { return self }
        var out = PackedIDs()
        out.strings.reserveCapacity(count, bytesEach: strings.bytes.count / Swift.max(1, count) + 1)
        for index in 0..<count {
            if let replaced = replacements[index] {
                out.append(replaced)
            } else {
                strings.withUTF8(at: index) { out.strings.append(utf8: $0) }
            }
        }
        return out
    }
}
