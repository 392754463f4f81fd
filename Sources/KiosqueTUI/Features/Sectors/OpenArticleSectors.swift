import KiosqueCore

/// The open article's sectors in full: the analysis (article and paragraph findings with their
/// terms, for the "why" view) and the sentences that carry each sector (margin marks, `}`/`{`).
///
/// A sentence is marked for a sector when its paragraph is about the sector (level 1 or 2) and
/// the sentence itself holds terms of it; a paragraph about a sector where no single sentence
/// does (a phrase across sentences) has every sentence marked. Marking sentences rather than
/// whole paragraphs matters for scraped articles, which are often one long paragraph.
public struct OpenArticleSectors: Sendable {
    /// The article classified.
    public var article: ArticleID
    public var analysis: SectorAnalysis
    /// For each marked sentence, its sectors (bit i: sector i of the taxonomy; the first 64).
    public var marks: [SentenceIndex: UInt64]
    /// The marked sentences in reading order.
    public var marked: [SentenceIndex]

    /// Classifies the article and its sentences (a pure computation, about a millisecond).
    public init(_ article: Article, classifier: SectorClassifier) {
        self.article = article.id
        analysis = classifier.classify(article)
        var marks: [SentenceIndex: UInt64] = [:]
        for (p, paragraph) in article.paragraphs.enumerated() where paragraph.role.isShown {
            let about = analysis.paragraphs[p].prefix(64).enumerated().reduce(UInt64(0)) { mask, item in
                item.element.level == .absent ? mask : mask | (1 << UInt64(item.offset))
            }
            guard about != 0 else { continue }
            var found: UInt64 = 0
            var sentenceMarks: [UInt64] = []
            for sentence in paragraph.sentences {
                let findings = classifier.classify(paragraph: sentence.text)
                let own = findings.prefix(64).enumerated().reduce(UInt64(0)) { mask, item in
                    item.element.score > 0 ? mask | (1 << UInt64(item.offset)) : mask
                } & about
                sentenceMarks.append(own)
                found |= own
            }
            let everywhere = about & ~found
            for (s, own) in sentenceMarks.enumerated() where own | everywhere != 0 {
                marks[SentenceIndex(paragraph: p, sentence: s)] = own | everywhere
            }
        }
        self.marks = marks
        marked = marks.keys.sorted()
    }

    /// The sectors (mask) a sentence is marked for.
    public func mask(of sentence: SentenceIndex) -> UInt64 { marks[sentence] ?? 0 }

    /// The paragraph findings of paragraph `p`, if it exists.
    public func paragraph(_ p: Int) -> [SectorFinding]? {
        analysis.paragraphs.indices.contains(p) ? analysis.paragraphs[p] : nil
    }

    /// Starts of passages of the sectors in `mask`: marked sentences whose previous sentence in
    /// the same paragraph is not marked for them, in reading order.
    public func passageStarts(_ mask: UInt64) -> [SentenceIndex] {
        marked.filter { index in
            guard self.mask(of: index) & mask != 0 else { return false }
            guard index.sentence > 0 else { return true }
            return self.mask(of: SentenceIndex(paragraph: index.paragraph, sentence: index.sentence - 1)) & mask == 0
        }
    }
}

/// A set of sectors as bits (sector i of the taxonomy: bit i), for the first 64 sectors.
enum SectorMask {
    static func of(_ indices: [Int]) -> UInt64 {
        indices.reduce(UInt64(0)) { $1 >= 0 && $1 < 64 ? $0 | (1 << UInt64($1)) : $0 }
    }

    /// The lowest sector index in a mask.
    static func first(_ mask: UInt64) -> Int? { mask == 0 ? nil : mask.trailingZeroBitCount }
}
