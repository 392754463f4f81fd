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
        if nodes[node].canonical == nil {
            for (k, token) in tokens.prefix(64).enumerated() where token.isCapitalized || token.isAllCaps {
                nodes[node].capitalMask |= 1 << UInt64(k)
            }
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
    }

    /// The node reached from the root by one folded word, or -1.
    func firstNode(_ folded: String) -> Int32 {
        nodes[0].children[folded] ?? -1
    }

    /// Categories of a single folded word.
    func categories(ofWord folded: String) -> LexiconCategory {
        guard let child = nodes[0].children[folded] else { return [] }
        return nodes[Int(child)].categories
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
