import KiosqueCore

/// A sentence of an article: its paragraph (an index into `Article.paragraphs`, shown or not,
/// so it matches the loader's numbering) and its index in that paragraph.
public struct SentenceIndex: Hashable, Sendable, Comparable {
    public var paragraph: Int
    public var sentence: Int
    public init(paragraph: Int, sentence: Int) {
        self.paragraph = paragraph
        self.sentence = sentence
    }
    public static func < (a: SentenceIndex, b: SentenceIndex) -> Bool { (a.paragraph, a.sentence) < (b.paragraph, b.sentence) }
}

/// A passage as bookmarks and filters will name it: article id plus sentence.
public struct Passage: Hashable, Sendable {
    public var article: ArticleID
    public var sentence: SentenceIndex
}

/// The reader: the open article, the passage cursor, and the scroll position.
///
/// The scroll position is `topOffset`, the source offset of the first character on the top
/// row: it does not depend on the width, so a resize reflows the text and keeps the same
/// passage at the top.
public struct ReaderState: Hashable, Sendable {
    /// The open article (`AppState.open`).
    public var article: ArticleID?
    /// The sentence under the passage cursor; nil when the article shows no sentence.
    public var cursor: SentenceIndex?
    /// Code point offset in the article's text of the first character on the top row.
    public var topOffset: Int = 0
    /// Counts for the details panel, computed once when the article is opened.
    public var stats: ArticleStats?
    /// The entity mention `]` / `[` went to, marked in the text.
    public var mark: TextRange?
    /// Where the selection started (`v`, `V`): it runs from here to the cursor sentence, either
    /// way; nil without a selection.
    public var selection: SentenceIndex?

    public init(article: ArticleID? = nil, cursor: SentenceIndex? = nil, topOffset: Int = 0, stats: ArticleStats? = nil) {
        self.article = article
        self.cursor = cursor
        self.topOffset = topOffset
        self.stats = stats
    }
}

/// Words, shown paragraphs and sentences of an article: a pass over the whole text, done once.
public struct ArticleStats: Hashable, Sendable {
    public var words: Int
    public var paragraphs: Int
    public var sentences: Int

    public init(_ article: Article) {
        let shown = article.paragraphs.filter { $0.role.isShown && !$0.sentences.isEmpty }
        words = article.wordCount
        paragraphs = shown.count
        sentences = shown.reduce(0) { $0 + $1.sentences.count }
    }
}
