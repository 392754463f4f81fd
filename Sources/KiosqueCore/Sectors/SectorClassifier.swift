import Foundation

/// One sector's finding in a paragraph or article: the level, the score behind it, the terms.
public struct SectorFinding: Hashable, Sendable {
    public var level: SectorLevel
    public var score: Double
    /// The vocabulary entries matched, in text order, one per occurrence.
    public var terms: [String]
    /// True when the sector is named in a list of fields (a mention, never a topic).
    public var listed: Bool = false
    /// True when one of those list words has a field word before it in its sentence (`dans les
    /// domaines de l'énergie, du transport`): a field of cooperation, a mention even alone.
    public var fieldNamed: Bool = false
}

/// The sectors of an article: one finding per sector of the taxonomy, for the article and for each
/// of `Article.paragraphs` (boilerplate and dateline paragraphs are always absent).
public struct SectorAnalysis: Sendable {
    public var sectors: [Sector]
    public var article: [SectorFinding]
    public var paragraphs: [[SectorFinding]]

    public func level(_ sector: Sector) -> SectorLevel {
        sectors.firstIndex(of: sector).map { article[$0].level } ?? .absent
    }
}

/// Classifies paragraphs and articles into the sectors of a taxonomy by weighted vocabulary, with
/// context rules: the longest term wins at each word, and an exception (weight 0) wins its words for
/// no sector (`par essence`); a `noun` term counts only after a determiner or a number (`le juge`,
/// not `a jugé`); an ambiguous term is claimed by a clear word of another sector nearby (`la
/// formation des militaires` is défense); three sectors or more named together (a list of
/// cooperation fields) are mentions, never a topic; a job title alone, a company named like a noun
/// and oil as a pollutant count for no sector (the `title`, `lowercase`, `matter` flags). An article
/// mentions a sector it treats in a passage, and is about it centrally when the sector also holds a
/// share of its sentences (an army named by its people alone, a third: `serviceShare`), unless a
/// sector that frames it is central (`SectorTaxonomy.frames`: a stabbing outside a school is a
/// justice story, not an education one). Immutable and deterministic.
public struct SectorClassifier: Sendable {
    public let taxonomy: SectorTaxonomy
    /// Terms by their first folded word (exact), and stem terms by the stem's first 3 letters.
    private let exact: [String: [(sector: Int, term: SectorTerm)]]
    private let stems: [String: [(sector: Int, term: SectorTerm)]]

    /// Tokens around an ambiguous term where another sector's clear word claims it.
    static let claimWindow = 4
    /// Tokens around a term where two other sectors make a list of fields.
    static let listWindow = 8
    /// Paragraph score for a mention.
    static let paragraphMention = 2.0
    /// Article score for a central sector, and the share of the article's sector score it needs.
    static let centralScore = 9.0
    static let centralShare = 0.3
    /// The share of the article's body sentences a central sector's words must fall in: a
    /// central sector carries a good part of the article, not one passage of a story about
    /// something else (one sentence on jihadist attacks in a school story). A sector named in
    /// the title needs less.
    static let centralCoverage = 0.18
    static let titledCoverage = 0.08
    /// A sentence treats a sector when its words there score this much (a decisive word, or two
    /// clear ones).
    static let strongSentence = 3.0
    /// A mention needs this many such sentences, or one fewer when they cover `mentionCoverage`
    /// of a short article's sentences: one sentence, or words scattered over a long article
    /// (`l'armée` recalled in a history of policing, `un enseignant à Sciences Po`), is not a
    /// sector treated. A field named in a list and a title hit still count.
    static let mentionSentences = 3
    static let mentionCoverage = 0.15
    /// One sentence this dense in a sector's words is a passage alone (`EDF fournit une électricité
    /// produite par une centrale nucléaire, et le prix de l'électricité a été négocié`).
    static let substantialSentence = 9.0
    /// Below this article score and share, scattered words are not a mention.
    static let mentionScore = 4.0
    static let mentionShare = 0.1
    /// Occurrences an article needs for a mention: one word alone is a passing reference (`un
    /// étudiant de 20 ans`, `la taxe sur le carburant` recalled), not a sector treated; a field of
    /// cooperation named in a list (`SectorTaxonomy.fieldWords`) and a title hit still count alone.
    static let mentionHits = 2
    /// A `shared` word needs its sector's clear words to weigh this share of the strongest sector's.
    static let sharedBacking = 0.25

    /// Mentions of the gendarmerie (`SectorTaxonomy.gendarmerie`) that make an article a
    /// gendarmerie story, whose `service` words are shared.
    static let gendarmerieStory = 3
    /// Under a headline that does not name the sector, central needs the sector's words in this
    /// share of the body sentences and this article score.
    static let unheadlinedCoverage = 0.25
    static let unheadlinedScore = 20.0
    /// A sentence naming only years this far before the article's own is history; a sector with
    /// this share of its score in history is not central.
    static let historyYears = 30
    static let historyShare = 0.25
    /// A sector named by its people alone (`service` words: soldiers, officers, generals, `l'armée`,
    /// this share of its score) is an actor of another story (a regime's officers, an emperor's
    /// army, a dictatorship's colonel): central only when it fills `serviceCoverage` of the body
    /// sentences and none of its words are history.
    static let serviceShare = 0.8
    static let serviceCoverage = 1.0 / 3

    /// The year a token writes (`1917`, `en 2018`): four digits between 1850 and 2100, or from
    /// 1000 after one of the taxonomy's `years` words (`en 1815`, `juin 1815`).
    func year(_ tokens: [SectorTokens.Token], at i: Int) -> Int? {
        let word = tokens[i].word
        guard word.utf8.count == 4, let value = Int(word), (1000...2100).contains(value) else { return nil }
        // Older years only where French dates them (`en 1815`, `juin 1815`).
        guard value >= 1850 || (i > 0 && taxonomy.yearLeads.contains(tokens[i - 1].word)) else { return nil }
        return value
    }

    /// The sentences of a paragraph that are history: naming years (`years`, token offsets in the
    /// paragraph) all `historyYears` or more before `reference`. Only sentences with hits
    /// (`sentenceOf`) are looked at.
    func pastSentences(sentenceOf: [Int], years: [(offset: Int, year: Int)], range: Range<Int>,
                       paragraph p: Paragraph, reference: Int?) -> Set<Int> {
        guard !sentenceOf.isEmpty, !years.isEmpty, let reference else { return [] }
        let withHits = Set(sentenceOf)
        var seen: [Int: (old: Bool, recent: Bool)] = [:]
        var walk = SentenceWalk(p)
        for (offset, year) in years {
            let sentence = walk.sentence(at: range.lowerBound + offset)
            guard withHits.contains(sentence) else { continue }
            if year <= reference - Self.historyYears { seen[sentence, default: (false, false)].old = true } else {
                seen[sentence, default: (false, false)].recent = true
            }
        }
        return Set(seen.filter { $0.value.old && !$0.value.recent }.keys)
    }

    public init(taxonomy: SectorTaxonomy) {
        self.taxonomy = taxonomy
        var exact: [String: [(sector: Int, term: SectorTerm)]] = [:]
        var stems: [String: [(sector: Int, term: SectorTerm)]] = [:]
        for (s, terms) in taxonomy.terms.enumerated() {
            for term in terms {
                if term.stems[0] {
                    stems[String(term.words[0].prefix(3)), default: []].append((s, term))
                } else {
                    exact[term.words[0], default: []].append((s, term))
                }
            }
        }
        self.exact = exact
        self.stems = stems
    }

    /// The classifier of the bundled taxonomy.
    public static func bundled() throws(TaxonomyError) -> SectorClassifier {
        SectorClassifier(taxonomy: try SectorTaxonomy.bundled())
    }

    /// The classifier of the taxonomy in use (`SectorTaxonomy.configured`: the user's file, else
    /// the bundled one), for the commands and the reader.
    public static func configured(
        environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws(TaxonomyError) -> SectorClassifier {
        SectorClassifier(taxonomy: try SectorTaxonomy.configured(environment: environment))
    }

    struct Hit {
        var sector: Int; var position: Int; var length: Int; var term: SectorTerm; var list = false; var dropped = false
        /// In a list, with a field word (`SectorTaxonomy.fieldWords`) before it in its sentence.
        var field = false
        /// What the hit adds to its sector: a field named in a list counts 1 at most.
        var score: Double { list ? min(term.weight, 1) : term.weight }
    }

    /// The sentence of a paragraph each offset falls in, for offsets in text order: the index only
    /// moves forward (linear in the offsets and sentences, however long the paragraph).
    struct SentenceWalk {
        let sentences: [Sentence]
        var current = 0
        init(_ paragraph: Paragraph) { sentences = paragraph.sentences }
        mutating func sentence(at offset: Int) -> Int {
            while current + 1 < sentences.count, sentences[current + 1].range.start <= offset { current += 1 }
            return current
        }
    }

    static func matches(_ term: SectorTerm, _ tokens: [SectorTokens.Token], at i: Int) -> Bool {
        guard i + term.words.count <= tokens.count else { return false }
        for (k, word) in term.words.enumerated() {
            let token = tokens[i + k].word
            if term.stems[k] ? !token.hasPrefix(word) : token != word { return false }
        }
        return true
    }

    /// True when the word at `i` stands as a noun: right after a determiner or a number, or after
    /// one pre-nominal adjective that follows one (`le juge`, `des élèves`, `l'ancien juge`,
    /// `450 élèves`; not `il a jugé`, `les prix élevés`, `un ras-le-bol général`).
    func isNoun(_ tokens: [SectorTokens.Token], at i: Int) -> Bool {
        func determines(_ k: Int) -> Bool {
            k >= 0 && (taxonomy.determiners.contains(tokens[k].word) || tokens[k].word.allSatisfy(\.isNumber))
        }
        return determines(i - 1) || (i >= 1 && taxonomy.adjectives.contains(tokens[i - 1].word) && determines(i - 2))
    }

    /// True when a term is a clear word of its sector: weight 2 or more, not a job title or an
    /// ambiguous word (what backs a `shared` word).
    static func isClear(_ term: SectorTerm) -> Bool {
        term.weight >= 2 && !term.title && !term.ambiguous
    }

    /// True when a term is a clear word of its sector's own: clear (`isClear`), and not a person or
    /// place of it or a word shared with another (`frappes aériennes`, a ministry, a missile; not
    /// `soldats`, `armes`, `le colonel`).
    static func ownsClearly(_ term: SectorTerm) -> Bool {
        isClear(term) && !term.service && !term.shared && !term.setting
    }

    /// Which of two terms matching at the same word wins: the longer, then an exception, then the
    /// heavier, then the more precise (exact words before stems, longer stems first).
    static func outranks(_ a: SectorTerm, _ b: SectorTerm) -> Bool {
        func precision(_ t: SectorTerm) -> Int {
            zip(t.words, t.stems).reduce(0) { $0 + ($1.1 ? 0 : 100) + $1.0.count }
        }
        return (a.words.count, a.isException ? 1 : 0, a.weight, precision(a))
            > (b.words.count, b.isException ? 1 : 0, b.weight, precision(b))
    }

    func hits(in text: String) -> [Hit] {
        hits(tokens: SectorTokens.tokens(text))
    }

    /// True when a `lowercase` term may be read at `i`: written in lower case, or capitalised
    /// only because it starts a sentence.
    static func caseFits(_ tokens: [SectorTokens.Token], at i: Int) -> Bool {
        !tokens[i].capitalised || tokens[i].sentenceStart
    }

    /// True when a name follows the word at `i`: a capitalised word, directly or after `de`, `d`,
    /// `du` (`université de Lille`, `collège Victor Hugo`), not starting a sentence.
    static func nameFollows(_ tokens: [SectorTokens.Token], after i: Int) -> Bool {
        var k = i + 1
        if k < tokens.count, ["de", "d", "du"].contains(tokens[k].word) { k += 1 }
        return k < tokens.count && tokens[k].capitalised && !tokens[k].sentenceStart
    }

    /// The terms matched in a paragraph's tokens, the longest at each word, then the rules
    /// (`rules: false`: the matched terms alone, for tests of the rules).
    func hits(tokens: [SectorTokens.Token], rules: Bool = true) -> [Hit] {
        let (matched, cancelled) = match(tokens)
        return rules ? applyRules(to: matched, cancelled: cancelled, tokens: tokens) : matched
    }

    /// The terms matched in a paragraph's tokens, the longest at each word, and the sectors whose
    /// `cancels` exceptions the paragraph holds.
    func match(_ tokens: [SectorTokens.Token]) -> (hits: [Hit], cancelled: Set<Int>) {
        var hits: [Hit] = []
        var cancelled: Set<Int> = []
        var i = 0
        while i < tokens.count {
            let word = tokens[i].word
            var best: (sector: Int, term: SectorTerm)?
            // Exact words first, then stems (the first of equal candidates wins), without joining
            // the two lists into a new array at every word.
            func consider(_ list: [(sector: Int, term: SectorTerm)]?) {
                guard let list else { return }
                for candidate in list
                where Self.matches(candidate.term, tokens, at: i) && (!candidate.term.noun || isNoun(tokens, at: i))
                    && (!candidate.term.lowercase || Self.caseFits(tokens, at: i)) {
                    if let b = best, !Self.outranks(candidate.term, b.term) { continue }
                    best = candidate
                }
            }
            consider(exact[word])
            consider(stems[String(word.prefix(3))])
            if let best {
                // An exception takes its words away from every sector and is not a hit.
                // `l'université de Lille`: an institution's name counts for no sector.
                let isName = best.term.named && Self.nameFollows(tokens, after: i + best.term.words.count - 1)
                if !best.term.isException && !isName {
                    hits.append(Hit(sector: best.sector, position: i, length: best.term.words.count, term: best.term))
                } else if best.term.cancels {
                    cancelled.insert(best.sector)
                }
                i += best.term.words.count
            } else {
                i += 1
            }
        }
        return (hits, cancelled)
    }

    /// The context rules on the terms matched in a paragraph (`hits`, in text order): `matter`
    /// terms of the `cancelled` sectors dropped, a job title alone dropped, claims of ambiguous
    /// terms, lists of fields.
    func applyRules(to matched: [Hit], cancelled: Set<Int> = [], tokens: [SectorTokens.Token]) -> [Hit] {
        var hits = matched
        // A `cancels` word (of the paragraph, or of the article) takes its sector's `matter` terms away.
        if !cancelled.isEmpty {
            hits.removeAll { $0.term.matter && cancelled.contains($0.sector) }
        }
        // A job title alone does not put the paragraph in its sector.
        let treated = Set(hits.filter { !$0.term.title }.map(\.sector))
        hits.removeAll { $0.term.title && !treated.contains($0.sector) }
        // Hits are in text order: each rule below looks only at the hits within its window of
        // words, found by moving two bounds forward, so a paragraph costs time linear in its hits
        // (a 9 MB one-paragraph file took minutes when every hit was compared with every other).
        //
        // An ambiguous term near a clear word of another sector belongs to that sector.
        var claimed = [Bool](repeating: false, count: hits.count)
        var low = 0, high = 0
        for k in hits.indices where hits[k].term.ambiguous {
            let position = hits[k].position
            while hits[low].position < position - Self.claimWindow { low += 1 }
            high = max(high, k)
            while high + 1 < hits.count, hits[high + 1].position <= position + Self.claimWindow { high += 1 }
            claimed[k] = hits[low...high].contains { $0.sector != hits[k].sector && !$0.term.ambiguous }
        }
        hits = hits.indices.filter { !claimed[$0] }.map { hits[$0] }
        // Three sectors or more within a few words: a list of fields, each a mention.
        low = 0
        high = 0
        for k in hits.indices {
            let position = hits[k].position
            while hits[low].position < position - Self.listWindow { low += 1 }
            high = max(high, k)
            while high + 1 < hits.count, hits[high + 1].position <= position + Self.listWindow { high += 1 }
            var near: Set<Int> = []
            for other in hits[low...high] {
                near.insert(other.sector)
                if near.count >= 3 { break }
            }
            if near.count >= 3 {
                // Professions in a list (`infirmières, enseignants, policiers`) are people, not fields.
                if hits[k].term.person { hits[k].dropped = true } else { hits[k].list = true }
            }
            // `le domaine de l'éducation`, `le secteur de l'énergie`: a field named, a mention.
            let before = tokens[max(0, hits[k].position - 3)..<hits[k].position].map(\.word)
            if before.contains(where: taxonomy.fieldWords.contains) { hits[k].list = true }
        }
        // A list word with a field word before it in its sentence names a field of cooperation
        // (`la coopération dans les domaines de la prospection, des mines, de l'énergie`): one
        // forward walk over the tokens, as the hits are in text order.
        var t = 0, fieldSeen = false
        for k in hits.indices where hits[k].list && !hits[k].dropped {
            while t < hits[k].position {
                if tokens[t].sentenceStart { fieldSeen = false }
                if taxonomy.fieldWords.contains(tokens[t].word) { fieldSeen = true }
                t += 1
            }
            hits[k].field = fieldSeen && !tokens[hits[k].position].sentenceStart
        }
        return hits.filter { !$0.dropped }
    }

    /// The findings of one text, one per sector.
    public func classify(paragraph text: String) -> [SectorFinding] {
        findings(hits(in: text))
    }

    /// The findings of a paragraph's hits, one per sector.
    func findings(_ hits: [Hit]) -> [SectorFinding] {
        taxonomy.sectors.indices.map { s in
            let own = hits.filter { $0.sector == s }
            let score = own.reduce(0) { $0 + $1.score }
            let level: SectorLevel
            if own.contains(where: { !$0.list }), score >= Self.paragraphMention {
                level = .mentioned
            } else if own.contains(where: { $0.list && $0.term.weight >= 2 }) {
                level = .mentioned
            } else {
                level = .absent
            }
            return SectorFinding(level: level, score: score, terms: own.map(\.term.text),
                                 listed: own.contains { $0.list }, fieldNamed: own.contains { $0.field })
        }
    }

    public func classify(_ article: Article) -> SectorAnalysis {
        let view = article.text.unicodeScalars
        let scalarCount = view.count
        let empty = taxonomy.sectors.map { _ in SectorFinding(level: .absent, score: 0, terms: []) }
        // The terms of each paragraph first: a `cancels` word anywhere in the article (`marée
        // noire` in the text) takes the `matter` terms away from every paragraph, the title too.
        let ranges = article.paragraphs.map { max(0, $0.range.start)..<max(max(0, $0.range.start), min(scalarCount, $0.range.end)) }
        // Each paragraph's tokens, hits and the years it names (token offsets, in text order).
        var matches: [(tokens: [SectorTokens.Token], hits: [Hit], years: [(offset: Int, year: Int)])] = []
        var cancelled: Set<Int> = []
        // Paragraphs come in text order: one walk along the text finds each one's start, and its
        // text is a slice of the article's (no array of scalars, no scalar-by-scalar copy).
        var walked = (offset: 0, index: view.startIndex)
        func index(at offset: Int) -> String.UnicodeScalarView.Index {
            if offset < walked.offset { walked = (0, view.startIndex) }
            walked = (offset, view.index(walked.index, offsetBy: offset - walked.offset))
            return walked.index
        }
        for (p, paragraph) in article.paragraphs.enumerated() {
            guard paragraph.role == .body || paragraph.role == .title else {
                matches.append(([], [], []))
                continue
            }
            let from = index(at: ranges[p].lowerBound)
            let text = String(view[from..<index(at: ranges[p].upperBound)])
            let tokens = SectorTokens.tokens(text)
            let matched = match(tokens)
            cancelled.formUnion(matched.cancelled)
            let years = tokens.indices.compactMap { i in year(tokens, at: i).map { (tokens[i].offset, $0) } }
            matches.append((tokens, matched.hits, years))
        }
        // A `shared` word (`des militaires`, a colonel: gendarmes too) counts only where other clear
        // words of its sector are in the article and weigh `sharedBacking` of the strongest
        // sector's (the colonel of a gendarmerie story is a gendarme).
        // In a gendarmerie story, words of military service (`militaire`, `officier`, a rank) are
        // the gendarmes' as well: `shared`.
        let gendarmes = taxonomy.gendarmerie.isEmpty ? 0 : matches.reduce(0) { count, paragraph in
            count + paragraph.tokens.lazy.filter { taxonomy.gendarmerie.contains($0.word) }.count
        }
        let gendarmerieStory = gendarmes >= Self.gendarmerieStory
        func isShared(_ term: SectorTerm) -> Bool { term.shared || (gendarmerieStory && term.service) }
        var clear = [Double](repeating: 0, count: taxonomy.sectors.count)
        for hit in matches.lazy.flatMap(\.hits) where Self.isClear(hit.term) && !isShared(hit.term) {
            clear[hit.sector] += hit.term.weight
        }
        let strongest = clear.max() ?? 0
        let backed = Set(clear.indices.filter { clear[$0] > 0 && clear[$0] >= strongest * Self.sharedBacking })
        for p in matches.indices {
            matches[p].hits.removeAll { isShared($0.term) && !backed.contains($0.sector) }
        }
        // Per paragraph: the findings, and for each sector the body sentences its hits fall in.
        var sentencesHit: [[Set<Int>]] = []
        var paragraphs: [[SectorFinding]] = []
        var strong: [[Int]] = []
        var peak = [Double](repeating: 0, count: taxonomy.sectors.count)
        var bodySentences = 0
        // The year the article speaks from: its date's, else the latest year it names.
        let reference = article.date?.year ?? matches.lazy.flatMap { $0.years.map(\.year) }.max()
        var before = [Double](repeating: 0, count: taxonomy.sectors.count)
        var history = before
        var topical = [Bool](repeating: false, count: taxonomy.sectors.count)
        // Per sector, in the paragraphs where it is not absent (as its article score counts them):
        // the score of its `service` words, and whether a clear word of its own stands (`ownsClearly`).
        var service = [Double](repeating: 0, count: taxonomy.sectors.count)
        var clearWord = [Bool](repeating: false, count: taxonomy.sectors.count)
        for p in article.paragraphs {
            strong.append([Int](repeating: 0, count: taxonomy.sectors.count))
            guard p.role == .body || p.role == .title else {
                paragraphs.append(empty)
                sentencesHit.append([])
                continue
            }
            let range = ranges[paragraphs.count]
            let tokens = matches[paragraphs.count].tokens
            var hits = applyRules(to: matches[paragraphs.count].hits, cancelled: cancelled, tokens: tokens)
            // Hits are in text order: one walk gives each its sentence.
            var walk = SentenceWalk(p)
            var sentenceOf = hits.map { walk.sentence(at: range.lowerBound + tokens[$0.position].offset) }
            // History counts for no sector: the hits of sentences dated to the past go, and are
            // weighed so that an article mostly about the past is no sector's central topic.
            var past = pastSentences(sentenceOf: sentenceOf, years: matches[paragraphs.count].years,
                                     range: range, paragraph: p, reference: reference)
            // A remembrance (`cérémonie commémorative`, `cimetière militaire`) dates its whole
            // sentence to the past it remembers.
            for (h, k) in zip(hits, sentenceOf) where h.term.memorial { past.insert(k) }
            for (h, k) in zip(hits, sentenceOf) {
                before[h.sector] += h.score
                if h.term.past || past.contains(k) { history[h.sector] += h.score }
            }
            if !past.isEmpty || hits.contains(where: \.term.past) {
                let kept = zip(hits, sentenceOf).filter { !$0.0.term.past && !past.contains($0.1) }
                hits = kept.map(\.0)
                sentenceOf = kept.map(\.1)
            }
            for h in hits where !h.term.setting { topical[h.sector] = true }
            let found = findings(hits)
            paragraphs.append(found)
            for h in hits where found[h.sector].level != .absent {
                if h.term.service { service[h.sector] += h.score * (p.role == .title ? 2 : 1) }
                if Self.ownsClearly(h.term) { clearWord[h.sector] = true }
            }
            var hit = [Set<Int>](repeating: [], count: taxonomy.sectors.count)
            // Each sector's score in each sentence, for the count of sentences that treat it.
            var sentenceScores: [Int: [Int: Double]] = [:]
            if p.role == .body {
                bodySentences += max(1, p.sentences.count)
            }
            for (h, sentence) in zip(hits, sentenceOf) {
                if p.role == .body { hit[h.sector].insert(sentence) }
                sentenceScores[h.sector, default: [:]][sentence, default: 0] += h.score
            }
            for (s, scores) in sentenceScores {
                strong[paragraphs.count - 1][s] = scores.values.filter { $0 >= Self.strongSentence }.count
                peak[s] = max(peak[s], scores.values.max() ?? 0)
            }
            sentencesHit.append(hit)
        }
        var totals = empty
        var mentioned = [Int](repeating: 0, count: taxonomy.sectors.count)
        var titled = [Bool](repeating: false, count: taxonomy.sectors.count)
        for (p, findings) in paragraphs.enumerated() {
            let isTitle = article.paragraphs[p].role == .title
            for (s, f) in findings.enumerated() {
                totals[s].score += f.level == .absent ? 0 : f.score * (isTitle ? 2 : 1)
                totals[s].terms += f.terms
                if f.level != .absent {
                    mentioned[s] += 1
                    if isTitle && f.score >= 3 { titled[s] = true }
                }
            }
        }
        // The share of the body sentences holding the sector's words (in paragraphs where it is
        // not absent).
        func coverage(_ s: Int) -> Double {
            let covered = paragraphs.indices.reduce(0) { count, p in
                count + (paragraphs[p][s].level != .absent && !sentencesHit[p].isEmpty ? sentencesHit[p][s].count : 0)
            }
            return bodySentences > 0 ? Double(covered) / Double(bodySentences) : 1
        }
        // First the sectors that are not even a mention (scattered words, a word alone, no
        // passage); the share a central sector needs is then taken of what remains, so that a
        // stray word of another sector (`terroristes` in the title of a military cooperation
        // story) does not dilute it. Central also needs the sector's words in a good part of the
        // article's sentences (`centralCoverage`).
        let all = totals.reduce(0) { $0 + $1.score }
        var kept: [Int] = []
        for s in totals.indices where mentioned[s] > 0 {
            let share = all > 0 ? totals[s].score / all : 0
            let listed = paragraphs.contains { $0[s].level != .absent && $0[s].listed }
            let scattered = totals[s].score < Self.mentionScore && share < Self.mentionShare
            let alone = totals[s].terms.count < Self.mentionHits && !titled[s]
            // A passage treats the sector: sentences where it scores at least `strongSentence`
            // (a decisive word, or two clear ones); words scattered over a long article are not one.
            let strongSentences = paragraphs.indices.reduce(0) { $0 + strong[$1][s] }
            let passage = strongSentences >= Self.mentionSentences
                || (strongSentences >= Self.mentionSentences - 1 && coverage(s) >= Self.mentionCoverage)
                || peak[s] >= Self.substantialSentence
            // Only people and places of the sector (a student witness, a child dropped at
            // school): the setting, not the sector treated.
            let setting = !topical[s]
            // A list counts alone only as a field of cooperation (`SectorTaxonomy.fieldWords`).
            let fieldNamed = paragraphs.contains { $0[s].level != .absent && $0[s].fieldNamed }
            if ((scattered || alone || !(passage || titled[s])) && !(listed && (!alone || fieldNamed))) || setting {
                for p in paragraphs.indices { paragraphs[p][s].level = .absent }
                continue
            }
            kept.append(s)
        }
        let remaining = kept.reduce(0) { $0 + totals[$1].score }
        // The headline: a title given apart from the text (a feed entry, a JSONL `title`), whose
        // words name sectors. A title line of the text is left to `titled`.
        let givenTitle = !article.titleIsDerived && !article.paragraphs.contains { $0.role == .title }
        var headlined = [Bool](repeating: false, count: taxonomy.sectors.count)
        if givenTitle {
            for hit in match(SectorTokens.tokens(article.title)).hits where hit.term.weight >= 1 { headlined[hit.sector] = true }
        }
        for s in kept {
            let share = remaining > 0 ? totals[s].score / remaining : 0
            let coverage = coverage(s)
            var central = ((totals[s].score >= Self.centralScore && share >= Self.centralShare)
                || (titled[s] && share >= Self.centralShare))
                && (coverage >= Self.centralCoverage || (titled[s] && coverage >= Self.titledCoverage))
            // A headline says what an article is about: under one that does not name the sector,
            // the sector must fill the body to be central (students in the audience of a speech,
            // an army in a story about a border are the setting, not the topic).
            if givenTitle && !headlined[s] {
                central = central && coverage >= Self.unheadlinedCoverage
                    && totals[s].score >= Self.unheadlinedScore
            }
            // An article mostly about the past (a war memorial, a wreck of 1917) is history.
            if before[s] > 0 && history[s] / before[s] >= Self.historyShare { central = false }
            // An army named by its people alone (a regime's officers, Napoleon's soldiers) is the
            // topic only when it fills the article in its own time.
            if totals[s].score > 0 && service[s] / totals[s].score >= Self.serviceShare
                && (coverage < Self.serviceCoverage || history[s] > 0) { central = false }
            totals[s].level = central ? .central : .mentioned
        }
        // A sector that frames others (`SectorTaxonomy.frames`), when central, leaves them the
        // setting or the cause of its story: mentions at most (a stabbing outside a school). The
        // frames read the levels before any is changed, so their order never matters.
        let centralBefore = totals.map { $0.level == .central }
        for (frame, framed) in taxonomy.frames where centralBefore[frame] {
            for s in framed where totals[s].level == .central { totals[s].level = .mentioned }
        }
        // Its details (`SectorTaxonomy.details`): without a clear word of their own, a sector's words
        // in a central story of another (a suspect's weapons in a trial) are that story's.
        for (frame, detailed) in taxonomy.details where centralBefore[frame] {
            for s in detailed where totals[s].level != .absent && !clearWord[s] {
                totals[s].level = .absent
                for p in paragraphs.indices { paragraphs[p][s].level = .absent }
            }
        }
        return SectorAnalysis(sectors: taxonomy.sectors, article: totals, paragraphs: paragraphs)
    }
}
