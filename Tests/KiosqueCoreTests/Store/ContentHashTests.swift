import Testing
@testable import KiosqueCore

@Suite struct ContentHashTests {
    @Test("FNV-1a 64 matches the published test vectors")
    func vectors() {
        #expect(ContentHash.fnv1a64("".utf8) == 0xcbf2_9ce4_8422_2325)
        #expect(ContentHash.fnv1a64("a".utf8) == 0xaf63_dc4c_8601_ec8c)
        #expect(ContentHash.fnv1a64("foobar".utf8) == 0x8594_4171_f739_67e8)
    }

    @Test("written fnv1a64: and 16 hex digits, leading zeros kept; any change of the text changes it")
    func format() {
        #expect(ContentHash(of: "a").rawValue == "fnv1a64:af63dc4c8601ec8c")
        #expect(ContentHash.hex(0x1f) == "000000000000001f")
        #expect(ContentHash(of: "défense") != ContentHash(of: "defense"))
        #expect(ContentHash(of: "Kidal ") != ContentHash(of: "Kidal"))
        #expect(ContentHash(of: "Kidal") == ContentHash(of: "Kidal"))
    }
}
