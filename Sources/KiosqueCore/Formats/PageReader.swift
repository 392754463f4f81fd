import Foundation
import KiosqueMarkup

/// Reads a saved web page as one article: its readable text (the main content, without
/// navigation, teasers, comments...) and its metadata (`og:*`, JSON-LD, `<time>`, canonical link).
/// The parts are in `Formats/Pages/`: `PageContent` (the article's paragraphs), `PageMetadata`
/// (what the page says about itself), `PageWords` (the word lists of `Resources/pages/`).
public enum PageReader {
    /// Reads the page in `data`; `name` is the file name without its extension (the draft's id).
    public static func read(_ data: Data, name: String) -> Result<ArticleDraft, MarkupError> {
        // A page of white space only is an empty article, not a markup error.
        if data.allSatisfy({ $0 == 0x20 || $0 == 0x09 || $0 == 0x0A || $0 == 0x0D || $0 == 0x0C }) {
            return .success(ArticleDraft(id: name, text: ""))
        }
        return Markup.parseHTML(data).map { document in draft(of: document, name: name) }
    }

    static func draft(of document: MarkupDocument, name: String) -> ArticleDraft {
        let metadata = PageMetadata(document: document)
        var content = PageContent(document: document, words: PageWords.shared, title: metadata.title)
        var paragraphs = content.paragraphs()
        var notes = document.problems.map(LoadReason.markupMessage)
        // A page whose text is written by a script holds its article only in its JSON-LD.
        if let body = metadata.articleBody {
            let fromLD = body.components(separatedBy: "\n").map(HTMLText.collapse).filter { !$0.isEmpty }
            let ldLength = fromLD.reduce(0) { $0 + $1.count }
            let pageLength = paragraphs.reduce(0) { $0 + $1.count }
            if ldLength > 2 * pageLength + 200 {
                paragraphs = fromLD
                notes.append(.textFromJSONLD)
            }
        }
        if let unread = metadata.unreadDate { notes.append(.dateNotUnderstood(value: unread, outcome: .noted)) }
        return ArticleDraft(id: name, title: metadata.title, date: metadata.date, url: metadata.url, source: metadata.source,
                            author: metadata.author, language: metadata.language,
                            text: paragraphs.joined(separator: "\n\n"), notes: notes)
    }
}
