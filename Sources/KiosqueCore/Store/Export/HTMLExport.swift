import Foundation

/// The press review as one self-contained, printable HTML file: the same outline as the Markdown
/// review (`ReviewOutline`: title, period, sections by tag or sector, articles, passages with
/// their notes, tags, sectors and entities), styled by one inline style sheet (with `@media
/// print`), without scripts, images, fonts or any other resource: it opens offline, and mails or
/// prints as it is.
///
/// Article text comes from the wild: every piece of it is escaped (`HTMLEscape`), control
/// characters and bidirectional overrides become visible marks, and the only links are the
/// articles' own http(s) addresses.
public enum HTMLExport {
    /// Same parameters as `MarkdownExport.render`.
    public static func render(_ bookmarks: [Bookmark], labels: ReviewLabels, sectorOrder: [String] = [],
                              preferredSectors: [String] = [], exported: ArticleDate? = nil, title: String? = nil,
                              period: (from: ArticleDate?, to: ArticleDate?) = (nil, nil)) -> String {
        let heading = title.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 } ?? labels.title
        let e = HTMLEscape.text
        var out: [String] = [
            "<!DOCTYPE html>",
            "<html lang=\"\(e(labels.language))\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta name=\"generator\" content=\"Kiosque\">",
            "<title>\(e(heading))</title>",
            "<style>",
            style,
            "</style>",
            "</head>",
            "<body>",
            "<header>",
            "<h1>\(e(heading))</h1>",
        ]
        if let line = labels.periodLine(from: period.from, to: period.to) { out.append("<p class=\"period\">\(e(line))</p>") }
        let articleCount = Set(bookmarks.map { ArticleKey(id: $0.article.id, location: $0.article.location) }).count
        var summary = labels.summary.replacingOccurrences(of: "{passages}", with: String(bookmarks.count))
            .replacingOccurrences(of: "{articles}", with: String(articleCount))
        if let exported {
            summary += " · " + labels.exported.replacingOccurrences(of: "{date}", with: labels.longDate(exported))
        }
        out += ["<p class=\"summary\">\(e(summary))</p>", "</header>", "<main>"]

        let outline = ReviewOutline(bookmarks, sectorOrder: sectorOrder, preferredSectors: preferredSectors)
        for section in outline.sections {
            out += ["<section>", "<h2>\(e(outline.heading(section, labels: labels)))</h2>"]
            for passages in section.articles {
                guard let article = passages.first?.article else { continue }
                let articleHeading = MarkdownExport.headingText(article.title.isEmpty ? article.id.rawValue : article.title)
                out += ["<article>", "<h3>\(e(articleHeading))</h3>", "<p class=\"meta\">\(metaLine(article, labels))</p>"]
                for bookmark in passages {
                    out += passage(bookmark, labels: labels, sectors: outline.otherSectors(bookmark, in: section),
                                   tags: outline.otherTags(bookmark, in: section))
                }
                out.append("</article>")
            }
            out.append("</section>")
        }
        out += ["</main>", "</body>", "</html>"]
        return out.joined(separator: "\n") + "\n"
    }

    /// The style sheet: readable on screen, and on paper without the colours and with each
    /// article kept on one page where it fits; no `url()`, no `@import`.
    static let style = """
        :root { color-scheme: light; }
        body { font-family: Georgia, "Times New Roman", serif; max-width: 46rem; margin: 2rem auto; padding: 0 1rem;
               line-height: 1.5; color: #1a1a1a; background: #fff; }
        h1 { font-size: 1.8rem; margin-bottom: 0.2rem; }
        h2 { font-size: 1.35rem; border-bottom: 2px solid #2b4c7e; color: #2b4c7e; margin-top: 2.2rem; }
        h3 { font-size: 1.1rem; margin: 1.4rem 0 0.2rem; }
        .period, .summary, .meta { color: #555; font-size: 0.92rem; margin: 0.1rem 0; }
        blockquote { margin: 0.8rem 0; padding: 0.2rem 0 0.2rem 1rem; border-left: 3px solid #b8c4d6; white-space: pre-line; }
        .note { margin: 0.3rem 0; }
        .tags, .sectors, .entities { font-size: 0.9rem; color: #444; margin: 0.2rem 0; }
        .tag { background: #eef2f8; border-radius: 0.3rem; padding: 0 0.3rem; }
        a { color: #2b4c7e; }
        @media print {
          body { max-width: none; margin: 0; font-size: 11pt; color: #000; }
          h2 { color: #000; border-bottom-color: #000; break-after: avoid; page-break-after: avoid; }
          h3 { break-after: avoid; page-break-after: avoid; }
          article { break-inside: avoid; page-break-inside: avoid; }
          blockquote { border-left-color: #888; }
          .tag { background: none; padding: 0; }
          a { color: #000; text-decoration: none; }
          a[href]::after { content: " (" attr(href) ")"; font-size: 0.8em; word-break: break-all; }
        }
        """

    /// `jeudi 29 février 2024 · RFI · <a href="https://…">lien</a>`, or the article id when
    /// nothing else is known; escaped.
    static func metaLine(_ article: ArticleReference, _ labels: ReviewLabels) -> String {
        let e = HTMLEscape.text
        var parts: [String] = []
        if let date = article.date { parts.append(e(labels.longDate(date))) }
        if let source = article.source, !source.isEmpty { parts.append(e(source)) }
        if let url = article.url, let href = link(url) {
            parts.append("<a href=\"\(href)\" rel=\"noopener noreferrer\">\(e(labels.link))</a>")
        }
        if parts.isEmpty { parts.append(e(article.id.rawValue)) }
        return parts.joined(separator: " · ")
    }

    /// An http(s) address made safe for an `href` (as `MarkdownExport.linkDestination` makes it
    /// safe for Markdown, then escaped); nil for any other scheme.
    static func link(_ url: String) -> String? {
        guard let destination = MarkdownExport.linkDestination(url) else { return nil }
        let bare = String(destination.dropFirst().dropLast())
        var out = ""
        for scalar in bare.unicodeScalars {
            switch scalar {
            case "\"": out += "%22"
            case "'": out += "%27"
            case "`": out += "%60"
            default:
                if SafeHTML.isInvisibleControl(scalar) { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return HTMLEscape.text(out)
    }

    static func passage(_ bookmark: Bookmark, labels: ReviewLabels, sectors: [String], tags: [String]) -> [String] {
        let e = HTMLEscape.text
        var out = ["<blockquote>\(e(bookmark.quote.exact.trimmingCharacters(in: .whitespacesAndNewlines)))</blockquote>"]
        let note = bookmark.note.trimmingCharacters(in: .whitespacesAndNewlines)
        if !note.isEmpty {
            let lines = note.split(whereSeparator: \.isNewline).map { e(String($0)) }.joined(separator: "<br>")
            out.append("<p class=\"note\"><strong>\(e(labels.note))</strong> \(lines)</p>")
        }
        if !tags.isEmpty {
            let list = tags.map { "<span class=\"tag\">#\(e($0))</span>" }.joined(separator: " ")
            out.append("<p class=\"tags\"><em>\(e(labels.tags))</em> \(list)</p>")
        }
        if !sectors.isEmpty {
            out.append("<p class=\"sectors\"><em>\(e(labels.sectors))</em> \(sectors.map(e).joined(separator: ", "))</p>")
        }
        let named = ReviewOutline.namedEntities(bookmark)
        if !named.isEmpty {
            let list = named.map { "\(e($0.text)) (\(e(labels.detail($0))))" }.joined(separator: ", ")
            out.append("<p class=\"entities\"><em>\(e(labels.entities))</em> \(list)</p>")
        }
        return out
    }
}

/// Text made inert in HTML: markup characters as references, and what would act on the page
/// without being seen (control characters, bidirectional overrides and isolates, which reorder
/// the text around them) replaced by visible marks, as the reader shows them.
public enum HTMLEscape {
    public static func text(_ text: String) -> String {
        var out = ""
        out.reserveCapacity(text.utf8.count)
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": out += "&amp;"
            case "<": out += "&lt;"
            case ">": out += "&gt;"
            case "\"": out += "&quot;"
            case "'": out += "&#39;"
            case "\n", "\t": out.unicodeScalars.append(scalar)
            case "\r": out += "\n"
            default:
                if let visible = SafeHTML.visible(scalar) {
                    out.unicodeScalars.append(visible)
                } else {
                    out.unicodeScalars.append(scalar)
                }
            }
        }
        return out
    }
}

/// Which characters never reach an HTML page as they are.
enum SafeHTML {
    /// The visible mark for a character that must not be written as it is (C0 controls as
    /// Control Pictures, `␛` for ESC; DEL `␡`; C1 controls, bidi overrides, isolates and marks,
    /// noncharacters as U+FFFD), nil for the others.
    static func visible(_ s: Unicode.Scalar) -> Unicode.Scalar? {
        let v = s.value
        if v < 0x20 { return Unicode.Scalar(0x2400 + v) }
        if v == 0x7F { return Unicode.Scalar(0x2421) }
        if isInvisibleControl(s) { return Unicode.Scalar(0xFFFD) }
        return nil
    }

    /// C0 and C1 controls, DEL, bidirectional overrides, isolates and marks, noncharacters.
    static func isInvisibleControl(_ s: Unicode.Scalar) -> Bool {
        let v = s.value
        if v < 0x20 || v == 0x7F || (0x80...0x9F).contains(v) { return true }
        if (0x202A...0x202E).contains(v) || (0x2066...0x2069).contains(v) { return true }
        if v == 0x200E || v == 0x200F || v == 0x061C { return true }
        if (0xFDD0...0xFDEF).contains(v) || v & 0xFFFE == 0xFFFE { return true }
        return false
    }
}
