import Foundation
import KiosqueMarkup

/// A minimal stand-in feed reader (RSS 2.0/RDF `item`s and Atom `entry`s: title, link, id, date,
/// author, text) so that the formats can be wired through the program and tested before the full
/// `FeedReader` lands; that work replaces this file. No `xml:base`, no encoding repair.
enum MinimalRSS {
    static func read(_ data: Data) -> Result<FeedReader.Result, FeedReader.Failure> {
        let document: MarkupDocument
        switch Markup.parseXML(data) {
        case .failure(let error): return .failure(.markup(error))
        case .success(let parsed): document = parsed
        }
        guard let root = document.root, ["rss", "RDF", "feed"].contains(document[root].name) else { return .failure(.notAFeed) }
        let isAtom = document[root].name == "feed"
        let channel = isAtom ? root : (document.firstElement(of: root, named: "channel") ?? root)
        func child(_ node: MarkupDocument.NodeID, _ name: String) -> String? {
            guard let found = document.firstElement(of: node, named: name) else { return nil }
            let text = HTMLText.collapse(document.text(of: found))
            return text.isEmpty ? nil : text
        }
        let feedTitle = child(channel, "title")
        let language = child(channel, "language") ?? document.attribute("lang", of: root)
        // RSS 1.0 puts its items beside the channel, RSS 2.0 inside it.
        let entries = isAtom ? document.elements(of: root, named: "entry")
            : document.elements(of: channel, named: "item") + (channel == root ? [] : document.elements(of: root, named: "item"))
        var problems = document.problems
        var drafts: [ArticleDraft] = []
        for entry in entries {
            var draft = ArticleDraft(text: "")
            draft.title = child(entry, "title").map { HTMLText.paragraphs(ofFragment: $0).joined(separator: " ") }
            if isAtom {
                let links = document.elements(of: entry, named: "link")
                let alternate = links.first { (document.attribute("rel", of: $0) ?? "alternate") == "alternate" } ?? links.first
                draft.url = alternate.flatMap { document.attribute("href", of: $0) }
                draft.id = child(entry, "id") ?? draft.url
                draft.author = document.firstElement(of: entry, named: "author").flatMap { child($0, "name") }
            } else {
                draft.url = child(entry, "link")
                draft.id = child(entry, "guid") ?? draft.url ?? document.attribute("about", of: entry)
                draft.author = child(entry, "creator") ?? child(entry, "author")
            }
            let dateText = child(entry, "pubDate") ?? child(entry, "published") ?? child(entry, "date") ?? child(entry, "updated")
            if let dateText {
                draft.date = DateText.parse(dateText)
                if draft.date == nil { problems.append("date \"\(dateText)\" not understood") }
            }
            let body = child(entry, "encoded") ?? child(entry, "content") ?? child(entry, "description") ?? child(entry, "summary")
            draft.text = body.map { HTMLText.paragraphs(ofFragment: $0).joined(separator: "\n\n") } ?? ""
            draft.source = feedTitle
            draft.language = language
            drafts.append(draft)
        }
        return .success(FeedReader.Result(feedTitle: feedTitle, drafts: drafts, problems: problems))
    }
}
