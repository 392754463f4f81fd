/// One flat array of a catalogue: values held in memory (a catalogue read from the index, or
/// being built), or read in place from the mapped catalogue snapshot (`CatalogueSnapshot`), where
/// only the pages touched (the rows on screen, the columns a filter reads) become resident. At a
/// million articles copying every column out of the snapshot was most of the open and held
/// 300 MB; mapped, a column costs nothing until read.
///
/// A mapped column is read-only: the first change copies it into memory (a catalogue from a
/// snapshot is finished; only tests and builders change columns).
/// Sendable: a mapped column's pointer is read-only memory that `keeper` keeps mapped.
public struct Column<Element: BitwiseCopyable>: RandomAccessCollection, @unchecked Sendable {
    private var owned: [Element]
    /// The first value in the mapped file (nil: the values are `owned`), how many, and the file.
    private var base: UnsafeRawPointer?
    private var mappedCount = 0
    private var keeper: MappedFile?

    public init() { owned = [] }

    public init(_ values: [Element]) { owned = values }

    public init<S: Sequence>(_ values: S) where S.Element == Element { owned = Array(values) }

    /// `count` values at byte `offset` of `file` (checked by the caller to lie inside it), read
    /// unaligned.
    init(mapping file: MappedFile, offset: Int, count: Int) {
        owned = []
        if count > 0, let start = file.baseAddress {
            base = UnsafeRawPointer(start) + offset
            mappedCount = count
            keeper = file
        }
    }

    public var startIndex: Int { 0 }
    public var endIndex: Int { base == nil ? owned.count : mappedCount }

    public subscript(position: Int) -> Element {
        get {
            if let base {
                precondition(position >= 0 && position < mappedCount, "Column index out of range")
                return base.loadUnaligned(fromByteOffset: position * MemoryLayout<Element>.stride, as: Element.self)
            }
            return owned[position]
        }
        set {
            materialise()
            owned[position] = newValue
        }
    }

    /// True when the values are read in place from a mapped file.
    var isMapped: Bool { base != nil }

    /// The mapped file the values are read from, nil when they are in memory.
    var mapping: MappedFile? { keeper }

    /// Copies a mapped column into memory (before a change).
    private mutating func materialise() {
        guard base != nil else { return }
        owned = Array(self)
        base = nil
        mappedCount = 0
        keeper = nil
    }

    public mutating func append(_ value: Element) {
        materialise()
        owned.append(value)
    }

    public mutating func append<S: Sequence>(contentsOf values: S) where S.Element == Element {
        materialise()
        owned.append(contentsOf: values)
    }

    public mutating func reserveCapacity(_ n: Int) {
        materialise()
        owned.reserveCapacity(n)
    }

    /// Asks the kernel to read a mapped column's pages ahead before a scan of all of it (the
    /// snapshot is mapped for random reads: `MappedFile.adviseRandomReads`); nothing for a column
    /// in memory.
    func willScan() {
        guard let base, let keeper, let start = keeper.baseAddress else { return }
        keeper.willRead(offset: start.distance(to: base), length: mappedCount * MemoryLayout<Element>.stride)
    }

    /// The values' bytes, for the snapshot writer.
    func withUnsafeBytes<R>(_ body: (UnsafeRawBufferPointer) throws -> R) rethrows -> R {
        if let base { return try body(UnsafeRawBufferPointer(start: base, count: mappedCount * MemoryLayout<Element>.stride)) }
        return try owned.withUnsafeBytes(body)
    }
}

extension Column: Equatable where Element: Equatable {
    public static func == (a: Column, b: Column) -> Bool { a.elementsEqual(b) }
}

extension Column: ExpressibleByArrayLiteral {
    public init(arrayLiteral elements: Element...) { owned = elements }
}
