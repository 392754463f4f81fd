import Foundation

/// The press review: bookmarks grouped by tag when the analyst tagged some, else by sector
/// (`ReviewOutline`), then by article (title, date, source, link), each passage a block quote
/// followed by its note, its tags and its entities. Valid CommonMark; every piece of article or
/// user text is escaped (`MarkdownText`).
public enum MarkdownExport {
    /// - Parameters:
    ///   - sectorOrder: sector names in the order their groups come (the taxonomy's); sectors not
    ///     in it follow in alphabetical order (ignoring accents), and the passages without a
    ///     sector come last under `labels.other`.
    ///   - preferredSectors: a passage about several sectors is filed once, under its first
    ///     sector found here (the sectors asked for with `--sector`), else its first sector.
    ///   - exported: the day written under the title, if given.
    ///   - title: the review's title (else `labels.title`); `period`: the days it covers, said
    ///     under the title.
    public static func render(_ bookmarks: [Bookmark], labels: ReviewLabels, sectorOrder: [String] = [],
                              preferredSectors: [String] = [], exported: ArticleDate? = nil, title: String? = nil,
                              period: (from: ArticleDate?, to: ArticleDate?) = (nil, nil)) -> String {
        let heading = title.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }.flatMap { $0.isEmpty ? nil : $0 } ?? labels.title
        var out: [String] = ["# " + MarkdownText.inline(heading), ""]
        if let line = labels.periodLine(from: period.from, to: period.to) { out += [MarkdownText.inline(line), ""] }
        let articleCount = Set(bookmarks.map { ArticleKey(id: $0.article.id, location: $0.article.location) }).count
        var summary = labels.summary.replacingOccurrences(of: "{passages}", with: String(bookmarks.count))
            .replacingOccurrences(of: "{articles}", with: String(articleCount))
        if let exported {
            summary += " · " + labels.exported.replacingOccurrences(of: "{date}", with: labels.longDate(exported))
        }
        out += [MarkdownText.inline(summary), ""]

        let outline = ReviewOutline(bookmarks, sectorOrder: sectorOrder, preferredSectors: preferredSectors)
        for section in outline.sections {
            out += ["## " + MarkdownText.inline(outline.heading(section, labels: labels)), ""]
            for passages in section.articles {
                guard let article = passages.first?.article else { continue }
                out += ["### " + MarkdownText.inline(headingText(article.title.isEmpty ? article.id.rawValue : article.title)), ""]
                out += [metaLine(article, labels), ""]
                for bookmark in passages {
                    out += passage(bookmark, labels: labels, sectors: outline.otherSectors(bookmark, in: section),
                                   tags: outline.otherTags(bookmark, in: section))
                }
            }
        }
        while out.last == "" { out.removeLast() }
        return out.joined(separator: "\n") + "\n"
    }

    /// Groups in display order: (sector name or nil for "other", bookmarks).
    static func groups(_ bookmarks: [Bookmark], sectorOrder: [String], preferred: [String]) -> [(String?, [Bookmark])] {
        let preferredKeys = preferred.map(Folding.fold)
        var members: [String: [Bookmark]] = [:]
        var names: [String: String] = [:]
        var other: [Bookmark] = []
        for bookmark in bookmarks {
            let chosen = bookmark.sectors.first { preferredKeys.contains(Folding.fold($0)) } ?? bookmark.sectors.first
            guard let chosen else {
                other.append(bookmark)
                continue
            }
            let key = Folding.fold(chosen)
            members[key, default: []].append(bookmark)
            names[key] = names[key] ?? chosen
        }
        let order = sectorOrder.map(Folding.fold)
        let keys = members.keys.sorted { a, b in
            let ia = order.firstIndex(of: a) ?? Int.max, ib = order.firstIndex(of: b) ?? Int.max
            return ia != ib ? ia < ib : a < b
        }
        var out: [(String?, [Bookmark])] = keys.map { (names[$0], members[$0] ?? []) }
        if !other.isEmpty { out.append((nil, other)) }
        return out
    }

    /// The bookmarks of each article, articles newest first (undated last, then by title), each
    /// article's passages in text order.
    static func byArticle(_ bookmarks: [Bookmark]) -> [[Bookmark]] {
        var groups: [ArticleKey: [Bookmark]] = [:]
        for bookmark in bookmarks {
            groups[ArticleKey(id: bookmark.article.id, location: bookmark.article.location), default: []].append(bookmark)
        }
        return groups.values.map { $0.sorted { ($0.range.start, $0.created) < ($1.range.start, $1.created) } }
            .sorted { a, b in
                let x = a[0].article, y = b[0].article
                if x.date != y.date {
                    guard let dx = x.date else { return false }
                    guard let dy = y.date else { return true }
                    return dx > dy
                }
                return (x.title, x.id.rawValue, x.location) < (y.title, y.id.rawValue, y.location)
            }
    }

    /// An article's heading: at most `headingLimit` characters, cut after a whole word with `…`
    /// (a title made from a long first sentence is never cut mid-word).
    static let headingLimit = 100

    static func headingText(_ title: String) -> String {
        let flat = title.split(whereSeparator: \.isNewline).joined(separator: " ")
        guard flat.count > headingLimit else { return flat }
        let head = flat.prefix(headingLimit)
        guard let space = head.lastIndex(where: { $0 == " " }), head.distance(from: head.startIndex, to: space) > headingLimit / 2 else {
            return String(head) + "…"
        }
        var cut = String(head[..<space])
        while let last = cut.last, ",;:–-".contains(last) { cut.removeLast() }
        return cut + "…"
    }

    /// `jeudi 29 février 2024 · RFI · [lien](<https://…>)` (`2024-02-29 08:00`, the user's clock, when the
    /// time is known), or the article id when nothing else is known.
    static func metaLine(_ article: ArticleReference, _ labels: ReviewLabels) -> String {
        var parts: [String] = []
        if let date = article.date { parts.append(MarkdownText.inline(labels.longDate(date))) }
        if let source = article.source, !source.isEmpty { parts.append(MarkdownText.inline(source)) }
        if let url = article.url, let destination = linkDestination(url) {
            parts.append("[\(MarkdownText.inline(labels.link))](\(destination))")
        }
        if parts.isEmpty { parts.append(MarkdownText.inline(article.id.rawValue)) }
        return parts.joined(separator: " · ")
    }

    /// A link destination `<…>` for http(s) addresses, with what would end it percent-encoded;
    /// nil for anything else (no `javascript:` links in a review).
    static func linkDestination(_ url: String) -> String? {
        let trimmed = url.trimmingCharacters(in: .whitespaces)
        let lower = trimmed.lowercased()
        guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else { return nil }
        var out = ""
        for scalar in trimmed.unicodeScalars {
            switch scalar {
            case "<": out += "%3C"
            case ">": out += "%3E"
            case " ": out += "%20"
            case "\\": out += "%5C"
            default:
                if scalar.value < 0x20 || scalar.value == 0x7F { continue }
                out.unicodeScalars.append(scalar)
            }
        }
        return "<" + out + ">"
    }

    /// A passage's block quote, note, and the `sectors` and `tags` to name beside it, entities.
    static func passage(_ bookmark: Bookmark, labels: ReviewLabels, sectors others: [String], tags: [String]) -> [String] {
        var out = MarkdownText.lines(bookmark.quote.exact).map { $0.isEmpty ? ">" : "> " + $0 }
        out.append("")
        let note = bookmark.note.trimmingCharacters(in: .whitespacesAndNewlines)
        if !note.isEmpty {
            let lines = MarkdownText.lines(note)
            out.append("**\(MarkdownText.inline(labels.note))** " + (lines.first ?? ""))
            // Further lines of the note continue its paragraph; blank ones are dropped.
            out += lines.dropFirst().filter { !$0.isEmpty }
            out.append("")
        }
        if !tags.isEmpty {
            out.append("*\(MarkdownText.inline(labels.tags))* " + tags.map { MarkdownText.inline("#" + $0) }.joined(separator: " "))
            out.append("")
        }
        if !others.isEmpty {
            out.append("*\(MarkdownText.inline(labels.sectors))* " + others.map(MarkdownText.inline).joined(separator: ", "))
            out.append("")
        }
        let named = ReviewOutline.namedEntities(bookmark)
        if !named.isEmpty {
            let list = named.map { "\(MarkdownText.inline($0.text)) (\(MarkdownText.inline(labels.detail($0))))" }
            out.append("*\(MarkdownText.inline(labels.entities))* " + list.joined(separator: ", "))
            out.append("")
        }
        return out
    }
}
