import Foundation
import KiosqueResources

/// A sector of the press-monitoring taxonomy (`Resources/sectors/sectors.tsv`).
public struct Sector: Hashable, Sendable {
    public var name: String
    public var key: String
    public var colour: String

    public init(name: String, key: String, colour: String) {
        self.name = name
        self.key = key
        self.colour = colour
    }
}

/// How much a text is about a sector: 0 absent, 1 mentioned with substance, 2 central.
public enum SectorLevel: Int, Comparable, Sendable, Codable {
    case absent = 0, mentioned = 1, central = 2
    public static func < (a: SectorLevel, b: SectorLevel) -> Bool { a.rawValue < b.rawValue }
}

/// A vocabulary entry: folded words, each either exact or a stem (`defens*`).
public struct SectorTerm: Hashable, Sendable {
    public var text: String
    public var words: [String]
    public var stems: [Bool]
    /// 0 for an exception: the phrase is read (longest match first) and counts for no sector
    /// (`par essence`, `gaz lacrymogène`).
    public var weight: Double
    public var ambiguous: Bool
    /// Counts only as a noun: right after a determiner or a number (`le juge`, `les élèves`), not
    /// as the participle, adjective or verb that folds to the same letters (`a jugé`, `élevés`).
    public var noun: Bool = false
    /// A job title naming a person (`ministre de la Défense`): it adds to its sector in a paragraph
    /// that treats the sector by other words, and never puts a paragraph in the sector alone.
    public var title: Bool = false
    /// Counts only written in lower case, or capitalised at the start of a sentence: a company
    /// named after the common noun (`Bombardier`, mid-sentence) is not the noun.
    public var lowercase: Bool = false
    /// A material the sector uses that may be spoken of as something else (oil as a pollutant):
    /// a `cancels` word of the sector in the same paragraph takes it away.
    public var matter: Bool = false
    /// On an exception: a word that also takes away the sector's `matter` terms in its paragraph
    /// (`marée noire`, `pollution`: the oil washing up on beaches is no energy supply).
    public var cancels: Bool = false
    /// A word the sector shares with another (`des militaires`, `véhicules blindés`: gendarmes
    /// keeping order at home): counts only in an article whose other clear words of the sector
    /// (weight 2 or more, not shared, not a title, not ambiguous) treat the sector.
    public var shared: Bool = false
    /// A person named by a profession (`enseignants`, `infirmières`): in a list of three sectors
    /// or more it is a list of people, not of fields, and counts for none of them.
    public var person: Bool = false
    /// An institution's head noun (`université`, `lycée`): followed by a name (`l'université de
    /// Lille`, `le collège Victor-Hugo`) it is the institution's name, and counts for no sector.
    public var named: Bool = false
    /// A term that dates its sentence to the past (`guerre mondiale`, `armistice`): the sentence is
    /// history, and history counts for no sector (military history and memorials are not défense).
    public var past: Bool = false
    /// A person or place of the sector (`étudiants`, `l'école`): the setting of a story, not its
    /// topic; an article treats the sector only with one of its other words as well.
    public var setting: Bool = false
    /// A word of military service that gendarmes share (`militaire`, `officier`, `caserne`, a
    /// rank): in a gendarmerie story (`SectorTaxonomy.gendarmerie`) it is `shared`; a sector named
    /// by such words alone needs more of the article to be central (`SectorClassifier.serviceShare`).
    public var service: Bool = false
    /// A word of remembrance (`commémoration`, `cimetière militaire`): like `past`, and its whole
    /// sentence is history (a ceremony for the soldiers of 1917 is no défense).
    public var memorial: Bool = false

    public var isException: Bool { weight == 0 }
}

/// A taxonomy file that cannot be read: names the file, the line and the field (the file's own
/// words, which stay as written in every language), and what is wrong there.
public struct TaxonomyError: Error, Equatable, CustomStringConvertible {
    public var file: String
    public var line: Int
    public var field: String
    public var problem: TaxonomyProblem

    public init(file: String, line: Int, field: String, problem: TaxonomyProblem) {
        (self.file, self.line, self.field, self.problem) = (file, line, field, problem)
    }

    /// What is wrong, in English (the interface words it in the user's language).
    public var message: String { problem.description }
    public var description: String { "\(file):\(line): \(field): \(message)" }
}

/// What is wrong in a taxonomy file, with the values the message names.
public enum TaxonomyProblem: Equatable, Sendable, CustomStringConvertible {
    /// A `determiners`, `adjectives`, `gendarmerie`, `years` or `fields` line without its words.
    case expectedWords(kind: String)
    case expectedFrames(kind: String)
    case expectedSector
    case emptySectorName
    case badKey(String)
    case badColour(String)
    case definedTwice(name: String, key: String)
    case termBeforeSector
    case expectedTerm
    case emptyTerm
    case badWeight(String)
    case unknownFlag(String, known: [String])
    case cancelsNeedsException
    case unknownLine
    case noSector
    case nounNeedsDeterminers
    case notASector(String)
    case framesItself(String)
    case unreadable
    case resourcesMissing

    public var description: String {
        switch self {
        case .expectedWords(let kind): return "expected `\(kind)<TAB>word word ...`"
        case .expectedFrames(let kind): return "expected `\(kind)<TAB>sector<TAB>sector, sector ...`"
        case .expectedSector: return "expected `sector<TAB>name<TAB>KEY<TAB>colour`"
        case .emptySectorName: return "empty sector name"
        case .badKey(let key): return "`\(key)` is not a short upper-case key"
        case .badColour(let colour): return "`\(colour)` is not one of the 16 system colours"
        case .definedTwice(let name, let key): return "sector `\(name)` or key `\(key)` defined twice"
        case .termBeforeSector: return "a term before any `sector` line"
        case .expectedTerm: return "expected `<TAB>term<TAB>weight[<TAB>ambiguous]`"
        case .emptyTerm: return "empty term"
        case .badWeight(let weight): return "`\(weight)` is not a positive number"
        case .unknownFlag(let flag, let known): return "`\(flag)` is not one of \(Self.quoted(known))"
        case .cancelsNeedsException: return "`cancels` is for exceptions (weight 0)"
        case .unknownLine:
            return "a line is `sector ...`, `determiners ...`, `adjectives ...`, `gendarmerie ...`, `years ...`, `fields ...`, `frames ...`, `details ...` or starts with a tab (a term)"
        case .noSector: return "no sector defined"
        case .nounNeedsDeterminers: return "a `noun` term needs a `determiners<TAB>le la les ...` line in the file"
        case .notASector(let name): return "`\(name)` is not a sector of the file"
        case .framesItself(let name): return "`\(name)` cannot frame itself"
        case .unreadable: return "cannot be read"
        case .resourcesMissing: return "resources not found"
        }
    }

    /// Words of the file quoted and listed (`ambiguous`, `cancels`, ...).
    public static func quoted(_ words: [String]) -> String {
        words.map { "`\($0)`" }.joined(separator: ", ")
    }
}

/// The sectors with their vocabulary.
public struct SectorTaxonomy: Sendable {
    public var sectors: [Sector]
    public var terms: [[SectorTerm]]
    /// Folded words after which a `noun` term is a noun (`le`, `des`, `ses`, `deux`); digits too.
    public var determiners: Set<String> = []
    /// Folded adjectives that may stand between the determiner and a `noun` term (`l'ancien juge`).
    public var adjectives: Set<String> = []
    /// Folded words naming the gendarmerie (`gendarme`, `gendarmerie`): an article that names it
    /// `SectorClassifier.gendarmerieStory` times or more is a gendarmerie story, whose `service`
    /// words are the gendarmes' (gendarmes are not the armed forces here, even called militaires).
    public var gendarmerie: Set<String> = []
    /// Folded words after which four digits below 1850 are a year (`en 1815`, `juin 1815`): older
    /// numbers elsewhere are too often counts (`1500 manifestants`).
    public var yearLeads: Set<String> = []
    /// Folded words naming a field (`domaine`, `secteur`, `filière`): a sector's word just after one
    /// is a field named, a mention (`le domaine de l'éducation`); a sector named once in the whole
    /// article, in a list, is a mention only with one of them before it in its sentence (a field
    /// of cooperation, `dans les domaines de l'énergie, du transport`), not in a list of costs or
    /// of public services (`des frais scolaires, l'électricité, le gaz`).
    public var fieldWords: Set<String> = []
    /// Sectors that frame others (indices into `sectors`): when the key sector is central, the
    /// sectors of its set are at most mentioned there. A crime story at a school is a justice
    /// story, the school its setting; riots against a fuel tax are about public order, the tax
    /// their cause (`frames` lines of the file).
    public var frames: [Int: Set<Int>] = [:]
    /// Sectors whose words are details of another's story (`details` lines): when the key sector
    /// is central, a sector of its set counts only with a clear word of its own (weight 2 or more,
    /// not `service`, `shared`, `title`, `ambiguous` or `setting`). In a trial or a crime story, the
    /// suspect's weapons, a soldier he is compared to or the defence counsel are no défense; a
    /// military coalition recalled is.
    public var details: [Int: Set<Int>] = [:]

    /// The flags a term may carry (see `SectorTerm` and the file's header).
    static let flags: Set<String> = ["ambiguous", "noun", "title", "lowercase", "matter", "cancels", "shared", "person", "named", "past", "setting", "service", "memorial"]

    static let colours: Set<String> = {
        let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        return Set(base + base.map { "bright-" + $0 })
    }()

    /// Parses the tab-separated format described in the file's header.
    public static func parse(_ text: String, file: String) throws(TaxonomyError) -> SectorTaxonomy {
        var sectors: [Sector] = []
        var terms: [[SectorTerm]] = []
        var determiners: Set<String> = []
        var adjectives: Set<String> = []
        var gendarmerie: Set<String> = []
        var yearLeads: Set<String> = []
        var fieldWords: Set<String> = []
        // `frames` and `details` lines, resolved once every sector is known: (line, kind, framing
        // name, framed names).
        var frameLines: [(line: Int, kind: String, frame: String, framed: [String])] = []
        var firstNounLine: Int?
        for (index, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = index + 1
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") { continue }
            let fields = raw.split(separator: "\t", omittingEmptySubsequences: false).map {
                $0.trimmingCharacters(in: .whitespaces)
            }
            func fail(_ field: String, _ problem: TaxonomyProblem) -> TaxonomyError {
                TaxonomyError(file: file, line: line, field: field, problem: problem)
            }
            if fields[0] == "determiners" || fields[0] == "adjectives" || fields[0] == "gendarmerie" || fields[0] == "years"
                || fields[0] == "fields" {
                guard fields.count == 2, !SectorTokens.words(fields[1]).isEmpty else {
                    throw fail(fields[0], .expectedWords(kind: fields[0]))
                }
                let words = Set(SectorTokens.words(fields[1]))
                switch fields[0] {
                case "determiners": determiners.formUnion(words)
                case "adjectives": adjectives.formUnion(words)
                case "gendarmerie": gendarmerie.formUnion(words)
                case "fields": fieldWords.formUnion(words)
                default: yearLeads.formUnion(words)
                }
            } else if fields[0] == "frames" || fields[0] == "details" {
                let framed = fields.count == 3 ? fields[2].split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) } : []
                guard fields.count == 3, !fields[1].isEmpty, !framed.isEmpty, !framed.contains(where: \.isEmpty) else {
                    throw fail(fields[0], .expectedFrames(kind: fields[0]))
                }
                frameLines.append((line, fields[0], fields[1], framed))
            } else if fields[0] == "sector" {
                guard fields.count == 4 else { throw fail("sector", .expectedSector) }
                guard !fields[1].isEmpty else { throw fail("name", .emptySectorName) }
                guard fields[2].count >= 2, fields[2].allSatisfy({ $0.isUppercase || $0.isNumber }) else {
                    throw fail("key", .badKey(fields[2]))
                }
                guard colours.contains(fields[3]) else {
                    throw fail("colour", .badColour(fields[3]))
                }
                if sectors.contains(where: { $0.name == fields[1] || $0.key == fields[2] }) {
                    throw fail("name", .definedTwice(name: fields[1], key: fields[2]))
                }
                sectors.append(Sector(name: fields[1], key: fields[2], colour: fields[3]))
                terms.append([])
            } else if fields[0].isEmpty {
                guard !sectors.isEmpty else { throw fail("term", .termBeforeSector) }
                guard fields.count >= 3, fields.count <= 4 else {
                    throw fail("term", .expectedTerm)
                }
                let words = SectorTokens.words(fields[1])
                guard !words.isEmpty else { throw fail("term", .emptyTerm) }
                guard let weight = Double(fields[2]), weight >= 0, weight.isFinite else {
                    throw fail("weight", .badWeight(fields[2]))
                }
                let flags = fields.count == 4 ? fields[3].split(separator: " ").map(String.init) : []
                if let bad = flags.first(where: { !Self.flags.contains($0) }) {
                    throw fail("flag", .unknownFlag(bad, known: Self.flags.sorted()))
                }
                if flags.contains("cancels") && weight != 0 {
                    throw fail("flag", .cancelsNeedsException)
                }
                if flags.contains("noun") { firstNounLine = firstNounLine ?? line }
                let stems = words.map { $0.hasSuffix("*") }
                terms[terms.count - 1].append(SectorTerm(
                    text: fields[1], words: words.map { $0.hasSuffix("*") ? String($0.dropLast()) : $0 },
                    stems: stems, weight: weight, ambiguous: flags.contains("ambiguous"),
                    noun: flags.contains("noun"), title: flags.contains("title"),
                    lowercase: flags.contains("lowercase"), matter: flags.contains("matter"),
                    cancels: flags.contains("cancels"), shared: flags.contains("shared"),
                    person: flags.contains("person"), named: flags.contains("named"),
                    past: flags.contains("past"), setting: flags.contains("setting"), service: flags.contains("service"),
                    memorial: flags.contains("memorial")))
            } else {
                throw fail("kind", .unknownLine)
            }
        }
        guard !sectors.isEmpty else {
            throw TaxonomyError(file: file, line: 0, field: "sector", problem: .noSector)
        }
        if let line = firstNounLine, determiners.isEmpty {
            throw TaxonomyError(file: file, line: line, field: "flag", problem: .nounNeedsDeterminers)
        }
        var frames: [Int: Set<Int>] = [:], details: [Int: Set<Int>] = [:]
        for entry in frameLines {
            func index(_ name: String) throws(TaxonomyError) -> Int {
                guard let k = Self.index(named: name, in: sectors) else {
                    throw TaxonomyError(file: file, line: entry.line, field: entry.kind, problem: .notASector(name))
                }
                return k
            }
            let frame = try index(entry.frame)
            for name in entry.framed {
                let framed = try index(name)
                guard framed != frame else {
                    throw TaxonomyError(file: file, line: entry.line, field: entry.kind, problem: .framesItself(name))
                }
                if entry.kind == "frames" {
                    frames[frame, default: []].insert(framed)
                } else {
                    details[frame, default: []].insert(framed)
                }
            }
        }
        return SectorTaxonomy(sectors: sectors, terms: terms, determiners: determiners, adjectives: adjectives,
                              gendarmerie: gendarmerie, yearLeads: yearLeads, fieldWords: fieldWords, frames: frames,
                              details: details)
    }

    /// Reads a taxonomy file; errors name it `name` (default: the file's last path component).
    public static func load(_ url: URL, name: String? = nil) throws(TaxonomyError) -> SectorTaxonomy {
        let file = name ?? url.lastPathComponent
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw TaxonomyError(file: url.path, line: 0, field: "file", problem: .unreadable)
        }
        return try parse(text, file: file)
    }

    /// The taxonomy shipped in `Resources/sectors/sectors.tsv`, whatever the user configured.
    public static func bundled() throws(TaxonomyError) -> SectorTaxonomy {
        guard let dir = ResourceLocator.resourcesDirectory?.appendingPathComponent("sectors") else {
            throw TaxonomyError(file: "Resources/sectors/sectors.tsv", line: 0, field: "file", problem: .resourcesMissing)
        }
        return try load(dir.appendingPathComponent("sectors.tsv"))
    }

    /// The user's own taxonomy file, if any: `$KIOSQUE_SECTORS` when set, else `sectors.tsv` in
    /// the user's config folder (`$XDG_CONFIG_HOME/kiosque/`, see `AppDirectories`) when it exists.
    public static func userFile(environment: [String: String] = ProcessInfo.processInfo.environment) -> URL? {
        if let path = environment["KIOSQUE_SECTORS"], !path.isEmpty { return URL(fileURLWithPath: path) }
        let file = AppDirectories(environment: environment).config.appendingPathComponent("sectors.tsv")
        return FileManager.default.fileExists(atPath: file.path) ? file : nil
    }

    /// The taxonomy in use: the user's file (`userFile`) replaces the bundled one. A user's file
    /// that cannot be read or parsed does not take the sectors away: the bundled taxonomy is used
    /// and `userFileProblem` names the file, line and field, for the commands' warning and the
    /// reader's status line (a bad file once emptied the reader and failed every command).
    /// Throws only when the bundled taxonomy itself cannot be read.
    public static func configured(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(TaxonomyError) -> SectorTaxonomy {
        if let file = userFile(environment: environment), let taxonomy = try? load(file, name: file.path) { return taxonomy }
        return try bundled()
    }

    /// Why the user's taxonomy file is not used (it cannot be read or parsed), nil when there is
    /// none or it is good.
    public static func userFileProblem(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) -> TaxonomyError? {
        guard let file = userFile(environment: environment) else { return nil }
        do {
            _ = try load(file, name: file.path)
            return nil
        } catch {
            return error
        }
    }

    /// The sector named `query` (accent- and case-insensitive), by name or key.
    public func sector(named query: String) -> Sector? {
        Self.index(named: query, in: sectors).map { sectors[$0] }
    }

    /// The index of the sector named `query` in `sectors`, as `sector(named:)` finds it (the
    /// file's `frames` lines name sectors this way too).
    static func index(named query: String, in sectors: [Sector]) -> Int? {
        let folded = Folding.fold(query)
        return sectors.firstIndex { Folding.fold($0.name) == folded || Folding.fold($0.key) == folded }
    }
}

/// Folded word tokens: letters and digits; apostrophes, hyphens and punctuation split words.
enum SectorTokens {
    /// One word: folded, the punctuation before it (`,` marks list items), whether it was written
    /// with a capital and whether it starts a sentence (the first word, or after `.`, `!`, `?`),
    /// and where it starts in the text, in Unicode scalars.
    struct Token: Equatable {
        var word: String
        var separator: Character?
        var capitalised = false
        var sentenceStart = false
        var offset = 0
    }

    static func words(_ text: String) -> [String] {
        var out: [String] = []
        var current = ""
        for ch in Folding.fold(text) {
            if ch.isLetter || ch.isNumber || ch == "*" { current.append(ch) } else if !current.isEmpty {
                out.append(current); current = ""
            }
        }
        if !current.isEmpty { out.append(current) }
        return out
    }

    /// Tokens of `text`: the words of its folded form, with the case, sentence starts and offsets
    /// of the original. Folding keeps letters letters, so both give the same words; were they ever
    /// to differ, the words are kept without case (no word then counts as capitalised).
    static func tokens(_ text: String) -> [Token] {
        let folded = Folding.fold(text)
        return fastTokens(text, folded: folded) ?? characterTokens(text, folded: folded)
    }

    /// Letter-or-digit (bit 0) and upper case (bit 1) of the scalars that are graphemes of their
    /// own in any text (Latin below U+0300, general punctuation but the joiners), taken from
    /// `Character`'s own properties so that reading scalars gives what reading characters gives;
    /// 0xFF for any other scalar (a combining mark may join its letter: characters are read then).
    private static let classes: [UInt8] = (0..<0x2070).map { v in
        guard v < 0x300 || (v >= 0x2000 && v != 0x200C && v != 0x200D), let scalar = Unicode.Scalar(v) else { return 0xFF }
        let ch = Character(scalar)
        return (ch.isLetter || ch.isNumber ? 1 : 0) | (ch.isUppercase ? 2 : 0)
    }

    @inline(__always)
    private static func scalarClass(_ scalar: Unicode.Scalar) -> UInt8 {
        scalar.value < 0x2070 ? classes[Int(scalar.value)] : 0xFF
    }

    /// `tokens` read scalar by scalar, without grapheme breaking or Unicode property lookups, for
    /// text whose every scalar is in `classes` (French text); nil for any other text. A CR LF is
    /// one character, as `characterTokens` reads it: not a line end.
    static func fastTokens(_ text: String, folded: String) -> [Token]? {
        var out: [Token] = []
        let scalars = folded.unicodeScalars
        var start: String.UnicodeScalarView.Index?
        var pending: Character?
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let kind = scalarClass(scalar)
            if kind == 0xFF { return nil }
            if kind & 1 != 0 {
                if start == nil { start = index }
            } else {
                if let from = start {
                    out.append(Token(word: String(scalars[from..<index]), separator: pending))
                    start = nil
                    pending = nil
                }
                switch scalar { case ",", ";", ".", ":": pending = Character(scalar); default: break }
            }
            index = scalars.index(after: index)
        }
        if let from = start { out.append(Token(word: String(scalars[from...]), separator: pending)) }
        var k = 0
        var inWord = false
        var sentenceEnded = true
        var offset = 0
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { offset += 1 }
            let kind = scalarClass(scalar)
            if kind == 0xFF { return nil }
            if kind & 1 != 0 {
                afterCR = false
                if !inWord {
                    guard k < out.count else { return withoutCase(out) }
                    out[k].capitalised = kind & 2 != 0
                    out[k].sentenceStart = sentenceEnded
                    out[k].offset = offset
                    k += 1
                    inWord = true
                    sentenceEnded = false
                }
            } else {
                inWord = false
                if scalar == "." || scalar == "!" || scalar == "?" || (scalar == "\n" && !afterCR) { sentenceEnded = true }
                afterCR = scalar == "\r"
            }
        }
        return k == out.count ? out : withoutCase(out)
    }

    /// The words alone, when the original's words and the folded ones do not pair up.
    private static func withoutCase(_ tokens: [Token]) -> [Token] {
        tokens.map { Token(word: $0.word, separator: $0.separator) }
    }

    /// `tokens` read character by character: any text.
    static func characterTokens(_ text: String, folded: String) -> [Token] {
        var out: [Token] = []
        var current = ""
        var pending: Character?
        for ch in folded {
            if ch.isLetter || ch.isNumber { current.append(ch); continue }
            if !current.isEmpty { out.append(Token(word: current, separator: pending)); current = ""; pending = nil }
            if ch == "," || ch == ";" || ch == "." || ch == ":" { pending = ch }
        }
        if !current.isEmpty { out.append(Token(word: current, separator: pending)) }
        // The original's words: first letter's case, sentence starts, offsets.
        var marks: [(capitalised: Bool, sentenceStart: Bool, offset: Int)] = []
        var inWord = false
        var sentenceEnded = true
        var offset = 0
        for ch in text {
            if ch.isLetter || ch.isNumber {
                if !inWord {
                    marks.append((ch.isUppercase, sentenceEnded, offset))
                    inWord = true
                    sentenceEnded = false
                }
            } else {
                inWord = false
                if ch == "." || ch == "!" || ch == "?" || ch == "\n" { sentenceEnded = true }
            }
            offset += ch.unicodeScalars.count
        }
        guard marks.count == out.count else { return out }
        for k in out.indices {
            out[k].capitalised = marks[k].capitalised
            out[k].sentenceStart = marks[k].sentenceStart
            out[k].offset = marks[k].offset
        }
        return out
    }
}
