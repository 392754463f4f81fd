/// A name typed by someone looking for an entity (`lavrov`, `Sergueï Lavrov`, `serguei lavrov`).
///
/// Matching ignores case and accents and works on whole words: the query's words must appear, in
/// order and next to each other, among the words of the entity's canonical name or of its surface
/// text. So `Lavrov` matches `Sergueï Lavrov`, `affaires etrangeres` matches `ministère des
/// Affaires étrangères`, but `lav` matches nothing. Hyphens and apostrophes separate words
/// (`claude` matches `Jean-Claude Juncker`).
public struct EntityQuery: Hashable, Sendable {
    /// The folded words of the query.
    public let words: [String]

    /// A query, or nil when `name` holds no letter or digit.
    public init?(_ name: String) {
        let words = Self.words(of: name)
        guard !words.isEmpty else { return nil }
        self.words = words
    }

    /// True when the entity's canonical name or its surface text contains the query's words.
    public func matches(_ entity: Entity) -> Bool {
        matches(name: entity.canonical) || (entity.text != entity.canonical && matches(name: entity.text))
    }

    /// True when `name`'s words contain the query's words, in order and contiguous.
    public func matches(name: String) -> Bool {
        matches(words: Self.words(of: name))
    }

    /// True when `nameWords` (folded, as given by `words(of:)`) contain the query's words.
    public func matches(words nameWords: [String]) -> Bool {
        guard nameWords.count >= words.count else { return false }
        for start in 0...(nameWords.count - words.count)
        where nameWords[start..<(start + words.count)].elementsEqual(words) {
            return true
        }
        return false
    }

    /// Folded words of `text`: runs of letters and digits once folded (`Folding.fold`).
    public static func words(of text: String) -> [String] {
        var words: [String] = []
        var current = String.UnicodeScalarView()
        for scalar in Folding.fold(text).unicodeScalars {
            if scalar.properties.isAlphabetic || scalar.properties.numericType != nil {
                current.append(scalar)
            } else if !current.isEmpty {
                words.append(String(current))
                current = String.UnicodeScalarView()
            }
        }
        if !current.isEmpty { words.append(String(current)) }
        return words
    }
}
