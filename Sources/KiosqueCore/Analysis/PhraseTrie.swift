/// Word lists of one or more words, looked up token by token on folded forms.
///
/// Each node is reached by a sequence of folded tokens; a node that ends an entry carries the
/// categories of every list holding it and the entry as first written (its canonical form).
struct PhraseTrie: Sendable {
    struct Node: Sendable {
        var children: [String: Int32] = [:]
        var categories: LexiconCategory = []
        var canonical: String?
        /// Bit k set when token k of the entry is capitalised in the list (it must be in the text).
        var capitalMask: UInt64 = 0
        /// Categories of this node and every node below it (`finish()`): a match wanting none of
        /// them can stop here.
        var reachable: LexiconCategory = []
    }

    private(set) var nodes: [Node] = [Node()]
    /// The root's children again, in a table hashed with FNV-1a (`finish()`): every word of every
    /// article is looked up there, and the dictionary's seeded hashing was a tenth of the time.
    private var roots = WordTable()

    /// Adds an entry given as its tokens.
    mutating func insert(_ tokens: [Token], surface: String, category: LexiconCategory) {
        guard !tokens.isEmpty else { return }
        var node = 0
        for token in tokens {
            if let next = nodes[node].children[token.folded] {
                node = Int(next)
            } else {
                nodes.append(Node())
                let next = nodes.count - 1
                nodes[node].children[token.folded] = Int32(next)
                node = next
            }
        }
        nodes[node].categories.formUnion(category)
        // Capitals the text must show: those of the first spelling, less those another capitalised
        // spelling lacks (`France Info` and `France info` both listed: only `France` must be
        // capitalised). Lower-case entries of other lists (`paris`, bets) leave the mask alone.
        var mask: UInt64 = 0
        for (k, token) in tokens.prefix(64).enumerated() where token.isCapitalized || token.isAllCaps {
            mask |= 1 << UInt64(k)
        }
        // A leading article may be written in lower case (`la France insoumise` for the listed
        // `La France insoumise`).
        if tokens.count > 1, RecognitionPass.isDefiniteArticle(tokens[0].folded) { mask &= ~1 }
        if nodes[node].canonical == nil {
            nodes[node].capitalMask = mask
        } else if mask & 1 != 0 {
            nodes[node].capitalMask &= mask
        }
        // The first spelling wins, except that a capitalised spelling beats a lower-case one.
        if let current = nodes[node].canonical {
            if current.first?.isLowercase == true, surface.first?.isUppercase == true {
                nodes[node].canonical = surface
            }
        } else {
            nodes[node].canonical = surface
        }
    }

    /// Computes `reachable` of every node; call once after the last `insert`.
    mutating func finish() {
        // Children are always appended after their parent, so a backward sweep sees them first.
        for node in nodes.indices.reversed() {
            var reachable = nodes[node].categories
            for child in nodes[node].children.values { reachable.formUnion(nodes[Int(child)].reachable) }
            nodes[node].reachable = reachable
        }
        roots = WordTable(nodes[0].children)
    }

    /// The node reached from the root by one folded word, or -1.
    func firstNode(_ folded: String) -> Int32 {
        roots.isEmpty ? nodes[0].children[folded] ?? -1 : roots.value(of: folded)
    }

    /// Categories of a single folded word.
    func categories(ofWord folded: String) -> LexiconCategory {
        let child = firstNode(folded)
        return child >= 0 ? nodes[Int(child)].categories : []
    }

    /// A match of an entry over tokens.
    struct Match {
        /// One past the last token of the entry.
        var end: Int
        var categories: LexiconCategory
        var canonical: String?
        var capitalMask: UInt64
    }

    /// The longest entry starting at `start` whose categories meet `wanted`, if any.
    func longestMatch(in tokens: [Token], from start: Int, wanted: LexiconCategory, maxEnd: Int? = nil) -> Match? {
        guard start < tokens.count else { return nil }
        return longestMatch(in: tokens, from: start, first: firstNode(tokens[start].folded), wanted: wanted, maxEnd: maxEnd)
    }

    /// The same, given the node `first` that `tokens[start]` reaches from the root (-1 for none),
    /// so that callers who know it save one dictionary access per token.
    func longestMatch(in tokens: [Token], from start: Int, first: Int32, wanted: LexiconCategory, maxEnd: Int? = nil) -> Match? {
        guard first >= 0, !nodes[Int(first)].reachable.isDisjoint(with: wanted) else { return nil }
        var node = Int(first)
        var best: Match?
        var i = start + 1
        let limit = min(maxEnd ?? tokens.count, tokens.count)
        guard i <= limit else { return nil }
        while true {
            let found = nodes[node].categories.intersection(wanted)
            if !found.isEmpty {
                best = Match(end: i, categories: found, canonical: nodes[node].canonical,
                             capitalMask: nodes[node].capitalMask)
            }
            guard i < limit, !nodes[node].reachable.isDisjoint(with: wanted),
                  let next = nodes[node].children[tokens[i].folded] else { break }
            node = Int(next)
            i += 1
        }
        return best
    }
}

/// A fixed map from words to node numbers: open addressing on FNV-1a 64 of the UTF-8, keys
/// compared byte for byte. A dictionary would also equate canonically equivalent spellings
/// (a precomposed letter and its decomposed form); folded words never differ that way in Latin
/// or Greek script, whose marks folding removes.
struct WordTable: Sendable {
    private var keys: [String] = []
    private var hashes: [UInt64] = []
    private var values: [Int32] = []
    private var mask = 0

    init() {}

    init(_ map: [String: Int32]) {
        var capacity = 16
        while capacity < map.count * 2 { capacity <<= 1 }
        mask = capacity - 1
        keys = Array(repeating: "", count: capacity)
        hashes = Array(repeating: 0, count: capacity)
        values = Array(repeating: -1, count: capacity)
        for (key, value) in map {
            let hash = CorpusIDs.fnv1a(key)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while values[slot] >= 0 { slot = (slot + 1) & mask }
            keys[slot] = key
            hashes[slot] = hash
            values[slot] = value
        }
    }

    var isEmpty: Bool { values.isEmpty }

    /// The value of `word`, or -1.
    func value(of word: String) -> Int32 {
        var word = word
        return word.withUTF8 { bytes in
            let hash = CorpusIDs.fnv1a(bytes: bytes)
            var slot = Int(truncatingIfNeeded: hash) & mask
            while values[slot] >= 0 {
                if hashes[slot] == hash, keys[slot].utf8.elementsEqual(bytes) { return values[slot] }
                slot = (slot + 1) & mask
            }
            return -1
        }
    }

}
