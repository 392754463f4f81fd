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
