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

    /// The fingerprint of `text`. Words are hashed as they are read (FNV-1a over the folded
    /// scalars; ASCII tested by range, other scalars by their Unicode properties), and each
    /// shingle's hash mixes its three word hashes: no substring is made.
    init(text: String) {
        let folded = Folding.fold(text)
        var words: [UInt64] = []
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        var inWord = false
        for scalar in folded.unicodeScalars {
            let value = scalar.value
            let isWord = value < 0x80
                ? (value >= 0x61 && value <= 0x7A) || (value >= 0x30 && value <= 0x39) || (value >= 0x41 && value <= 0x5A)
                : scalar.properties.isAlphabetic || scalar.properties.numericType != nil
            if isWord {
                hash = (hash ^ UInt64(value)) &* 0x0000_0100_0000_01b3
                inWord = true
            } else if inWord {
                words.append(hash)
                hash = 0xcbf2_9ce4_8422_2325
                inWord = false
            }
        }
        if inWord { words.append(hash) }
        var counts = [Int](repeating: 0, count: 64)
        if words.count >= 3 {
            for k in 0...(words.count - 3) {
                let shingle = Self.mix(words[k] ^ Self.mix(words[k + 1] &+ 0x9E37_79B9_7F4A_7C15) ^ Self.mix(Self.mix(words[k + 2]) &+ 1))
                for bit in 0..<64 { counts[bit] += (shingle >> UInt64(bit)) & 1 == 1 ? 1 : -1 }
            }
        }
        var result: UInt64 = 0
        for bit in 0..<64 where counts[bit] > 0 { result |= 1 << UInt64(bit) }
        self.init(hash: result, words: words.count)
    }

    /// SplitMix64's finaliser: spreads a word hash over all 64 bits.
    static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
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
