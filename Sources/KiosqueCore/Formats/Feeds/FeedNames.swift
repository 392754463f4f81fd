import Foundation
import KiosqueMarkup

/// Which vocabulary a feed element belongs to, from its namespace URI (never its prefix: any
/// prefix may stand for any namespace).
enum FeedVocabulary: Equatable {
    /// The feed's own elements: no namespace, RSS 1.0/0.90, UserLand's RSS 2.0, or the root's.
    case core
    /// Atom 1.0 or 0.3 inside another format (an `atom:link` in RSS).
    case atom
    case dc, dcterms, content, xhtml, rdf
    /// A namespace no field is read from (an extension reusing a core name is not the core element).
    case other

    static let atom10 = "http://www.w3.org/2005/Atom"
    static let atom03 = "http://purl.org/atom/ns#"
    static let rss10 = "http://purl.org/rss/1.0/"
    static let rss090 = "http://my.netscape.com/rdf/simple/0.9/"
    static let rdfURI = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
    static let xml = "http://www.w3.org/XML/1998/namespace"

    /// The vocabulary a prefix usually stands for, when no `xmlns` declares it.
    static func ofUndeclared(prefix: String) -> FeedVocabulary {
        switch prefix {
        case "content": return .content
        case "dc": return .dc
        case "dcterms": return .dcterms
        case "atom", "a10": return .atom
        case "xhtml": return .xhtml
        case "rdf": return .rdf
        default: return .other
        }
    }

    static func of(_ namespace: String?, rootNamespace: String?) -> FeedVocabulary {
        guard let namespace else { return .core }
        if namespace == rootNamespace { return .core }
        switch namespace {
        case rss10, rss090, "http://backend.userland.com/rss2", "http://backend.userland.com/rss", "http://purl.org/net/rss1.1#":
            return .core
        case atom10, atom03: return .atom
        case "http://purl.org/dc/elements/1.1/": return .dc
        case "http://purl.org/dc/terms/": return .dcterms
        case "http://purl.org/rss/1.0/modules/content/": return .content
        case "http://www.w3.org/1999/xhtml": return .xhtml
        case rdfURI: return .rdf
        default: return .other
        }
    }
}

/// Lookups on a feed document shared by every format: names lower-cased (as feedparser does, so
/// `pubDate`, `PUBDATE` and CDF's `TITLE` are one name), `xml:base` and `xml:lang` inherited.
struct FeedNames {
    let document: MarkupDocument
    let rootNamespace: String?

    /// The element's vocabulary and lower-case local name. A prefix no `xmlns` declares
    /// (`content:encoded` in a feed that forgot `xmlns:content`) is read by its usual meaning.
    func name(_ id: MarkupDocument.NodeID) -> (FeedVocabulary, String) {
        let node = document[id]
        guard node.namespace == nil else {
            return (FeedVocabulary.of(node.namespace, rootNamespace: rootNamespace), node.name.lowercased())
        }
        var prefix = node.prefix
        var local = Substring(node.name)
        if prefix == nil, let colon = local.firstIndex(of: ":") {
            prefix = String(local[..<colon])
            local = local[local.index(after: colon)...]
        }
        guard let prefix else { return (.core, node.name.lowercased()) }
        return (FeedVocabulary.ofUndeclared(prefix: prefix.lowercased()), local.lowercased())
    }

    /// Whether `id` is a core or Atom element named `local` (lower case).
    func isCore(_ id: MarkupDocument.NodeID, _ local: String) -> Bool {
        let (vocabulary, name) = self.name(id)
        return name == local && (vocabulary == .core || vocabulary == .atom)
    }

    func elementChildren(_ id: MarkupDocument.NodeID) -> [MarkupDocument.NodeID] {
        document.children(of: id).filter { document[$0].kind == .element }
    }

    /// The value of an attribute by lower-case local name, any namespace.
    func attribute(_ local: String, of id: MarkupDocument.NodeID) -> String? {
        document[id].attributes.first { $0.name.lowercased() == local }?.value
    }

    func hasElementChildren(_ id: MarkupDocument.NodeID) -> Bool {
        document.children(of: id).contains { document[$0].kind == .element }
    }

    /// The base URI in force at `id`: the `xml:base` of it and its ancestors, inner ones resolved
    /// against outer ones; nil when none says.
    func base(at id: MarkupDocument.NodeID) -> String? {
        var chain: [String] = []
        var current: MarkupDocument.NodeID? = id
        while let node = current {
            if let base = document.attribute("base", of: node, namespace: FeedVocabulary.xml) { chain.append(base) }
            current = document[node].parent
        }
        var base: String?
        for value in chain.reversed() { base = URLReference.resolve(value, against: base) }
        return base
    }

    /// The `xml:lang` in force at `id`, or nil.
    func language(at id: MarkupDocument.NodeID) -> String? {
        var current: MarkupDocument.NodeID? = id
        while let node = current {
            if let lang = document.attribute("lang", of: node, namespace: FeedVocabulary.xml) {
                let trimmed = lang.trimmingCharacters(in: .whitespaces)
                return trimmed.isEmpty ? nil : trimmed
            }
            current = document[node].parent
        }
        return nil
    }
}
