import Foundation
import KiosqueMarkup

/// The text of a title, content or summary element, by its declared type: Atom `type`
/// (`text`, `html`, `xhtml` or a MIME type) and Atom 0.3 `mode` (`xml`, `escaped`, `base64`);
/// RSS elements by what they hold (feedparser's rules: a description is HTML, a title is HTML
/// only when it holds a closing tag or an entity).
struct FeedText {
    enum Kind {
        case plain, html, xhtml
        /// Atom 1.0: a MIME type neither text nor XML means base64 content, read as plain text.
        case base64
    }

    let names: FeedNames
    var document: MarkupDocument { names.document }

    /// The element's declared kind, or `fallback` when it declares none.
    func kind(of id: MarkupDocument.NodeID, fallback: Kind) -> Kind {
        guard let type = names.attribute("type", of: id)?.trimmingCharacters(in: .whitespaces).lowercased(),
              !type.isEmpty else { return fallback }
        switch type {
        case "text", "text/plain": return .plain
        case "html", "text/html": return .html
        case "xhtml", "application/xhtml+xml": return .xhtml
        default:
            if type.hasPrefix("text/") { return .plain }
            if type.hasSuffix("+xml") || type.hasSuffix("/xml") { return .xhtml }
            return type.contains("/") ? .base64 : fallback
        }
    }

    /// The element's paragraphs. `fallback` is the kind when the element declares none; `sniff`
    /// reads an undeclared plain text as HTML when it looks like HTML.
    func paragraphs(of id: MarkupDocument.NodeID, fallback: Kind, sniff: Bool = false) -> [String] {
        var kind = kind(of: id, fallback: fallback)
        let mode = names.attribute("mode", of: id)?.trimmingCharacters(in: .whitespaces).lowercased()
        let base64 = mode == "base64" || kind == .base64
        if !base64 && names.hasElementChildren(id) {
            // Inline markup (XHTML, or HTML written unescaped): the tree is the text.
            return HTMLText.paragraphs(in: document, under: id)
        }
        var text = document.text(of: id)
        if base64 {
            guard let decoded = Data(base64Encoded: text, options: .ignoreUnknownCharacters) else { return [] }
            text = String(decoding: decoded, as: UTF8.self)
        }
        if kind == .plain && sniff && names.attribute("type", of: id) == nil && Self.looksLikeHTML(text) { kind = .html }
        switch kind {
        case .plain, .base64: return Self.plainParagraphs(text)
        case .html, .xhtml: return HTMLText.paragraphs(ofFragment: text)
        }
    }

    /// A title: the paragraphs joined by one space; nil when empty.
    func inline(_ id: MarkupDocument.NodeID, fallback: Kind, sniff: Bool = false) -> String? {
        let text = paragraphs(of: id, fallback: fallback, sniff: sniff).joined(separator: " ")
        return text.isEmpty ? nil : text
    }

    /// A body: paragraphs separated by a blank line.
    func body(_ id: MarkupDocument.NodeID, fallback: Kind) -> String {
        paragraphs(of: id, fallback: fallback).joined(separator: "\n\n")
    }

    /// Plain text: paragraphs at blank lines, whitespace collapsed inside each.
    static func plainParagraphs(_ text: String) -> [String] {
        var paragraphs: [String] = []
        var current = ""
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if line.allSatisfy(\.isWhitespace) {
                let collapsed = HTMLText.collapse(current)
                if !collapsed.isEmpty { paragraphs.append(collapsed) }
                current = ""
            } else {
                current += current.isEmpty ? String(line) : "\n" + line
            }
        }
        let collapsed = HTMLText.collapse(current)
        if !collapsed.isEmpty { paragraphs.append(collapsed) }
        return paragraphs
    }

    /// feedparser's test: a closing tag (`</b>`) or a character reference (`&amp;`, `&#233;`).
    static func looksLikeHTML(_ text: String) -> Bool {
        let scalars = Array(text.unicodeScalars)
        for (index, scalar) in scalars.enumerated() {
            if scalar == "<", index + 2 < scalars.count, scalars[index + 1] == "/" {
                var end = index + 2
                while end < scalars.count, isWord(scalars[end]) { end += 1 }
                if end > index + 2, end < scalars.count, scalars[end] == ">" { return true }
            } else if scalar == "&" {
                var end = index + 1
                if end < scalars.count, scalars[end] == "#" { end += 1 }
                let start = end
                while end < scalars.count, isWord(scalars[end]) { end += 1 }
                if end > start, end < scalars.count, scalars[end] == ";" { return true }
            }
        }
        return false
    }

    private static func isWord(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || scalar.properties.numericType != nil || scalar == "_"
    }
}
