/// The entity index's lists of article positions, one per entity, held compact: ascending
/// positions as the gaps between them in LEB128 varints (one byte for a gap under 128), all the
/// lists in one buffer once built (`pack`). At a million articles the 19.5 million postings took
/// 78 MB as `[[Int32]]` plus growth slack; as gaps, about a quarter of that.
///
/// Positions are added as articles come (ascending in the usual walk); one that comes after a
/// larger one of the same list is kept aside and merged, sorted and without repeats, by
/// `settle`.
struct PostingLists: Sendable {
    /// Each list's gaps while building (emptied by `pack`).
    private var lists: [[UInt8]] = []
    /// Each list's last position (-1: none yet) and length.
    private var last: [Int32] = []
    private var counts: [Int32] = []
    /// Positions that came out of order, by list, merged by `settle`.
    private var late: [Int: [Int32]] = [:]
    /// After `pack`: every list's gaps, one after the other, and where each starts (count + 1).
    private var packed: [UInt8] = []
    private var starts: [Int] = []

    var listCount: Int { counts.count }

    /// Bytes held by the lists' gaps.
    var byteCount: Int { starts.isEmpty ? lists.reduce(0) { $0 + $1.count } : packed.count }

    /// Positions over all lists.
    var total: Int { counts.reduce(0) { $0 + Int($1) } }

    /// A new empty list; returns its number.
    mutating func newList() -> Int {
        lists.append([])
        last.append(-1)
        counts.append(0)
        return counts.count - 1
    }

    /// Adds `position` to list `list` (once: a repeat of the last position is ignored).
    mutating func add(_ position: Int32, to list: Int) {
        let previous = last[list]
        if position == previous { return }
        if position < previous {
            late[list, default: []].append(position)
            return
        }
        Self.appendGap(UInt32(Int64(position) - Int64(previous)), to: &lists[list])
        last[list] = position
        counts[list] += 1
    }

    /// How many positions list `list` holds (after `settle`: distinct ones).
    func count(_ list: Int) -> Int { Int(counts[list]) }

    /// The positions of list `list`, ascending.
    func positions(_ list: Int) -> [Int32] {
        var out: [Int32] = []
        out.reserveCapacity(Int(counts[list]))
        func decode(_ bytes: UnsafeBufferPointer<UInt8>) {
            var position: Int64 = -1, value: UInt32 = 0, shift: UInt32 = 0
            for byte in bytes {
                value |= UInt32(byte & 0x7F) << shift
                if byte & 0x80 != 0 {
                    shift += 7
                    continue
                }
                position += Int64(value)
                out.append(Int32(truncatingIfNeeded: position))
                value = 0
                shift = 0
            }
        }
        if starts.isEmpty {
            lists[list].withUnsafeBufferPointer(decode)
        } else {
            packed.withUnsafeBufferPointer { decode(UnsafeBufferPointer(rebasing: $0[starts[list]..<starts[list + 1]])) }
        }
        return out
    }

    /// Replaces list `list` by `positions` (ascending, distinct), before `pack`.
    mutating func replace(_ list: Int, with positions: [Int32]) {
        var bytes: [UInt8] = []
        var previous: Int32 = -1
        for position in positions {
            Self.appendGap(UInt32(Int64(position) - Int64(previous)), to: &bytes)
            previous = position
        }
        lists[list] = bytes
        last[list] = previous
        counts[list] = Int32(positions.count)
    }

    /// Merges the positions that came out of order into their lists.
    mutating func settle() {
        for (list, extra) in late {
            let merged = SortedIndices.union(positions(list), Array(Set(extra)).sorted())
            replace(list, with: merged)
        }
        late = [:]
    }

    /// Moves every list into one buffer (no slack), after `settle` and any `replace`.
    mutating func pack() {
        settle()
        packed.reserveCapacity(lists.reduce(0) { $0 + $1.count })
        starts = [0]
        starts.reserveCapacity(lists.count + 1)
        for list in lists.indices {
            packed.append(contentsOf: lists[list])
            lists[list] = []
            starts.append(packed.count)
        }
        lists = []
        last = []
    }

    private static func appendGap(_ gap: UInt32, to bytes: inout [UInt8]) {
        var value = gap
        while value >= 0x80 {
            bytes.append(UInt8(value & 0x7F) | 0x80)
            value >>= 7
        }
        bytes.append(UInt8(value))
    }
}
