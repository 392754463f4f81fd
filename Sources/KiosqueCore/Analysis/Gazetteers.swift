import Foundation
import KiosqueResources

/// Why the word lists could not be loaded.
public enum GazetteerError: Error, Hashable, Sendable, CustomStringConvertible {
    case folderMissing
    case unreadable(file: String, reason: String)

    public var description: String {
        switch self {
        case .folderMissing:
            return "cannot find Resources/ner (set KIOSQUE_RESOURCES to the folder holding Resources/)"
        case .unreadable(let file, let reason):
            return "cannot read word list \(file): \(reason)"
        }
    }
}

/// Every word list of `Resources/ner/`, merged into one phrase lookup. Immutable once built.
///
/// A list is a text file, one entry a line (one or more words), `#` starting a comment line;
/// which list a file feeds is given by `LexiconCategory.files`.
public struct Gazetteers: Sendable {
    let trie: PhraseTrie
    /// Number of entries read, all lists together (for diagnostics and tests).
    public let entryCount: Int
    /// The words a full stop follows without ending a sentence (`M.`, `Dr.`, `Ed.`), as written,
    /// the stop dropped: the loader's `fr/abbreviations.txt`, so that the recogniser and the
    /// sentence segmenter read one list (`isAbbreviation`).
    let abbreviations: Set<String>
    /// The longest of `abbreviations`, in code points: a longer word is none, unhashed.
    let abbreviationLength: Int
    /// The spellings the organisation cues are listed with (`org-cues.txt`, one word), by folded
    /// form: a word that adds accents to every one of them is another word (`a marqué la
    /// Belgique` holds no `marque`), as the trie alone, on folded forms, cannot tell.
    let cueSpellings: [String: [String]]

    /// Builds the lists from file contents: `(file name, text)` pairs.
    /// The file `abbreviations.txt` is the loader's list of abbreviations (`fr/abbreviations.txt`).
    public init(contents: [(file: String, text: String)]) {
        var trie = PhraseTrie()
        var abbreviations: Set<String> = []
        var cueSpellings: [String: [String]] = [:]
        var count = 0
        let tokenizer = FrenchTokenizer()
        let categories = Dictionary(LexiconCategory.files.map { ($0.file, $0.category) },
                                    uniquingKeysWith: { $0.union($1) })
        for (file, text) in contents {
            if file == Self.abbreviationsFile {
                // Single words only: the recogniser looks at the one word before a full stop.
                for entry in WordListFile(text).entries() where entry.hasSuffix(".") && !entry.dropLast().contains(".") {
                    abbreviations.insert(String(entry.dropLast()))
                }
                continue
            }
            guard let category = categories[file] else { continue }
            for rawLine in text.split(separator: "\n", omittingEmptySubsequences: true) {
                let line = rawLine.trimmingCharacters(in: .whitespaces)
                if line.isEmpty || line.hasPrefix("#") { continue }
                let tokens = Self.entryTokens(line, tokenizer)
                trie.insert(tokens, surface: line, category: category)
                if category.contains(.organizationCue), tokens.count == 1 {
                    cueSpellings[tokens[0].folded, default: []].append(line.lowercased())
                }
                count += 1
            }
        }
        trie.finish()
        self.trie = trie
        self.entryCount = count
        self.abbreviations = abbreviations
        abbreviationLength = abbreviations.map(\.unicodeScalars.count).max() ?? 0
        self.cueSpellings = cueSpellings
    }

    static let abbreviationsFile = "abbreviations.txt"

    /// The prefix of `mi-novembre`: listed with each month (`calendarLists`); the DATE is the month
    /// after it (`RecognitionPass.midMonth`).
    static let midMonthPrefix = "mi-"

    /// True when `word`, written before a full stop, is an abbreviation of the list: as listed, or
    /// capitalised from a lower-case entry (`cf.`, `Cf.`), as `SentenceSegmenter` reads it.
    func isAbbreviation(_ word: String) -> Bool {
        SentenceSegmenter.isListed(word, in: abbreviations)
    }

    /// The tokens of a list entry. An elided word (`d'`, `l’` of `function-words.txt`,
    /// `name-particles.txt`) is read as the text writes it, before a word (`d’Estaing`): one
    /// elision token, not a word and an apostrophe that no text would match.
    static func entryTokens(_ line: String, _ tokenizer: FrenchTokenizer) -> [Token] {
        guard let last = line.unicodeScalars.last, FrenchTokenizer.isApostrophe(last) else { return tokenizer.tokens(in: line) }
        let tokens = tokenizer.tokens(in: line + "x")
        guard tokens.count >= 2, tokens[tokens.count - 2].kind == .elision else { return tokenizer.tokens(in: line) }
        return Array(tokens.dropLast())
    }

    /// Reads every list of `LexiconCategory.files` from `directory` (`Resources/ner/`); month and
    /// weekday names come from the loader's `fr/months.txt` beside it (`calendarLists`), English
    /// month names from its `dates/names.txt` (`englishMonthList`), the abbreviations from its
    /// `fr/abbreviations.txt`.
    public init(directory: URL) throws(GazetteerError) {
        var contents: [(file: String, text: String)] = []
        for (file, _) in LexiconCategory.files where !LexiconCategory.calendarFiles.contains(file) {
            contents.append((file, try Self.read(directory.appendingPathComponent(file))))
        }
        let resources = directory.deletingLastPathComponent()
        contents.append(contentsOf: Self.calendarLists(try Self.read(resources.appendingPathComponent("fr/months.txt"))))
        contents.append(Self.englishMonthList(try Self.read(resources.appendingPathComponent("dates/names.txt"))))
        let abbreviations = resources.appendingPathComponent("fr/\(Self.abbreviationsFile)")
        contents.append((Self.abbreviationsFile, try Self.read(abbreviations)))
        self.init(contents: contents)
    }

    private static func read(_ url: URL) throws(GazetteerError) -> String {
        do {
            return try String(contentsOf: url, encoding: .utf8)
        } catch {
            throw .unreadable(file: url.path, reason: error.localizedDescription)
        }
    }

    /// The `months.txt` and `weekdays.txt` lists drawn from the text of `fr/months.txt`: full month
    /// names (abbreviations end with a full stop there and are left out) and weekday names.
    static func calendarLists(_ text: String) -> [(file: String, text: String)] {
        let file = WordListFile(text)
        let months = file.entries("months").compactMap { entry -> String? in
            guard let name = entry.split(whereSeparator: { $0.isWhitespace }).first, !name.hasSuffix(".") else { return nil }
            return String(name)
        }
        // `mi-novembre` is one word: listed, so that only such words are looked at (`midMonth`).
        return [("months.txt", (months + months.map { midMonthPrefix + $0 }).joined(separator: "\n")),
                ("weekdays.txt", file.entries("weekdays").joined(separator: "\n"))]
    }

    /// The `english-months.txt` list drawn from the text of `dates/names.txt`: for each month, its
    /// longest name there (`january`, not `jan`), so that no abbreviation reads as a month.
    static func englishMonthList(_ text: String) -> (file: String, text: String) {
        var longest: [Int: String] = [:]
        for entry in WordListFile(text).entries("months") {
            let parts = entry.split(whereSeparator: { $0.isWhitespace })
            guard parts.count == 2, let month = Int(parts[1]) else { continue }
            if parts[0].count > longest[month]?.count ?? 0 { longest[month] = String(parts[0]) }
        }
        return ("english-months.txt", longest.keys.sorted().compactMap { longest[$0] }.joined(separator: "\n"))
    }

    /// The lists shipped in `Resources/ner/`, read once per process.
    public static func bundled() throws(GazetteerError) -> Gazetteers {
        try cached.get()
    }

    /// The folder of the bundled lists (`Resources/ner/`), if the resources are found.
    public static var bundledDirectory: URL? {
        ResourceLocator.resourcesDirectory?.appendingPathComponent("ner")
    }

    private static let cached: Result<Gazetteers, GazetteerError> = {
        guard let dir = bundledDirectory else { return .failure(.folderMissing) }
        return Result { () throws(GazetteerError) in try Gazetteers(directory: dir) }
    }()

    /// The categories of one folded word (`Folding.fold`).
    public func categories(ofWord folded: String) -> LexiconCategory {
        trie.categories(ofWord: folded)
    }

    /// The categories of a phrase as written (`Union européenne`), empty when no list holds it.
    public func categories(ofPhrase phrase: String) -> LexiconCategory {
        let tokens = FrenchTokenizer().tokens(in: phrase)
        guard let match = trie.longestMatch(in: tokens, from: 0, wanted: LexiconCategory(rawValue: ~0)),
              match.end == tokens.count else { return [] }
        return match.categories
    }
}
