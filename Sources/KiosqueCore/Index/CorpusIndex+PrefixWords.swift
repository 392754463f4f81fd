import GRDB
import Synchronization

/// The whole answer to a prefix with no prefix index (`elec*`, `defen*`), found word by word.
///
/// For such a prefix SQLite's FTS5 reads every word it starts and merges their position lists
/// before giving a row: `elec*` (49 words, 321,000 postings, 231,000 articles at 1,000,000) took
/// about 38 ms in SQLite alone. The same words, looked up one by one in the vocabulary
/// (`fts5vocab`) and each read whole (its rowids only), cost about 11 ms for the vocabulary and
/// 14 ms for the words (BENCHMARKS.md, "Search as you type: costly prefixes word by word"). The
/// union of the words' answers is exactly the prefix's: the prefix and the words are plain ASCII
/// (the tokenizer leaves them as they are), and the vocabulary lists every word of the index.
/// The list's first rows then come from this answer (`search(_:in:cancellation:order:limit:first:)`).
extension CorpusIndex {
    /// The most words a prefix is expanded into; one with more (`e*`: thousands) is searched as
    /// it is, by SQLite. Each word is a query (a lookup in each segment of the index); `cons*`
    /// has 297 words at a million articles, `pres*` 132, `elec*` 49.
    static let maxPrefixWords = 512

    /// The FTS5 expressions whose answers, together, are exactly the answer to `query`: one per
    /// word of its costly prefix (`IndexSchema.prefixLengths`), the prefix replaced by the word.
    /// Nil when `query` has no costly prefix or more than one, when the prefix or one of its words
    /// is not plain ASCII (lower-case letters and digits), or when it starts more than
    /// `maxPrefixWords` words.
    func expandedExpressions(_ query: SearchQuery, _ db: Database) throws -> [String]? {
        let costly = query.terms.indices.filter { !Self.seeksCheaply(term: query.terms[$0]) }
        guard costly.count == 1, let at = costly.first, let prefix = query.terms[at].words.last,
              Self.isPlain(prefix) else { return nil }
        guard let words = try words(startingWith: prefix, db) else { return nil }
        return words.map { word in
            var terms = query.terms
            terms[at].words[terms[at].words.count - 1] = word
            terms[at].lastIsPrefix = false
            return terms.map(\.ftsExpression).joined(separator: " ")
        }
    }

    /// The words of the index starting with `prefix`, in byte order (nil: more than
    /// `maxPrefixWords`, or one not plain), from the cache when this generation of the index
    /// already looked up `prefix` or a prefix of it.
    func words(startingWith prefix: String, _ db: Database) throws -> [String]? {
        let generation = try Self.generation(db)
        switch prefixWords.words(startingWith: prefix, generation: generation) {
        case .words(let words): return words
        case .tooMany: return nil
        case .unknown: break
        }
        try db.execute(sql: "CREATE VIRTUAL TABLE IF NOT EXISTS temp.search_words USING fts5vocab(main, 'search_text', 'row')")
        // The vocabulary is in byte order: the words of `prefix` follow one another from it.
        let terms = try String.fetchCursor(db, sql: "SELECT term FROM temp.search_words WHERE term >= ?", arguments: [prefix])
        var words: [String]? = []
        while let term = try terms.next(), term.utf8.starts(with: prefix.utf8) {
            guard Self.isPlain(term), (words?.count ?? 0) < Self.maxPrefixWords else {
                words = nil
                break
            }
            words?.append(term)
        }
        prefixWords.store(words, for: prefix, generation: generation)
        return words
    }

    /// The rowids of `expressions`' answers together, ascending, each once; nil when
    /// `cancellation` stopped it between two words (within one, SQLite is interrupted).
    static func union(of expressions: [String], _ db: Database, cancellation: IndexCancellation?) throws -> [Int64]? {
        // A bit per rowid up to `bitLimit` (analysis ids are dense from 1: 125 KB at a million),
        // a set beyond it.
        var bits: [UInt64] = []
        var beyond: Set<Int64> = []
        for expression in expressions {
            if cancellation?.isCancelled == true { return nil }
            try RowidReader.forEach(db, sql: "SELECT rowid FROM search_text WHERE search_text MATCH ?",
                                    arguments: [expression]) { id in
                guard id >= 0, id < bitLimit else {
                    beyond.insert(id)
                    return
                }
                let slot = Int(id >> 6)
                if slot >= bits.count { bits.append(contentsOf: repeatElement(0, count: max(slot + 1, bits.count * 2) - bits.count)) }
                bits[slot] |= 1 << UInt64(id & 63)
            }
        }
        var ids: [Int64] = []
        ids.reserveCapacity(bits.reduce(0) { $0 + $1.nonzeroBitCount } + beyond.count)
        ids += beyond.filter { $0 < 0 }.sorted()
        for (slot, var word) in bits.enumerated() where word != 0 {
            while word != 0 {
                ids.append(Int64(slot) << 6 | Int64(word.trailingZeroBitCount))
                word &= word - 1
            }
        }
        ids += beyond.filter { $0 >= 0 }.sorted()
        return ids
    }

    /// Rowids kept in `union(of:_:cancellation:)`'s bit table (16 MB of bits at most).
    static let bitLimit: Int64 = 1 << 27

    /// True when every scalar of `word` is a lower-case ASCII letter or a digit: FTS5's tokenizer
    /// gives such a word back as it is.
    static func isPlain(_ word: String) -> Bool {
        !word.isEmpty && word.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) }
    }
}

/// The words of the costly prefixes looked up so far (`CorpusIndex.words(startingWith:_:)`), for
/// one generation of the index: reading them from the vocabulary costs about as much as reading
/// their answers (it counts their articles), and a prefix typed on (`elec`, `elect`) takes its
/// words from the shorter one's.
final class PrefixWordCache: Sendable {
    private struct Entries {
        var generation: String?
        /// Prefix -> its words; nil: more than `CorpusIndex.maxPrefixWords`.
        var words: [String: [String]?] = [:]
    }

    private let entries = Mutex(Entries())
    /// Prefixes kept at most (all are dropped when it is reached).
    static let capacity = 256

    enum Lookup: Equatable {
        case unknown
        case tooMany
        case words([String])
    }

    /// The words of `prefix`: its own entry, or the words of a shorter prefix of it that start
    /// with it.
    func words(startingWith prefix: String, generation: String?) -> Lookup {
        entries.withLock { entries in
            guard entries.generation == generation else { return .unknown }
            if let known = entries.words[prefix] { return known.map(Lookup.words) ?? .tooMany }
            for case let (shorter, words?) in entries.words where prefix.utf8.starts(with: shorter.utf8) {
                return .words(words.filter { $0.utf8.starts(with: prefix.utf8) })
            }
            return .unknown
        }
    }

    func store(_ words: [String]?, for prefix: String, generation: String?) {
        entries.withLock { entries in
            if entries.generation != generation || entries.words.count >= Self.capacity {
                entries = Entries(generation: generation)
            }
            entries.words[prefix] = .some(words)
        }
    }
}
