import Foundation
import KiosqueMarkup

/// Reads the entries of a parsed feed document. Where formats and feeds disagree on which element
/// wins, it does what feedparser does (the reference measured against): the last `link`, `title`
/// or date of a kind, the first content.
struct FeedParser {
    enum Format { case rss, rdf, atom, cdf }

    let names: FeedNames
    let text: FeedText
    let format: Format
    /// The element holding the feed's own title and link (`channel`, `feed`).
    let channel: MarkupDocument.NodeID
    let entries: [MarkupDocument.NodeID]

    var document: MarkupDocument { names.document }

    /// nil when the root is not a feed's (`rss`, `rdf:RDF` with RSS items, `feed`, CDF `channel`).
    init?(document: MarkupDocument) {
        guard let root = document.root else { return nil }
        let names = FeedNames(document: document, rootNamespace: document[root].namespace)
        self.names = names
        text = FeedText(names: names)
        let children = names.elementChildren(root)
        func named(_ local: String, in list: [MarkupDocument.NodeID]) -> [MarkupDocument.NodeID] {
            list.filter { names.isCore($0, local) }
        }
        switch document[root].name.lowercased() {
        case "rss":
            let channels = named("channel", in: children)
            format = .rss
            channel = channels.first ?? root
            entries = channels.flatMap { named("item", in: names.elementChildren($0)) } + named("item", in: children)
        case "rdf":
            let channels = named("channel", in: children)
            let items = named("item", in: children) + channels.flatMap { named("item", in: names.elementChildren($0)) }
            guard !channels.isEmpty || !items.isEmpty else { return nil }
            format = .rdf
            channel = channels.first ?? root
            entries = items
        case "feed":
            format = .atom
            channel = root
            entries = children.filter { names.isCore($0, "entry") || names.isCore($0, "item") }
        case "channel":
            format = .cdf
            channel = root
            entries = named("item", in: children)
        default:
            return nil
        }
    }

    /// The feed's title, converted as entry titles are.
    var feedTitle: String? {
        let children = names.elementChildren(channel)
        guard let title = children.last(where: { names.isCore($0, "title") })
            ?? children.last(where: { names.name($0) == (.dc, "title") }) else { return nil }
        return titleText(title)
    }

    /// The feed's own link (its home page), absolute when an `xml:base` says so.
    var feedLink: String? { link(among: names.elementChildren(channel), base: nil) }

    var feedLanguage: String? {
        let children = names.elementChildren(channel)
        if let element = children.first(where: { names.isCore($0, "language") || names.name($0) == (.dc, "language") }) {
            let value = document.text(of: element).trimmingCharacters(in: .whitespacesAndNewlines)
            if !value.isEmpty { return value }
        }
        return names.language(at: channel)
    }

    func read() -> (title: String?, drafts: [ArticleDraft], problems: [LoadReason]) {
        let source = feedTitle
        var base = feedLink.flatMap { $0.contains("://") ? $0 : nil }
        if format == .cdf, let cdfBase = names.attribute("base", of: channel) { base = cdfBase }
        let language = feedLanguage
        var drafts: [ArticleDraft] = []
        drafts.reserveCapacity(entries.count)
        var problems: [LoadReason] = []
        for (index, entry) in entries.enumerated() {
            var draft = self.draft(entry, feedBase: base)
            draft.source = source
            draft.language = names.language(at: entry) ?? language
            for note in draft.notes {
                guard case .dateNotUnderstood(let value, _) = note else { continue }
                problems.append(.entryDateNotUnderstood(entry: index + 1, value: value))
            }
            drafts.append(draft)
        }
        return (source, drafts, problems)
    }

    private func titleText(_ id: MarkupDocument.NodeID) -> String? {
        let (vocabulary, _) = names.name(id)
        let atom = format == .atom || vocabulary == .atom
        return text.inline(id, fallback: .plain, sniff: !atom)
    }

    /// The entry's link: the last alternate HTML `link href` or RSS `link` text, resolved against
    /// `xml:base`, else `base`.
    private func link(among children: [MarkupDocument.NodeID], base: String?) -> String? {
        var link: String?
        for child in children where names.isCore(child, "link") {
            if let href = names.attribute("href", of: child) {
                let rel = names.attribute("rel", of: child)?.trimmingCharacters(in: .whitespaces).lowercased() ?? "alternate"
                let type = names.attribute("type", of: child)?.trimmingCharacters(in: .whitespaces).lowercased() ?? "text/html"
                guard rel == "alternate", ["text/html", "application/xhtml+xml", "html", "xhtml"].contains(type) else { continue }
                link = URLReference.resolve(href, against: names.base(at: child) ?? base)
            } else {
                let value = document.text(of: child).trimmingCharacters(in: .whitespacesAndNewlines)
                if !value.isEmpty { link = URLReference.resolve(value, against: names.base(at: child) ?? base) }
            }
        }
        return link
    }

    private func draft(_ entry: MarkupDocument.NodeID, feedBase: String?) -> ArticleDraft {
        var title: MarkupDocument.NodeID?, dcTitle: MarkupDocument.NodeID?
        var guid: MarkupDocument.NodeID?, atomID: MarkupDocument.NodeID?
        var published: MarkupDocument.NodeID?, updated: MarkupDocument.NodeID?
        var author: MarkupDocument.NodeID?
        var content: MarkupDocument.NodeID?, summary: MarkupDocument.NodeID?, secondSummary: MarkupDocument.NodeID?
        let children = names.elementChildren(entry)
        for child in children {
            let (vocabulary, name) = names.name(child)
            let core = vocabulary == .core || vocabulary == .atom
            switch (core, vocabulary, name) {
            case (true, _, "title"): title = child
            case (_, .dc, "title"): dcTitle = child
            case (true, _, "guid"): guid = child
            case (true, _, "id"): atomID = child
            case (true, _, "pubdate"), (true, _, "published"), (true, _, "issued"), (_, .dcterms, "issued"):
                published = child
            case (true, _, "updated"), (true, _, "modified"), (_, .dc, "date"), (_, .dcterms, "modified"):
                updated = child
            case (true, _, "author"), (_, .dc, "creator"), (_, .dc, "author"):
                author = author ?? child
            case (_, .content, "encoded"), (true, _, "content"), (_, .xhtml, "body"), (true, _, "body"), (true, _, "fullitem"):
                content = content ?? child
            case (true, _, "description"), (true, _, "summary"), (true, _, "abstract"), (_, .dc, "description"):
                // A second summary is the text (feedparser takes it as the content).
                if summary == nil { summary = child } else if secondSummary == nil { secondSummary = child }
            default:
                continue
            }
        }
        var notes: [LoadReason] = []
        var draft = ArticleDraft(text: "")
        draft.title = (title ?? dcTitle).flatMap(titleText)

        var link = self.link(among: children, base: feedBase)
        // A guid (not said to be no permalink) or an Atom id is the link when it is a web address.
        for candidate in [guid, atomID].compactMap({ $0 }) where link == nil {
            guard names.attribute("ispermalink", of: candidate)?.trimmingCharacters(in: .whitespaces).lowercased() != "false" else { continue }
            let value = URLReference.resolve(document.text(of: candidate), against: names.base(at: candidate) ?? feedBase)
            if Self.isWebAddress(value) { link = value }
        }
        if link == nil, format == .cdf, let href = names.attribute("href", of: entry) {
            link = URLReference.resolve(href, against: names.base(at: entry) ?? feedBase)
        }
        draft.url = link

        draft.date = date(published, notes: &notes) ?? date(updated, notes: &notes)
        if draft.date == nil, format == .cdf, let lastmod = names.attribute("lastmod", of: entry) {
            draft.date = parseDate(lastmod, notes: &notes)
        }
        draft.author = author.flatMap(authorName)

        if let content {
            let (vocabulary, name) = names.name(content)
            let fallback: FeedText.Kind = vocabulary == .content || name == "fullitem" ? .html : .plain
            draft.text = text.body(content, fallback: fallback)
        }
        if draft.text.isEmpty, let summary = secondSummary ?? summary {
            let (vocabulary, name) = names.name(summary)
            let atom = format == .atom || vocabulary == .atom
            let fallback: FeedText.Kind = (name == "summary" && atom) ? .plain : .html
            draft.text = text.body(summary, fallback: fallback)
        }

        let id = [guid, atomID].compactMap { $0 }.map { document.text(of: $0).trimmingCharacters(in: .whitespacesAndNewlines) }
            .first { !$0.isEmpty }
            ?? document.attribute("about", of: entry, namespace: FeedVocabulary.rdfURI)
        if let id, !id.isEmpty {
            draft.id = id
        } else if let link {
            draft.id = link
        } else {
            draft.id = String(format: "fnv1a-%016llx", CorpusIDs.fnv1a((draft.title ?? "") + "\n" + draft.text))
        }
        draft.notes = notes
        return draft
    }

    /// An absolute `http`, `https` or `ftp` address with a host.
    static func isWebAddress(_ text: String) -> Bool {
        guard let url = URL(string: text), let scheme = url.scheme?.lowercased(),
              ["http", "https", "ftp"].contains(scheme), let host = url.host, !host.isEmpty else { return false }
        return true
    }

    private func date(_ element: MarkupDocument.NodeID?, notes: inout [LoadReason]) -> ArticleDate? {
        guard let element else { return nil }
        return parseDate(document.text(of: element), notes: &notes)
    }

    private func parseDate(_ value: String, notes: inout [LoadReason]) -> ArticleDate? {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { return nil }
        if let date = DateText.parse(trimmed) { return date }
        notes.append(.dateNotUnderstood(value: String(trimmed.prefix(80)), outcome: .noted))
        return nil
    }

    /// Atom: the `name` (else the `email`); RSS `x@y (Name)` and `Name <x@y>`: the name.
    private func authorName(_ id: MarkupDocument.NodeID) -> String? {
        let children = names.elementChildren(id)
        if !children.isEmpty {
            for wanted in ["name", "email"] {
                if let child = children.first(where: { names.name($0).1 == wanted }) {
                    let value = HTMLText.collapse(document.text(of: child))
                    if !value.isEmpty { return value }
                }
            }
            return nil
        }
        let value = HTMLText.collapse(document.text(of: id))
        guard !value.isEmpty else { return nil }
        if value.hasSuffix(")"), let open = value.lastIndex(of: "("), value[..<open].contains("@") {
            let name = value[value.index(after: open)..<value.index(before: value.endIndex)].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { return name }
        }
        if value.hasSuffix(">"), let open = value.lastIndex(of: "<"), value[open...].contains("@") {
            let name = value[..<open].trimmingCharacters(in: .whitespaces)
            if !name.isEmpty { return name }
        }
        return value
    }
}
