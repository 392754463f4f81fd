/// One pass over the whole text for consistency: a name recognised once is recognised everywhere,
/// and a shorter mention of a person (`Diop`) is tied to the fuller name (`Abdoulaye Diop`).
extension RecognitionPass {
    /// Last words that never stand for a person's full name: particles, and places and
    /// organisations of the lists.
    static let ownNames: LexiconCategory = [.nameParticle, .anyLocation, .anyOrganization]

    /// Key of a span of tokens: folded tokens joined by spaces.
    func key(_ start: Int, _ end: Int) -> String {
        var s = tokens[start].folded
        for k in (start + 1)..<max(start + 1, end) {
            s += " "
            s += tokens[k].folded
        }
        return s
    }

    func surface(_ start: Int, _ end: Int, in text: [Unicode.Scalar]) -> String {
        text.string(TextRange(tokens[start].range.start, tokens[end - 1].range.end))
    }

    /// Ties mentions together, then finds every other occurrence of a known name.
    mutating func makeConsistent(text: [Unicode.Scalar]) {
        var known: [String: (kind: EntityKind, canonical: String)] = [:]
        var longest = 1
        var firstWords = Set<String>()
        // Full names first so that surnames point to them.
        let ordered = found.indices.sorted { (found[$0].end - found[$0].start, -$0) > (found[$1].end - found[$1].start, -$1) }
        for index in ordered where found[index].kind != .date {
            let f = found[index]
            let k = key(f.start, f.end)
            let canonical = known[k]?.canonical ?? f.canonical ?? surface(f.start, f.end, in: text)
            if known[k] == nil { known[k] = (f.kind, canonical) }
            firstWords.insert(tokens[f.start].folded)
            found[index].canonical = known[k]?.canonical
            longest = max(longest, f.end - f.start)
            if f.kind == .person, f.end - f.start >= 2, isWord(f.end - 1) {
                // `Abdoulaye Diop` -> `Diop`; `Jean-Claude Marcourt` -> `Marcourt`. A place or an
                // organisation of the lists keeps its own name: `France` alone is never `Zahra
                // France`, nor `Paris` `Zouaves Paris`. After a capitalised particle the short
                // form keeps it: `Bruno Le Maire` -> `Le Maire`, not `Maire`.
                let lastStart = f.end - f.start >= 3 && has(f.end - 2, .nameParticle) && isCapitalWord(f.end - 2) ? f.end - 2 : f.end - 1
                let last = key(lastStart, f.end)
                if known[last] == nil, !has(f.end - 1, Self.ownNames) {
                    known[last] = (.person, canonical)
                    firstWords.insert(tokens[lastStart].folded)
                }
            }
        }
        guard !known.isEmpty else { return }
        var i = 0
        while i < tokens.count {
            guard !taken[i], isCapitalWord(i) || tokens[i].isAllCaps, !isTitleAbbreviation(i),
                  firstWords.contains(tokens[i].folded) else {
                i += 1
                continue
            }
            var matched = false
            for length in stride(from: min(longest, tokens.count - i), through: 1, by: -1) {
                let end = i + length
                guard !(i..<end).contains(where: { taken[$0] }), let entry = known[key(i, end)] else { continue }
                if isCommonCapital(i), length == 1, entry.kind != .person || sentenceStart[i] == false && has(i, .functionWord) {
                    continue
                }
                // A person's name ends with a capital: `le maire` is not `Le Maire`.
                if entry.kind == .person, length > 1, !isCapitalWord(end - 1), !tokens[end - 1].isAllCaps { continue }
                claim(entry.kind, i, end, canonical: entry.canonical)
                i = end
                matched = true
                break
            }
            if !matched { i += 1 }
        }
    }
}
