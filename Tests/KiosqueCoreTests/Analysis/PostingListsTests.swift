import Testing
@testable import KiosqueCore

/// The entity index's compact lists of positions give back exactly the positions added,
/// ascending and once each, whatever the order and the gaps.
@Suite struct PostingListsTests {
    @Test("positions come back ascending and distinct: small and large gaps, repeats, out of order, before and after packing")
    func roundTrip() {
        var lists = PostingLists()
        var expected: [[Int32]] = []
        var generator = SystemRandomNumberGenerator()
        for round in 0..<40 {
            let list = lists.newList()
            #expect(list == round)
            var added: [Int32] = []
            var position: Int32 = 0
            for _ in 0..<(round * 17) {
                // Gaps of one byte, two, three and five (up to the largest position).
                let gap = [Int32.random(in: 0...3, using: &generator), Int32.random(in: 120...20_000, using: &generator),
                           Int32.random(in: 16_000...3_000_000, using: &generator)][Int.random(in: 0...2, using: &generator)]
                position = min(Int32.max - 1, position + gap)
                added.append(position)
                // Now and then one that comes late, or again.
                if Int.random(in: 0..<10, using: &generator) == 0 { added.append(Int32.random(in: 0...position, using: &generator)) }
            }
            if round == 39 { added.append(Int32.max) }
            for value in added { lists.add(value, to: list) }
            expected.append(Array(Set(added)).sorted())
        }
        lists.settle()
        for (list, want) in expected.enumerated() {
            #expect(lists.positions(list) == want, "list \(list)")
            #expect(lists.count(list) == want.count)
        }
        #expect(lists.total == expected.reduce(0) { $0 + $1.count })
        lists.replace(3, with: [1, 5, 900_000])
        lists.replace(4, with: [])
        expected[3] = [1, 5, 900_000]
        expected[4] = []
        lists.pack()
        for (list, want) in expected.enumerated() { #expect(lists.positions(list) == want, "packed list \(list)") }
        #expect(lists.listCount == 40)
    }

    @Test("a gap under 128 takes one byte: a list of every position is as many bytes as positions")
    func compact() {
        var lists = PostingLists()
        let list = lists.newList()
        for position in 0..<10_000 { lists.add(Int32(position), to: list) }
        lists.pack()
        #expect(lists.byteCount == 10_000)
        #expect(lists.positions(list) == (0..<10_000).map(Int32.init))
    }
}
