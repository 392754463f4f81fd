import Testing
@testable import KiosqueCore

@Suite struct ContentHashTests {
    @Test("written as 32 hex digits and read back; any change of the text changes it")
    func format() throws {
        let hash = ContentHash(of: "Kidal")
        #expect(hash.rawValue.count == 32)
        #expect(hash.rawValue.allSatisfy { $0.isHexDigit })
        #expect(ContentHash(rawValue: hash.rawValue) == hash)
        #expect(ContentHash(high: 0x1f, low: 0).rawValue == "000000000000001f0000000000000000")
        #expect(ContentHash(high: 0xFEDC_BA98_7654_3210, low: 0x0123_4567_89AB_CDEF).description == "fedcba98765432100123456789abcdef")
        #expect(ContentHash(of: "défense") != ContentHash(of: "defense"))
        #expect(ContentHash(of: "Kidal ") != ContentHash(of: "Kidal"))
        #expect(ContentHash(of: "Kidal") == ContentHash(["Kidal"]))
        #expect(ContentHash(["ab", "c"]) != ContentHash(["a", "bc"]))
    }

    @Test("a value from another version is not a hash (bookmarks then re-anchor by quote)")
    func foreignValues() {
        #expect(ContentHash(rawValue: "fnv1a64:af63dc4c8601ec8c") == nil)
        #expect(ContentHash(rawValue: "") == nil)
        #expect(ContentHash(rawValue: String(repeating: "g", count: 32)) == nil)
    }
}
