/// Turns a decoded text into an `Article`: blocks and their roles, title, date and sentences.
///
/// Roles: a block made only of debris lines (`Menu`) and every block from a cut marker
/// (`AUTRES INFOS`) on is boilerplate; among the leading blocks, one made only of a date is a
/// dateline and a single line taken as the title is the title block. Each line of a block is
/// segmented on its own (a line break always ends a sentence); teaser lines get style `.teaser`,
/// short unpunctuated lines followed by more lines of the block get `.heading`.
public struct ArticleParser: Sendable {
    public let data: FrenchData
    private let classifier: LineClassifier
    private let segmenter: SentenceSegmenter
    private let dates: DateParser

    /// The longest single line taken as a title block when no title is given.
    static let maxTitleLineLength = 200
    /// How many leading shown blocks are searched for the title and a dateline.
    static let leadingBlocks = 4

    public init(data: FrenchData) {
        self.data = data
        self.classifier = LineClassifier(data: data)
        self.segmenter = SentenceSegmenter(abbreviations: data.abbreviations)
        self.dates = DateParser(data: data)
    }

    /// What the source says besides the text; nil fields are worked out from the text.
    public struct Metadata: Sendable {
        public var id: ArticleID
        public var location: String
        public var title: String?
        public var date: ArticleDate?
        public var source: String?
        public var url: String?
        public var author: String?
        public var language: String?
        public var notes: [LoadReason]
        /// The text is the body alone, its title (if any) given apart: a feed entry or a page.
        /// Without a given title, no line of the text is taken as the title (it stays text).
        public var textIsBody = false

        public init(id: ArticleID, location: String, title: String? = nil, date: ArticleDate? = nil,
                    source: String? = nil, url: String? = nil, author: String? = nil, language: String? = nil,
                    notes: [LoadReason] = [], textIsBody: Bool = false) {
            self.textIsBody = textIsBody
            self.id = id
            self.location = location
            self.title = title
            self.date = date
            self.source = source
            self.url = url
            self.author = author
            self.language = language
            self.notes = notes
        }
    }

    /// The date of a line that only gives a date, with its time when known: the French forms of
    /// `DateParser` (`28 février 2024 à 10h30`) and every form of `DateText` that names a day
    /// (`15.03.2024`, `Fri, 15 Mar 2024 08:00 GMT`; a year or a month alone stays text there).
    func dateLine(_ line: String) -> ArticleDate? {
        let full = DateText.parse(line).flatMap { $0.day != nil ? $0 : nil }
        guard let day = dates.parseDateLine(line) else { return full }
        return full.flatMap { $0.dayOnly == day ? $0 : nil } ?? day
    }

    /// Parses `text` as it is, the script snippets a scraper left in it blanked (`ScriptSnippets`,
    /// offsets unchanged): every range of the result points into it.
    public func parse(text source: String, metadata: Metadata) -> Article {
        let text = ScriptSnippets.blanked(source)
        let scalars = ScalarArray.of(text)
        let blocks = ParagraphSplitter.blocks(in: scalars)
        var roles = boilerplateRoles(scalars, blocks)
        let givenTitle = metadata.title.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 }
        var shownBlocks = blocks
        let lead = leadingTitleAndDate(scalars, blocks, &roles, givenTitle: givenTitle,
                                       titleInText: givenTitle != nil || !metadata.textIsBody)
        if let trimmed = lead.bodyStart {
            // A lede that starts with a date (` date 2024-03 – Cette relation ...`) stays article
            // text, without its date prefix.
            shownBlocks[trimmed.block].lines[0].start = trimmed.offset
        }
        var paragraphs: [Paragraph] = []
        paragraphs.reserveCapacity(blocks.count)
        for (index, block) in shownBlocks.enumerated() {
            let role = roles[index]
            if role == .body, block.lines.count == 1, block.lines[0].length <= DateParser.maxDateLineLength,
               dateLine(scalars.string(block.lines[0])) != nil {
                roles[index] = .dateline
            }
            let sentences = roles[index] == .boilerplate ? [] : self.sentences(scalars, block)
            paragraphs.append(Paragraph(range: block.range, role: roles[index], sentences: sentences))
        }
        let title = givenTitle ?? lead.title ?? derivedTitle(scalars, blocks, roles) ?? metadata.id.rawValue
        // Neither the source nor the text dates the article: the day its address writes, if any.
        let addressDate = metadata.date == nil && lead.date == nil ? metadata.url.flatMap(AddressDate.date(in:)) : nil
        var article = Article(id: metadata.id, title: title, date: metadata.date ?? lead.date ?? addressDate, location: metadata.location,
                       source: metadata.source, url: metadata.url, author: metadata.author, language: metadata.language,
                       text: text, paragraphs: paragraphs,
                       notes: metadata.notes)
        // Made from a shown paragraph's first sentence (not from a dateline): the same text makes it again.
        article.titleIsDerived = givenTitle == nil && lead.title == nil
            && roles.first(where: { $0 != .boilerplate }).map { $0 == .body } ?? true
        article.dateFromAddress = addressDate != nil
        return article
    }

    /// `.boilerplate` for debris blocks and everything from a cut marker on, `.body` elsewhere.
    private func boilerplateRoles(_ scalars: [Unicode.Scalar], _ blocks: [TextBlock]) -> [ParagraphRole] {
        var roles = [ParagraphRole](repeating: .body, count: blocks.count)
        var cut = false
        for (index, block) in blocks.enumerated() {
            if !cut, block.lines.contains(where: { classifier.isCut(scalars, $0) }) { cut = true }
            if cut || block.lines.allSatisfy({ classifier.isDebris(scalars, $0) }) { roles[index] = .boilerplate }
        }
        return roles
    }

    /// Marks the title block and leading datelines; returns the title and date they give, and
    /// where the text of a date-prefixed lede starts when that lede is too long to be only a title.
    private func leadingTitleAndDate(_ scalars: [Unicode.Scalar], _ blocks: [TextBlock], _ roles: inout [ParagraphRole],
                                     givenTitle: String?, titleInText: Bool)
        -> (title: String?, date: ArticleDate?, bodyStart: (block: Int, offset: Int)?) {
        var bodyStart: (block: Int, offset: Int)?
        var title: String?
        var date: ArticleDate?
        var titleFound = false
        var seen = 0
        for (index, block) in blocks.enumerated() where roles[index] != .boilerplate {
            seen += 1
            if seen > Self.leadingBlocks { break }
            let line = block.lines[0]
            // Only the head of a long line can hold a date or a title: avoid copying whole articles.
            let firstLine = scalars.string(TextRange(line.start, min(line.end, line.start + Self.maxTitleLineLength + 1)))
            if block.lines.count == 1, line.length <= DateParser.maxDateLineLength, let lineDate = dateLine(firstLine) {
                roles[index] = .dateline
                date = date ?? lineDate
                continue
            }
            if titleFound || !titleInText { break }
            if let prefixed = dates.parseDatePrefix(firstLine) {
                date = date ?? prefixed.date
                let rest = Array(firstLine.unicodeScalars)
                let restRange = rest.trimmed(TextRange(prefixed.restStart, rest.count))
                let restText = rest.string(restRange)
                let restLength = line.length - restRange.start
                if block.lines.count == 1, restLength <= TitleText.limit {
                    roles[index] = .title
                    titleFound = true
                    title = TitleText.shortened(restText)
                    continue
                }
                title = TitleText.shortened(restText)
                bodyStart = (index, line.start + restRange.start)
                break
            }
            guard block.lines.count == 1 else { break }
            // A title block needs text after it: an article that is only its title shows it as
            // text (so `kiosque convert` output, whose title may be its only line, reads back).
            let hasMore = blocks[(index + 1)...].indices.contains { roles[$0] != .boilerplate }
            if let givenTitle {
                guard hasMore, line.length <= Self.maxTitleLineLength, TextFolding.fold(firstLine) == TextFolding.fold(givenTitle) else { break }
            } else {
                guard line.length <= Self.maxTitleLineLength, hasMore else { break }
                title = firstLine
            }
            roles[index] = .title
            titleFound = true
        }
        return (title, date, bodyStart)
    }

    /// The first sentence of the first shown block, shortened.
    private func derivedTitle(_ scalars: [Unicode.Scalar], _ blocks: [TextBlock], _ roles: [ParagraphRole]) -> String? {
        guard let index = roles.indices.first(where: { roles[$0] != .boilerplate }) else { return nil }
        let line = blocks[index].lines[0]
        let first = segmenter.sentences(in: scalars, line: line).first ?? line
        return TitleText.shortened(scalars.string(first))
    }

    /// The sentences of every line of `block`, with their styles and line ends.
    private func sentences(_ scalars: [Unicode.Scalar], _ block: TextBlock) -> [Sentence] {
        var out: [Sentence] = []
        let lastLine = block.lines.count - 1
        for (lineIndex, line) in block.lines.enumerated() {
            let style: LineStyle
            let ranges: [TextRange]
            if classifier.isTeaser(scalars, line) {
                style = .teaser
                ranges = segmenter.sentences(in: scalars, line: line)
            } else if lineIndex < lastLine, LineClassifier.looksLikeHeading(scalars, line) {
                style = .heading
                ranges = [line]
            } else {
                style = .text
                ranges = segmenter.sentences(in: scalars, line: line)
            }
            for range in ranges {
                out.append(Sentence(range: range, text: scalars.string(range), style: style, endsLine: false))
            }
            if lineIndex < lastLine, !out.isEmpty { out[out.count - 1].endsLine = true }
        }
        return out
    }
}

import Foundation
