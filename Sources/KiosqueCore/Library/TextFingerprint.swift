/// A 64-bit SimHash of a text's three-word shingles (words folded: case and accents ignored):
/// two versions of one agency dispatch (a credit line added, a word changed) differ in a few
/// bits, two different articles in about half. Used to find the same article from several
/// outlets (`LibraryStore`).
struct TextFingerprint: Hashable, Sendable {
    var hash: UInt64
    /// Words of the text.
    var words: Int

    /// Texts shorter than this are only matched exactly: a two-line summary is too little to
    /// judge by.
    static let minimumWords = 40
    /// Bits that may differ between near-identical texts. Four bands of 16 bits: two hashes
    /// this close share at least one band, which the manifest indexes.
    static let maximumDistance = 3

    init(hash: UInt64, words: Int) {
        self.hash = hash
        self.words = words
    }

    init(text: String) {
        let folded = Folding.fold(text)
        var words: [Substring] = []
        var start: String.Index?
        var index = folded.startIndex
        while index < folded.endIndex {
            let character = folded[index]
            if character.isLetter || character.isNumber {
                if start == nil { start = index }
            } else if let begin = start {
                words.append(folded[begin..<index])
                start = nil
            }
            index = folded.index(after: index)
        }
        if let begin = start { words.append(folded[begin...]) }
        var counts = [Int](repeating: 0, count: 64)
        if words.count >= 3 {
            for k in 0...(words.count - 3) {
                let shingle = CorpusIDs.fnv1a(words[k] + " " + words[k + 1] + " " + words[k + 2])
                for bit in 0..<64 { counts[bit] += (shingle >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
            }
        }
        var hash: UInt64 = 0
        for bit in 0..<64 where counts[bit] > 0 { hash |= 1 << UInt64(bit) }
        self.init(hash: hash, words: words.count)
    }

    /// The four 16-bit bands, as the manifest stores them.
    var bands: [Int64] { (0..<4).map { Int64((hash >> UInt64($0 * 16)) & 0xFFFF) } }

    /// True when both texts are long enough and near-identical (few differing bits, lengths
    /// within a fifth of each other).
    func isNearIdentical(to other: TextFingerprint) -> Bool {
        guard words >= Self.minimumWords, other.words >= Self.minimumWords else { return false }
        let (small, large) = (min(words, other.words), max(words, other.words))
        guard small * 5 >= large * 4 else { return false }
        return (hash ^ other.hash).nonzeroBitCount <= Self.maximumDistance
    }
}
