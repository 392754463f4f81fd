import Foundation
import KiosqueMarkup

/// Reads a saved web page as one article: its readable text (the main content, without
/// navigation, teasers, comments...) and its metadata (`og:*`, JSON-LD, `<time>`, canonical link).
public enum PageReader {
    /// Reads the page in `data`; `name` is the file name without its extension (the draft's id).
    /// (Skeleton: the pages helper fills it in.)
    public static func read(_ data: Data, name: String) -> Result<ArticleDraft, MarkupError> {
        Markup.parseHTML(data).map { document in
            guard let root = document.root else { return ArticleDraft(id: name, text: "") }
            return ArticleDraft(id: name, text: HTMLText.paragraphs(in: document, under: root).joined(separator: "\n\n"))
        }
    }
}
