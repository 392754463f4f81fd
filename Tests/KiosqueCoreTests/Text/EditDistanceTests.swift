import Testing
@testable import KiosqueCore

@Suite struct EditDistanceTests {
    @Test("distances: swaps count one, as do insertions, deletions and substitutions")
    func distances() {
        #expect(EditDistance.between("lsit", "list") == 1)
        #expect(EditDistance.between("serch", "search") == 1)
        #expect(EditDistance.between("shwo", "show") == 1)
        #expect(EditDistance.between("", "list") == 4)
        #expect(EditDistance.between("list", "list") == 0)
        #expect(EditDistance.between("kitten", "sitting") == 3)
    }

    @Test("a suggestion only within two edits, never for an exact name, the nearest first")
    func suggestions() {
        let names = ["read", "list", "show", "analyze", "sectors", "search", "convert", "bookmarks"]
        #expect(EditDistance.suggestion(for: "lsit", among: names) == "list")
        #expect(EditDistance.suggestion(for: "LIST", among: names) == "list")
        #expect(EditDistance.suggestion(for: "secteurs", among: names) == "sectors", "the French word finds its command")
        #expect(EditDistance.suggestion(for: "list", among: names) == nil)
        #expect(EditDistance.suggestion(for: "articles", among: names) == nil)
        #expect(EditDistance.suggestion(for: "sectros", among: names) == "sectors")
    }
}
