/// Finds PER, LOC, ORG and DATE mentions in French text (rules of `shared/eval/GUIDELINES.md`).
///
/// Rule-based and deterministic: word lists from `Resources/ner/` (see `Gazetteers`), French
/// context cues (titles before a person, prepositions before a place, cue nouns before an
/// organisation, `ministère`/`ministre` before a portfolio), a common-word lexicon against
/// capitalised sentence starts, and one pass over the whole text that ties mentions together.
public struct EntityRecognizer: Sendable {
    public let gazetteers: Gazetteers
    private let tokenizer = FrenchTokenizer()

    public init(gazetteers: Gazetteers) {
        self.gazetteers = gazetteers
    }

    /// A recogniser over the bundled word lists.
    public static func bundled() throws(GazetteerError) -> EntityRecognizer {
        EntityRecognizer(gazetteers: try Gazetteers.bundled())
    }

    /// Every entity of `text`, in text order, with code point ranges into `text`; texts and
    /// canonical names with plain spaces (`EntityName.normalisedSpacing`).
    public func entities(in text: String) -> [Entity] {
        entities(in: text, skippingIdleWords: true)
    }

    /// The same; `skippingIdleWords: false` tries every rule at every word (`opensNoRule` off),
    /// for the test that the skip changes no result.
    func entities(in text: String, skippingIdleWords: Bool) -> [Entity] {
        let scalars = ScalarArray.of(text)
        let tokens = GluedWords.mend(tokenizer.tokens(in: scalars), scalars: scalars, lexicon: gazetteers.trie)
        guard !tokens.isEmpty else { return [] }
        var pass = RecognitionPass(tokens: tokens, gazetteers: gazetteers)
        pass.skipsIdleWords = skippingIdleWords
        pass.findDates()
        pass.findNames()
        pass.findCoordinatedPlaces()
        pass.makeConsistent(text: scalars)
        pass.splitHyphenatedPairs()
        return pass.found
            .sorted { ($0.start, $0.end, $0.part?.start ?? 0) < ($1.start, $1.end, $1.part?.start ?? 0) }
            .map { f in
                if let part = f.part {
                    let surface = scalars.string(part)
                    return Entity(kind: f.kind, range: part, text: surface, canonical: surface)
                }
                let range = TextRange(tokens[f.start].range.start, tokens[f.end - 1].range.end)
                // Texts are shown and counted with plain spaces (`EntityName`); the range keeps the source's.
                let surface = EntityName.normalisedSpacing(pass.surface(f.start, f.end, in: scalars))
                return Entity(kind: f.kind, range: range, text: surface,
                              canonical: f.canonical.map(EntityName.normalisedSpacing) ?? surface)
            }
    }
}
