/// The working state of one recognition over one text: tokens, what each token is in the word
/// lists, which tokens already belong to an entity, and the entities found so far.
///
/// Rules live in extensions (`DateRules`, `NameRules`, `Consistency`); each looks at a token
/// position and, when it applies, claims a span of tokens for one entity.
struct RecognitionPass {
    /// An entity as a span of tokens.
    struct Found {
        var kind: EntityKind
        var start: Int
        /// One past the last token.
        var end: Int
        var canonical: String?
        /// Code points of a part of one token (`Russie` of `Russie-Afrique`); nil for whole tokens.
        var part: TextRange? = nil
    }

    let tokens: [Token]
    let lexicon: PhraseTrie
    /// Single-word categories of each token.
    let categories: [LexiconCategory]
    /// The trie node each token reaches from the root (-1 for none): the first step of every match.
    let firstNodes: [Int32]
    /// True where a sentence (or a line, a quotation) starts.
    let sentenceStart: [Bool]
    /// `Gazetteers.abbreviations`: the words a full stop follows without ending a sentence.
    let abbreviations: Set<String>
    /// `Gazetteers.cueSpellings`.
    let cueSpellings: [String: [String]]
    var taken: [Bool]
    var found: [Found] = []
    /// Capitalised words the text names alone after `à`, `en`... (`NameRules.isNamedAsPlace`),
    /// gathered on the first question.
    var namedAsPlaces: Set<String>?
    /// False to try every name rule at every word (`NameRules.opensNoRule` off), for tests.
    var skipsIdleWords = true

    init(tokens: [Token], gazetteers: Gazetteers) {
        self.tokens = tokens
        let lexicon = gazetteers.trie
        self.lexicon = lexicon
        abbreviations = gazetteers.abbreviations
        cueSpellings = gazetteers.cueSpellings
        let firstNodes = tokens.map { $0.kind == .word || $0.kind == .elision ? lexicon.firstNode($0.folded) : -1 }
        self.firstNodes = firstNodes
        categories = firstNodes.map { $0 >= 0 ? lexicon.nodes[Int($0)].categories : [] }
        taken = Array(repeating: false, count: tokens.count)
        var starts = Array(repeating: false, count: tokens.count)
        for i in tokens.indices {
            starts[i] = Self.startsSentence(tokens, i, abbreviations: gazetteers.abbreviations, longest: gazetteers.abbreviationLength)
        }
        sentenceStart = starts
    }

    /// Sentence starts: the first token, a line start, after `.`/`!`/`?`/`…`/`:`, opening quotes or
    /// a dialogue dash; a dot after an abbreviation of the list or an initial (`M.`, `J.`) ends
    /// nothing.
    static func startsSentence(_ tokens: [Token], _ i: Int, abbreviations: Set<String>, longest: Int) -> Bool {
        if i == 0 || tokens[i].startsLine { return true }
        let previous = tokens[i - 1]
        guard previous.kind == .punctuation || previous.kind == .quote,
              let mark = previous.text.unicodeScalars.first else { return false }
        switch mark {
        case "!", "?", "…", ":", "«", "“", "\"", "—", "–", "•", "|", ";":
            return true
        case ".":
            guard i >= 2 else { return true }
            let before = tokens[i - 2]
            if before.kind == .word, before.length == 1, before.isCapitalized { return false }
            // Longer words than every abbreviation skip the set's hashing.
            return !(before.kind == .word && before.length <= longest && SentenceSegmenter.isListed(before.text, in: abbreviations))
        default:
            return false
        }
    }

    // MARK: token predicates

    /// The longest list entry starting at token `i` whose categories meet `wanted`.
    func match(from i: Int, wanted: LexiconCategory) -> PhraseTrie.Match? {
        guard i >= 0, i < tokens.count else { return nil }
        return lexicon.longestMatch(in: tokens, from: i, first: firstNodes[i], wanted: wanted)
    }

    func isWord(_ i: Int) -> Bool { i < tokens.count && tokens[i].kind == .word }

    /// True when `word`, before a full stop, is an abbreviation of the list (`Ed.`, `Dr.`).
    func isAbbreviation(_ word: String) -> Bool { SentenceSegmenter.isListed(word, in: abbreviations) }

    /// A capitalised word that could begin or continue a name.
    func isCapitalWord(_ i: Int) -> Bool {
        i < tokens.count && tokens[i].kind == .word && tokens[i].isCapitalized
    }

    func has(_ i: Int, _ category: LexiconCategory) -> Bool {
        i >= 0 && i < tokens.count && !categories[i].isDisjoint(with: category)
    }

    func folded(_ i: Int) -> String { i >= 0 && i < tokens.count ? tokens[i].folded : "" }

    /// `de`, `des`, `du`, `d'` and `de la`, `de l'`: returns the index after the preposition.
    func preposition(at i: Int) -> Int? {
        switch folded(i) {
        case "des", "du", "d'": return i + 1
        case "de":
            if folded(i + 1) == "la" || folded(i + 1) == "l'" { return i + 2 }
            return i + 1
        default: return nil
        }
    }

    /// Lists that name something by themselves and beat the common-word reading at a sentence start.
    static let strongNames: LexiconCategory = [.country, .place, .organization, .seatOfPower, .region]

    /// A capitalised word that is not a name here: a function word (`Le`), or a common word
    /// (`Depuis`, `État`) that no strong list claims. Cities and given names that are also common
    /// words are names only mid-sentence.
    func isCommonCapital(_ i: Int) -> Bool {
        let c = categories[i]
        if c.contains(.functionWord) { return true }
        guard c.contains(.commonWord) else { return false }
        if sentenceStart[i] { return c.isDisjoint(with: Self.strongNames) }
        return c.isDisjoint(with: .anyName)
    }

    mutating func claim(_ kind: EntityKind, _ start: Int, _ end: Int, canonical: String? = nil) {
        guard start < end, end <= tokens.count else { return }
        for k in start..<end where taken[k] { return }
        for k in start..<end { taken[k] = true }
        found.append(Found(kind: kind, start: start, end: end, canonical: canonical))
    }
}
