/// Code points with every run of whitespace made one space, remembering where each came from:
/// the text re-anchoring searches, so that a passage is found again when only its spacing or
/// line breaks changed.
struct NormalizedText {
    /// The normalized code points (values), whitespace runs as a single U+0020.
    let values: [UInt32]
    /// For each normalized code point, its offset in the original text.
    let origin: [Int]
    /// Number of code points of the original text.
    let originalCount: Int

    init<S: Sequence>(_ scalars: S) where S.Element == Unicode.Scalar {
        var values: [UInt32] = []
        var origin: [Int] = []
        var inSpace = false
        var index = 0
        for scalar in scalars {
            if scalar.properties.isWhitespace {
                if !inSpace {
                    values.append(0x20)
                    origin.append(index)
                }
                inSpace = true
            } else {
                values.append(scalar.value)
                origin.append(index)
                inSpace = false
            }
            index += 1
        }
        self.values = values
        self.origin = origin
        originalCount = index
    }

    init(_ text: String) { self.init(text.unicodeScalars) }

    var count: Int { values.count }

    /// Original offsets of the normalized range `start..<end`.
    func originalRange(_ start: Int, _ end: Int) -> TextRange {
        let lower = start < origin.count ? origin[start] : originalCount
        let upper = end < origin.count ? origin[end] : originalCount
        return TextRange(lower, upper)
    }

    /// The normalized index of an original offset (the first normalized code point at or after it).
    func normalizedIndex(of offset: Int) -> Int {
        var low = 0, high = origin.count
        while low < high {
            let mid = (low + high) / 2
            if origin[mid] < offset { low = mid + 1 } else { high = mid }
        }
        return low
    }

    /// Start indexes of every occurrence of `pattern` in `values` (Knuth-Morris-Pratt: linear).
    func occurrences(of pattern: ArraySlice<UInt32>) -> [Int] {
        let p = Array(pattern)
        guard !p.isEmpty, p.count <= values.count else { return [] }
        var failure = [Int](repeating: 0, count: p.count)
        var k = 0
        for i in 1..<p.count {
            while k > 0 && p[i] != p[k] { k = failure[k - 1] }
            if p[i] == p[k] { k += 1 }
            failure[i] = k
        }
        var found: [Int] = []
        k = 0
        for (i, value) in values.enumerated() {
            while k > 0 && value != p[k] { k = failure[k - 1] }
            if value == p[k] { k += 1 }
            if k == p.count {
                found.append(i - p.count + 1)
                k = failure[k - 1]
            }
        }
        return found
    }
}
