import Foundation
import KiosqueMarkup

/// HTML to plain paragraphs, as `../shared/ingest/htmltext.py` does: block elements (`p`, `div`,
/// `h1`-`h6`, `li`, `blockquote`, `tr`, `br`...) end a paragraph; scripts, styles, iframes,
/// objects, SVG and images dropped; whitespace collapsed; paragraphs joined by a blank line.
public enum HTMLText {
    /// Elements that end a paragraph.
    static let blocks: Set<String> = [
        "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "dl", "dt", "dd", "blockquote",
        "tr", "td", "th", "table", "br", "hr", "pre", "section", "article", "header", "footer", "aside",
        "nav", "figure", "figcaption", "main", "address", "form", "fieldset", "center", "body", "html",
    ]
    /// Elements whose content is never text.
    static let dropped: Set<String> = [
        "script", "style", "iframe", "object", "embed", "svg", "img", "noscript", "template", "head",
        "video", "audio", "canvas", "map", "button", "select", "input", "textarea", "math", "title",
    ]

    /// The paragraphs of an HTML fragment (a feed's `content:encoded`, a description).
    public static func paragraphs(ofFragment html: String) -> [String] {
        guard case .success(let document) = Markup.parseHTML(Array(html.utf8).withUnsafeBufferPointer({ Data($0) }),
                                                             encoding: "UTF-8"),
              let root = document.root else { return [] }
        return paragraphs(in: document, under: root)
    }

    /// The paragraphs under `node` of `document`.
    public static func paragraphs(in document: MarkupDocument, under node: MarkupDocument.NodeID) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        func flush() {
            let collapsed = collapse(current)
            if !collapsed.isEmpty { paragraphs.append(collapsed) }
            current = ""
        }
        // (node, entering): block elements flush on entry and on exit.
        var stack: [(MarkupDocument.NodeID, Bool)] = [(node, true)]
        while let (id, entering) = stack.popLast() {
            let n = document[id]
            if n.kind == .text {
                current += n.text
                continue
            }
            if dropped.contains(n.name) && id != node { continue } // `node` itself may be a feed's `title`
            let isBlock = blocks.contains(n.name)
            if !entering {
                if isBlock { flush() }
                continue
            }
            if isBlock { flush() }
            stack.append((id, false))
            let children = Array(document.children(of: id))
            for child in children.reversed() { stack.append((child, true)) }
        }
        flush()
        return paragraphs
    }

    /// Runs of whitespace (any Unicode space but no-break spaces kept as they are) become one space;
    /// trimmed; soft hyphens (U+00AD) dropped. On the UTF-8 bytes (`PageContent.collapse`): every paragraph of every page and
    /// feed goes through it.
    static func collapse(_ text: String) -> String { PageContent.collapse(text) }
}
