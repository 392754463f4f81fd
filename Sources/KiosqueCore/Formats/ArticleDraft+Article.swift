extension ArticleDraft {
    /// An article as `kiosque convert` writes it: its metadata, `title` nil when the article has
    /// none of its own (`Article.titleIsDerived`), and `text` its shown paragraphs, each from its
    /// first sentence to its last (line breaks inside kept), separated by one blank line: the
    /// title, datelines and page debris left out. Read back, it gives the same article body. A date
    /// taken from the address is not written: the source gave none (read back, the address gives it again).
    public init(_ article: Article) {
        // Paragraph ranges count scalars and come in order: one walk of the text finds them.
        let scalars = article.text.unicodeScalars
        var index = scalars.startIndex
        var offset = 0
        func position(_ target: Int) -> String.Index? {
            if target < offset { (index, offset) = (scalars.startIndex, 0) }
            while offset < target {
                guard index < scalars.endIndex else { return nil }
                scalars.formIndex(after: &index)
                offset += 1
            }
            return index
        }
        var paragraphs: [String] = []
        for paragraph in article.bodyParagraphs {
            guard let first = paragraph.sentences.first, let last = paragraph.sentences.last,
                  first.range.start < last.range.end, let start = position(first.range.start),
                  let end = position(last.range.end) else { continue }
            paragraphs.append(String(scalars[start..<end]))
        }
        self.init(id: article.id.rawValue, title: article.titleIsDerived ? nil : article.title,
                  date: article.dateFromAddress ? nil : article.date,
                  url: article.url, source: article.source, author: article.author, language: article.language,
                  text: paragraphs.joined(separator: "\n\n"), notes: article.notes)
    }
}
