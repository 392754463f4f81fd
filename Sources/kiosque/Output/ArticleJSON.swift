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

    init(_ article: Article) {
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

/// `kiosque show ID --json`: the article with every paragraph and sentence and their ranges, and
/// its entities.
struct ArticleDetailJSON: Encodable {
    var id: String
    var title: String
    var date: String?
    var source: String?
    var url: String?
    var location: String
    var notes: [String]
    var paragraphs: [ParagraphJSON]
    var entities: [EntityJSON]

    init(_ article: Article, entities: [Entity]) {
        id = article.id.rawValue
        title = article.title
        date = article.date?.iso8601
        source = article.source
        url = article.url
        location = article.location
        notes = article.notes
        paragraphs = article.paragraphs.map(ParagraphJSON.init)
        self.entities = entities.map(EntityJSON.init)
    }

    enum CodingKeys: String, CodingKey { case id, title, date, source, url, location, notes, paragraphs, entities }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(id, forKey: .id)
        try c.encode(title, forKey: .title)
        try c.encode(date, forKey: .date)
        try c.encode(source, forKey: .source)
        try c.encode(url, forKey: .url)
        try c.encode(location, forKey: .location)
        try c.encode(notes, forKey: .notes)
        try c.encode(paragraphs, forKey: .paragraphs)
        try c.encode(entities, forKey: .entities)
    }
}

struct ParagraphJSON: Encodable {
    var start: Int
    var end: Int
    var role: String
    var sentences: [SentenceJSON]

    init(_ paragraph: Paragraph) {
        start = paragraph.range.start
        end = paragraph.range.end
        role = paragraph.role.rawValue
        sentences = paragraph.sentences.map(SentenceJSON.init)
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
