import Foundation

/// One column of the screen.
///
/// A wide character (CJK, emoji) occupies its cell with `width == 2` and the next cell holds a
/// continuation (`isContinuation`), as in ratatui's buffer: the backend draws the glyph once.
///
/// A cell holds no reference: its grapheme is one code point, or the number of a longer cluster
/// kept once for the program (`ClusterTable`). A frame of 12,000 cells is then made, copied and
/// thrown away without a retain or a release per cell.
public struct Cell: Hashable, Sendable {
    /// A code point (below 0x110000), `empty`, or `clusterFlag` with a `ClusterTable` number.
    private var content: UInt32
    public var width: UInt8
    public var style: Style

    private static let empty: UInt32 = 0x0011_0000
    private static let clusterFlag: UInt32 = 0x8000_0000

    public init(_ grapheme: String = " ", width: UInt8 = 1, style: Style = .plain) {
        self.content = Self.content(of: grapheme)
        self.width = width
        self.style = style
    }

    /// A cell of one code point (no string made).
    init(scalar: Unicode.Scalar, width: UInt8 = 1, style: Style = .plain) {
        self.content = scalar.value
        self.width = width
        self.style = style
    }

    /// One grapheme cluster, already safe to send to a terminal (no control characters).
    public var grapheme: String {
        get {
            if content == Self.empty { return "" }
            if content & Self.clusterFlag != 0 { return ClusterTable.shared.cluster(Int(content & ~Self.clusterFlag)) }
            if content < 0x300 { return Self.latin[Int(content)] }
            return Unicode.Scalar(content).map { String(Character($0)) } ?? " "
        }
        set { content = Self.content(of: newValue) }
    }

    private static func content(of grapheme: String) -> UInt32 {
        let scalars = grapheme.unicodeScalars
        guard let first = scalars.first else { return empty }
        if scalars.index(after: scalars.startIndex) == scalars.endIndex { return first.value }
        return clusterFlag | UInt32(ClusterTable.shared.number(of: grapheme))
    }

    /// The right half of a wide character.
    public static func continuation(style: Style) -> Cell { Cell("", width: 0, style: style) }
    public var isContinuation: Bool { width == 0 }
    public static let blank = Cell()

    /// The one-scalar strings of U+0000–U+02FF, made once: reading a Latin cell copies one.
    private static let latin: [String] = (0..<0x300).map { Unicode.Scalar($0).map { String(Character($0)) } ?? " " }
}

/// The grapheme clusters of more than one code point that cells have held (an accent written as
/// a combining mark, an emoji with its modifier), each kept once under a number. Bounded: past
/// `limit` different clusters, a new one is drawn as U+FFFD.
final class ClusterTable: @unchecked Sendable {
    static let shared = ClusterTable()
    static let limit = 1 << 20

    private let lock = NSLock()
    /// Number 0 is the stand-in past the limit; it is never looked up by its text.
    private var numbers: [String: Int] = [:]
    private var clusters: [String] = ["\u{FFFD}"]

    func number(of cluster: String) -> Int {
        lock.lock()
        defer { lock.unlock() }
        if let known = numbers[cluster] { return known }
        guard clusters.count < Self.limit else { return 0 }
        clusters.append(cluster)
        numbers[cluster] = clusters.count - 1
        return clusters.count - 1
    }

    func cluster(_ number: Int) -> String {
        lock.lock()
        defer { lock.unlock() }
        return number < clusters.count ? clusters[number] : "\u{FFFD}"
    }
}
