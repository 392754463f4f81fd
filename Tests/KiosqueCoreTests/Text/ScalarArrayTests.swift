import Testing
@testable import KiosqueCore

@Suite struct ScalarArrayTests {
    @Test func givesTheScalarsOfAnyString() {
        let texts = ["", "a", "Défense « nationale » – l’État…", "Ελλάδα Москва 東京 🇫🇷👍🏽 e\u{301} \u{10FFFF}\u{7F}\u{80}\u{7FF}\u{800}\u{FFFF}\u{10000}",
                     String(repeating: "é€𝄞", count: 1_000)]
        for text in texts {
            #expect(ScalarArray.of(text) == Array(text.unicodeScalars))
            let sub = text.dropFirst(min(3, text.count))
            #expect(ScalarArray.of(sub) == Array(sub.unicodeScalars))
        }
    }
}

@Suite struct LatinClassesTests {
    @Test func latinTableAgreesWithUnicodeProperties() throws {
        for value in UInt32(0)..<0x400 {
            let scalar = try #require(Unicode.Scalar(value))
            let p = scalar.properties
            let asciiLetter = value < 0x80 && ((value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A)
            #expect(scalar.isLetter == (value < 0x80 ? asciiLetter : p.isAlphabetic), "U+\(String(value, radix: 16))")
            #expect(scalar.isUppercaseLetter == (value < 0x80 ? (value >= 0x41 && value <= 0x5A) : p.isUppercase))
            #expect(scalar.isLowercaseLetter == (value < 0x80 ? (value >= 0x61 && value <= 0x7A) : p.isLowercase))
        }
    }
}

@Suite struct WordTableTests {
    @Test func findsEveryKeyAndNothingElse() {
        var map: [String: Int32] = [:]
        for i in 0..<5_000 { map["mot\(i)"] = Int32(i) }
        map["défense"] = 9_001
        map[""] = 9_002
        let table = WordTable(map)
        for (key, value) in map { #expect(table.value(of: key) == value) }
        #expect(table.value(of: "mot5000") == -1)
        #expect(table.value(of: "defense") == -1)
        #expect(table.value(of: "Mot1") == -1)
    }
}
