import Foundation
import KiosqueMarkup

/// What a page says about itself: `<meta>` tags (`og:*`, `article:*`, `name=date`...), JSON-LD
/// (`NewsArticle`, `@graph`), `<time datetime>`, `<link rel=canonical>`, `<html lang>`, `<title>`, `<h1>`.
struct PageMetadata {
    var title: String?
    var date: ArticleDate?
    /// The date value written in the page when it could not be read.
    var unreadDate: String?
    var author: String?
    var source: String?
    var url: String?
    var language: String?
    /// JSON-LD `articleBody`, when the page gives one.
    var articleBody: String?

    /// Largest JSON-LD script read (characters); larger ones are skipped.
    static let maxJSONLD = 2_000_000
    /// Most JSON-LD scripts read in one page.
    static let maxJSONLDScripts = 32
    /// Deepest JSON-LD nesting walked looking for the article.
    static let maxJSONLDDepth = 12

    static let articleTypes: Set<String> = [
        "newsarticle", "article", "blogposting", "reportagenewsarticle", "analysisnewsarticle", "opinionnewsarticle",
        "reviewnewsarticle", "backgroundnewsarticle", "askpublicnewsarticle", "scholarlyarticle", "techarticle",
        "liveblogposting", "report", "socialmediaposting", "posting", "webpage", "itempage",
    ]

    init(document: MarkupDocument) {
        let nodes = document.nodes
        var meta: [String: String] = [:]
        var titleTag: String?
        var firstH1: String?
        var canonical: String?
        var timeValue: String?
        var pubdateTime: String?
        var ldScripts: [String] = []
        var relAuthor: String?
        for id in nodes.indices where nodes[id].kind == .element {
            switch nodes[id].name {
            case "meta":
                guard let content = document.attribute("content", of: id), !content.isEmpty else { continue }
                for key in ["property", "name", "itemprop", "http-equiv"] {
                    if let name = document.attribute(key, of: id)?.lowercased() {
                        // `name="og:title description"` lists several keys.
                        for part in name.split(separator: " ") where meta[String(part)] == nil { meta[String(part)] = content }
                    }
                }
            case "title":
                if titleTag == nil { titleTag = Self.clean(document.text(of: id)) }
            case "h1":
                if firstH1 == nil { firstH1 = Self.clean(document.text(of: id)).flatMap { $0.isEmpty ? nil : $0 } }
            case "link":
                let rel = document.attribute("rel", of: id)?.lowercased() ?? ""
                if rel.split(separator: " ").contains("canonical"), canonical == nil { canonical = document.attribute("href", of: id) }
            case "a":
                if relAuthor == nil, (document.attribute("rel", of: id)?.lowercased() ?? "").split(separator: " ").contains("author") {
                    relAuthor = Self.clean(document.text(of: id))
                }
            case "time":
                if let value = document.attribute("datetime", of: id) {
                    if timeValue == nil { timeValue = value }
                    if pubdateTime == nil, document.attribute("pubdate", of: id) != nil
                        || (document.attribute("itemprop", of: id)?.lowercased() == "datepublished") { pubdateTime = value }
                }
            case "script":
                if ldScripts.count < Self.maxJSONLDScripts,
                   document.attribute("type", of: id)?.lowercased().contains("ld+json") == true {
                    ldScripts.append(document.text(of: id))
                }
            default:
                // `itemprop="datePublished"` on any element, value in `content` or `datetime`.
                if meta["datepublished"] == nil, document.attribute("itemprop", of: id)?.lowercased() == "datepublished",
                   let value = document.attribute("content", of: id) ?? document.attribute("datetime", of: id) {
                    meta["datepublished"] = value
                }
            }
        }
        let ld = Self.jsonLD(ldScripts)

        source = Self.first(meta["og:site_name"], ld.publisher, meta["application-name"], meta["twitter:site"].flatMap { $0.hasPrefix("@") ? nil : $0 })
        let rawTitle = Self.first(meta["og:title"], meta["twitter:title"], ld.headline, meta["headline"], meta["title"], meta["dc.title"],
                                  firstH1, titleTag)
        title = rawTitle.map { Self.removeSiteSuffix($0, site: source, h1: firstH1) }
        let dateText = Self.first(meta["article:published_time"], ld.datePublished, meta["datepublished"], pubdateTime,
                                  meta["og:published_time"], meta["published_time"], meta["pubdate"], meta["publishdate"],
                                  meta["publish-date"], meta["publication_date"], meta["date"], meta["dc.date.issued"],
                                  meta["dc.date"], meta["dcterms.created"], meta["dcterms.date"], meta["sailthru.date"],
                                  meta["parsely-pub-date"], meta["article.published"], meta["og:updated_time"],
                                  meta["article:modified_time"], ld.dateModified, timeValue)
        if let dateText {
            if let parsed = DateText.parse(dateText) { date = parsed } else { unreadDate = dateText }
        }
        let metaAuthor = [meta["author"], meta["article:author"], meta["dc.creator"], meta["parsely-author"], meta["sailthru.author"]]
            .compactMap { $0 }.first { !$0.lowercased().hasPrefix("http") }
        author = Self.first(ld.author, metaAuthor, relAuthor)
        url = Self.first(canonical, meta["og:url"], ld.url)
        let htmlLang = document.root.flatMap { document.attribute("lang", of: $0) ?? document.attribute("lang", of: $0, namespace: "http://www.w3.org/XML/1998/namespace") }
        let locale = meta["og:locale"].map { $0.replacingOccurrences(of: "_", with: "-") }
        language = Self.first(htmlLang, meta["content-language"], meta["language"], ld.inLanguage, locale)
        articleBody = ld.articleBody
    }

    private static func first(_ values: String?...) -> String? {
        for value in values {
            if let value, let cleaned = clean(value), !cleaned.isEmpty { return cleaned }
        }
        return nil
    }

    /// Whitespace collapsed, trimmed; nil when empty.
    static func clean(_ text: String) -> String? {
        let collapsed = HTMLText.collapse(decodeEntities(text))
        return collapsed.isEmpty ? nil : collapsed
    }

    /// Meta values and JSON-LD strings sometimes hold entities written twice (`&amp;eacute;`).
    private static func decodeEntities(_ text: String) -> String {
        guard text.utf8.contains(UInt8(ascii: "&")) else { return text }
        var out = ""
        var rest = Substring(text)
        while let amp = rest.firstIndex(of: "&") {
            out += rest[..<amp]
            let after = rest[rest.index(after: amp)...]
            if let semi = after.prefix(12).firstIndex(of: ";") {
                let name = after[..<semi]
                var replacement: String?
                if name.hasPrefix("#x") || name.hasPrefix("#X"), let v = UInt32(name.dropFirst(2), radix: 16), let s = Unicode.Scalar(v) {
                    replacement = String(Character(s))
                } else if name.hasPrefix("#"), let v = UInt32(name.dropFirst()), let s = Unicode.Scalar(v) {
                    replacement = String(Character(s))
                } else if name == "apos" {
                    replacement = "'"
                } else {
                    replacement = Markup.htmlEntity(named: String(name))
                }
                if let replacement {
                    out += replacement
                    rest = after[after.index(after: semi)...]
                    continue
                }
            }
            out += "&"
            rest = after
        }
        out += rest
        return out
    }

    /// `Titre de l'article - Le Monde` → `Titre de l'article`: the part after the last separator
    /// goes when it names the site, or when it is a short name and the page's `<h1>` is the rest.
    static func removeSiteSuffix(_ title: String, site: String?, h1: String?) -> String {
        for separator in [" | ", " - ", " – ", " — ", " · ", " :: ", " » "] {
            guard let range = title.range(of: separator, options: .backwards) else { continue }
            let head = title[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let tail = title[range.upperBound...].trimmingCharacters(in: .whitespaces)
            guard !head.isEmpty else { continue }
            let foldedTail = Folding.fold(tail)
            let namesSite = site.map { Folding.fold($0) }.map { foldedTail == $0 || foldedTail.contains($0) || $0.contains(foldedTail) } ?? false
            let isDomain = foldedTail.contains(".") && !foldedTail.contains(" ")
            let h1IsHead = h1.map { Folding.fold($0) == Folding.fold(head) } ?? false
            let tailWords = tail.split(separator: " ").count
            let shortName = tailWords <= 3 && head.split(separator: " ").count > tailWords
            if namesSite || isDomain || h1IsHead || shortName { return removeSiteSuffix(head, site: site, h1: h1) }
        }
        return title
    }

    // MARK: JSON-LD

    struct LinkedData {
        var headline: String?
        var datePublished: String?
        var dateModified: String?
        var author: String?
        var publisher: String?
        var url: String?
        var inLanguage: String?
        var articleBody: String?
    }

    static func jsonLD(_ scripts: [String]) -> LinkedData {
        var found = LinkedData()
        var best: [String: Any]?
        var bestRank = Int.max
        for script in scripts where script.utf8.count <= maxJSONLD {
            // Trimmed as a substring of scalars (Foundation's trimming copied every script).
            let scalars = script.unicodeScalars
            let start = scalars.firstIndex { !$0.properties.isWhitespace } ?? scalars.endIndex
            let end = scalars.lastIndex { !$0.properties.isWhitespace }.map { scalars.index(after: $0) } ?? start
            var text = Substring(scalars[start..<max(start, end)])
            if text.hasPrefix("<!--") { text = text.dropFirst(4) }
            if text.hasSuffix("-->") { text = text.dropLast(3) }
            if text.hasPrefix("//<![CDATA[") { text = text.dropFirst(11) }
            if text.hasSuffix("//]]>") { text = text.dropLast(5) }
            guard nesting(of: text) <= maxJSONLDDepth * 4 else { continue }
            var parsed = try? JSONSerialization.jsonObject(with: Data(text.utf8), options: [.fragmentsAllowed])
            if parsed == nil {
                // Raw line breaks and tabs inside strings are a common fault.
                let repaired = text.utf8.map { $0 == 0x0A || $0 == 0x0D || $0 == 0x09 ? 0x20 : $0 }
                parsed = try? JSONSerialization.jsonObject(with: Data(repaired), options: [.fragmentsAllowed])
            }
            guard let parsed else { continue }
            // Depth-first over arrays, `@graph` and nested objects, bounded.
            var stack: [(Any, Int)] = [(parsed, 0)]
            var visited = 0
            while let (value, depth) = stack.popLast(), visited < 10_000 {
                visited += 1
                if let array = value as? [Any] {
                    if depth < maxJSONLDDepth { stack += array.reversed().map { ($0, depth + 1) } }
                    continue
                }
                guard let object = value as? [String: Any] else { continue }
                let types = typeNames(object["@type"])
                if let rank = types.compactMap({ articleRank($0) }).min(), rank < bestRank {
                    best = object
                    bestRank = rank
                }
                if depth < maxJSONLDDepth {
                    if let graph = object["@graph"] { stack.append((graph, depth + 1)) }
                    if let main = object["mainEntity"] { stack.append((main, depth + 1)) }
                }
            }
        }
        guard let best else { return found }
        found.headline = string(best["headline"]) ?? string(best["name"])
        found.datePublished = string(best["datePublished"]) ?? string(best["dateCreated"])
        found.dateModified = string(best["dateModified"])
        found.author = names(best["author"]) ?? names(best["creator"])
        found.publisher = names(best["publisher"]) ?? names(best["sourceOrganization"])
        found.url = string(best["url"]) ?? (best["mainEntityOfPage"] as? [String: Any]).flatMap { string($0["@id"]) }
            ?? string(best["mainEntityOfPage"])
        found.inLanguage = string(best["inLanguage"])
        found.articleBody = (best["articleBody"] as? String) ?? (best["text"] as? String)
        return found
    }

    /// The deepest bracket nesting of a JSON text (outside strings): a script nested thousands of
    /// levels deep is skipped before the parser, which recurses, sees it.
    static func nesting<S: StringProtocol>(of text: S) -> Int {
        var depth = 0, deepest = 0
        var inString = false, escaped = false
        for byte in text.utf8 {
            if inString {
                if escaped { escaped = false } else if byte == UInt8(ascii: "\\") { escaped = true } else if byte == UInt8(ascii: "\"") { inString = false }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inString = true
            case UInt8(ascii: "["), UInt8(ascii: "{"):
                depth += 1
                deepest = max(deepest, depth)
            case UInt8(ascii: "]"), UInt8(ascii: "}"): depth -= 1
            default: continue
            }
        }
        return deepest
    }

    /// Lower is better: a news article before a plain web page.
    private static func articleRank(_ type: String) -> Int? {
        let folded = type.lowercased().replacingOccurrences(of: "http://schema.org/", with: "")
            .replacingOccurrences(of: "https://schema.org/", with: "")
        guard articleTypes.contains(folded) else { return nil }
        switch folded {
        case "webpage", "itempage": return 2
        case "article", "posting", "socialmediaposting", "report": return 1
        default: return 0
        }
    }

    private static func typeNames(_ value: Any?) -> [String] {
        if let single = value as? String { return [single] }
        if let many = value as? [Any] { return many.compactMap { $0 as? String } }
        return []
    }

    private static func string(_ value: Any?) -> String? {
        if let s = value as? String { return clean(s) }
        if let many = value as? [Any], let first = many.first { return string(first) }
        return nil
    }

    /// A person or organisation given as a string, an object with `name`, or a list of those.
    private static func names(_ value: Any?) -> String? {
        if let s = value as? String { return clean(s) }
        if let object = value as? [String: Any] { return string(object["name"]) }
        if let many = value as? [Any] {
            let all = many.prefix(10).compactMap { names($0) }
            var unique: [String] = []
            for name in all where !unique.contains(name) { unique.append(name) }
            return unique.isEmpty ? nil : unique.joined(separator: ", ")
        }
        return nil
    }
}
