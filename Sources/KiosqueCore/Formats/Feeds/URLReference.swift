/// Relative links made absolute (RFC 3986, section 5.2) on the strings as written: no
/// percent-encoding and no normalisation beyond removing dot segments, so a link comes back as
/// the feed wrote it. Only hierarchical bases (`http://host/...`) resolve anything.
enum URLReference {
    struct Parts {
        var scheme: String?
        var authority: String?
        var path: Substring
        var query: Substring?
        var fragment: Substring?

        init(_ text: Substring) {
            var rest = text
            if let hash = rest.firstIndex(of: "#") {
                fragment = rest[rest.index(after: hash)...]
                rest = rest[..<hash]
            }
            if let mark = rest.firstIndex(of: "?") {
                query = rest[rest.index(after: mark)...]
                rest = rest[..<mark]
            }
            if let colon = rest.firstIndex(of: ":"), Parts.isScheme(rest[..<colon]) {
                scheme = rest[..<colon].lowercased()
                rest = rest[rest.index(after: colon)...]
            }
            if rest.hasPrefix("//") {
                let afterSlashes = rest.dropFirst(2)
                let end = afterSlashes.firstIndex(of: "/") ?? afterSlashes.endIndex
                authority = String(afterSlashes[..<end])
                rest = afterSlashes[end...]
            }
            path = rest
        }

        static func isScheme(_ text: Substring) -> Bool {
            guard let first = text.first, first.isASCII, first.isLetter else { return false }
            return text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "+" || $0 == "-" || $0 == ".") }
        }

        var text: String {
            var out = ""
            if let scheme { out += scheme + ":" }
            if let authority { out += "//" + authority }
            out += path
            if let query { out += "?" + query }
            if let fragment { out += "#" + fragment }
            return out
        }
    }

    /// `reference` resolved against `base`; `reference` (trimmed) when the base is nil, relative
    /// or not hierarchical, or when the reference is already absolute.
    static func resolve(_ reference: String, against base: String?) -> String {
        let trimmed = reference.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let base else { return trimmed }
        let b = Parts(Substring(base.trimmingCharacters(in: .whitespacesAndNewlines)))
        guard b.scheme != nil, b.authority != nil else { return trimmed }
        var r = Parts(Substring(trimmed))
        if r.scheme != nil {
            r.path = Substring(removeDotSegments(r.path))
            return r.text
        }
        var t = r
        t.scheme = b.scheme
        if r.authority != nil {
            t.path = Substring(removeDotSegments(r.path))
            return t.text
        }
        t.authority = b.authority
        if r.path.isEmpty {
            t.path = b.path
            t.query = r.query ?? b.query
        } else if r.path.hasPrefix("/") {
            t.path = Substring(removeDotSegments(r.path))
        } else {
            let merged: String
            if b.path.isEmpty {
                merged = "/" + r.path
            } else if let slash = b.path.lastIndex(of: "/") {
                merged = String(b.path[...slash]) + r.path
            } else {
                merged = String(r.path)
            }
            t.path = Substring(removeDotSegments(Substring(merged)))
        }
        return t.text
    }

    /// RFC 3986, section 5.2.4, segment by segment.
    static func removeDotSegments(_ path: Substring) -> String {
        guard path.contains(".") else { return String(path) }
        let absolute = path.hasPrefix("/")
        var output: [Substring] = []
        let segments = path.split(separator: "/", omittingEmptySubsequences: false).dropFirst(absolute ? 1 : 0)
        for (index, segment) in segments.enumerated() {
            let last = index == segments.count - 1
            switch segment {
            case ".":
                if last { output.append("") }
            case "..":
                if !output.isEmpty { output.removeLast() }
                if last { output.append("") }
            default:
                output.append(segment)
            }
        }
        return (absolute ? "/" : "") + output.joined(separator: "/")
    }
}
