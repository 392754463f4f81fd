extension ArticleDraft {
    /// An article as `kiosque convert` writes it: its metadata, `title` nil when the article has
    /// none of its own (`Article.titleIsDerived`), and `text` its shown paragraphs, each from its
    /// first sentence to its last (line breaks inside kept), separated by one blank line: the
    /// title, datelines and page debris left out. Read back, it gives the same article body.
    public init(_ article: Article) {
        let scalars = Array(article.text.unicodeScalars)
        var paragraphs: [String] = []
        for paragraph in article.bodyParagraphs {
            guard let first = paragraph.sentences.first, let last = paragraph.sentences.last,
                  first.range.start < last.range.end, last.range.end <= scalars.count else { continue }
            var text = String.UnicodeScalarView()
            text.append(contentsOf: scalars[first.range.start..<last.range.end])
            paragraphs.append(String(text))
        }
        self.init(id: article.id.rawValue, title: article.titleIsDerived ? nil : article.title, date: article.date,
                  url: article.url, source: article.source, author: article.author, language: article.language,
                  text: paragraphs.joined(separator: "\n\n"), notes: article.notes)
    }
}
