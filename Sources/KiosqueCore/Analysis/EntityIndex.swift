/// The entities of many articles, computed once on every core, and which articles mention what.
///
/// Built for the command line (`kiosque list --entity`) and the reader's article filter alike.
public struct EntityIndex: Sendable {
    /// The entities of each text, in the order the texts were given.
    public let entities: [[Entity]]
    /// For each distinct name (canonical or surface text), its folded words and the texts using it.
    private let names: [(words: [String], texts: [Int])]

    /// Analyses `texts` on every core.
    public init(texts: [String], recognizer: EntityRecognizer) {
        self.init(entities: recognizer.entities(inEach: texts))
    }

    /// An index over entities already found, one array per text.
    public init(entities: [[Entity]]) {
        self.entities = entities
        var textsByName: [String: [Int]] = [:]
        for (index, list) in entities.enumerated() {
            var seen = Set<String>()
            for entity in list {
                for name in [entity.canonical, entity.text] where seen.insert(name).inserted {
                    textsByName[name, default: []].append(index)
                }
            }
        }
        names = textsByName.map { (EntityQuery.words(of: $0.key), $0.value) }
    }

    /// Indexes of the texts mentioning an entity that `query` matches, in increasing order.
    public func texts(matching query: EntityQuery) -> [Int] {
        var found = Set<Int>()
        for name in names where query.matches(words: name.words) {
            found.formUnion(name.texts)
        }
        return found.sorted()
    }
}

extension EntityRecognizer {
    /// The entities of each text, computed on every core, in the texts' order.
    public func entities(inEach texts: [String]) -> [[Entity]] {
        ParallelMap.map(texts, chunkSize: 8) { entities(in: $0) }
    }
}
