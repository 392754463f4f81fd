import KiosqueCore

/// One line of `kiosque list --json`.
struct ArticleSummaryJSON: Encodable {
    var id: String
    var date: String?
    var title: String
    var source: String?
    var location: String
    /// With `list --sector`: the article's level (0, 1, 2) for each sector asked.
    var sectors: [String: Int]?

    init(_ article: ListedArticle) {
        id = article.id.rawValue
        date = article.date?.iso8601
        title = article.title
        source = article.source
        location = article.location
    }

    enum CodingKeys: String, CodingKey { case id, date, title, source, location, sectors }

    /// Absent values are written as `null`, so every object has every key.
    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(date, forKey: .date)
        try c.encode(title, forKey: .title)
        try c.encode(source, forKey: .source)
        try c.encode(location, forKey: .location)
        try c.encodeIfPresent(sectors, forKey: .sectors)
    }
}

/// `kiosque show ID --json`: the article with every paragraph and sentence and their ranges, its
/// entities, and the sectors it is about (with the score and terms behind each).
struct ArticleDetailJSON: Encodable {
    var id: String
    var title: String
    var date: String?
    /// True when `date` is the day the article's address writes (the source and the text give none).
    var dateFromAddress: Bool
    var source: String?
    var url: String?
    var author: String?
    var location: String
    var notes: [String]
    var paragraphs: [ParagraphJSON]
    var entities: [EntityJSON]
    /// Nil (`null`) when the taxonomy could not be read.
    var sectors: [SectorFindingJSON]?

    init(_ article: Article, entities: [Entity], sectors: SectorAnalysis?) {
        id = article.id.rawValue
        title = article.title
        date = article.date?.iso8601
        dateFromAddress = article.dateFromAddress
        source = article.source
        url = article.url
        author = article.author
        location = article.location
        notes = article.notes.map(\.description)
        paragraphs = article.paragraphs.enumerated().map { p, paragraph in
            ParagraphJSON(paragraph, sectors: sectors.map { SectorFindingJSON.levels($0.sectors, $0.paragraphs[p]) })
        }
        self.entities = entities.map { EntityJSON($0) }
        self.sectors = sectors.map { analysis in
            zip(analysis.sectors, analysis.article).compactMap { sector, finding in
                finding.level == .absent ? nil : SectorFindingJSON(sector, finding)
            }
        }
    }

    enum CodingKeys: String, CodingKey {
        case id, title, date, dateFromAddress = "date_from_address", source, url, author, location, notes, paragraphs, entities, sectors
    }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(dateFromAddress, forKey: .dateFromAddress)
        try c.encode(source, forKey: .source)
        try c.encode(url, forKey: .url)
        try c.encode(author, forKey: .author)
        try c.encode(location, forKey: .location)
        try c.encode(notes, forKey: .notes)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(entities, forKey: .entities)
        try c.encode(sectors, forKey: .sectors)
    }
}

/// A sector an article is about: `{"name", "key", "level", "score", "terms": [{"term", "count"}]}`,
/// terms most frequent first.
struct SectorFindingJSON: Encodable {
    struct Term: Encodable {
        var term: String
        var count: Int
    }

    var name: String
    var key: String
    var level: Int
    var score: Double
    var terms: [Term]

    init(_ sector: Sector, _ finding: SectorFinding) {
        name = sector.name
        key = sector.key
        level = finding.level.rawValue
        score = finding.score
        terms = finding.termCounts.map { Term(term: $0.term, count: $0.count) }
    }

    /// Name -> level of the sectors a paragraph is about.
    static func levels(_ sectors: [Sector], _ findings: [SectorFinding]) -> [String: Int] {
        var out: [String: Int] = [:]
        for (sector, finding) in zip(sectors, findings) where finding.level != .absent { out[sector.name] = finding.level.rawValue }
        return out
    }
}

struct ParagraphJSON: Encodable {
    var start: Int
    var end: Int
    var role: String
    var sentences: [SentenceJSON]
    /// Name -> level of the sectors the paragraph is about; absent when the taxonomy could not be read.
    var sectors: [String: Int]?

    init(_ paragraph: Paragraph, sectors: [String: Int]? = nil) {
        start = paragraph.range.start
        end = paragraph.range.end
        role = paragraph.role.rawValue
        sentences = paragraph.sentences.map(SentenceJSON.init)
        self.sectors = sectors
    }
}

struct SentenceJSON: Encodable {
    var start: Int
    var end: Int
    var style: String
    var text: String

    init(_ sentence: Sentence) {
        start = sentence.range.start
        end = sentence.range.end
        style = sentence.style.rawValue
        text = sentence.text
    }
}
