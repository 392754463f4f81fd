import Foundation

/// A line of the urls file that could not be taken as a subscription. The line is ignored, and
/// kept as written when the file is rewritten.
public struct SubscriptionProblem: Hashable, Sendable, CustomStringConvertible {
    public enum Kind: Hashable, Sendable {
        /// The first word is not an http(s) URL (newsboat's `query:`, `exec:`, `filter:` lines too).
        case notWebURL(String)
        /// A `"` opens a tag that the line never closes.
        case unclosedQuote
        /// The URL is already subscribed on an earlier line.
        case duplicate(url: String, firstLine: Int)
    }

    /// The file's name as shown (`urls`).
    public var file: String
    /// 1-based.
    public var line: Int
    public var kind: Kind

    public init(file: String, line: Int, kind: Kind) {
        self.file = file
        self.line = line
        self.kind = kind
    }

    /// `urls:3`.
    public var location: String { "\(file):\(line)" }

    public var description: String {
        switch kind {
        case .notWebURL(let text): return "\(location): \"\(text)\" is not an http(s) URL; the line is ignored"
        case .unclosedQuote: return "\(location): a quote is not closed; the line is ignored"
        case .duplicate(let url, let first):
            return "\(location): \(url) is already subscribed on line \(first); the line is ignored"
        }
    }
}

/// The urls file in newsboat's syntax: one subscription a line, the URL then tags separated by
/// spaces, tags with spaces in double quotes (`\"` and `\\` inside), a `"~Name"` tag naming the
/// feed, `#` comment lines and blank lines. Rewriting keeps every line it did not change as it
/// was: comments, blank lines, lines in error, and the spelling of untouched subscriptions (line
/// ends become `\n`).
public struct SubscriptionList: Sendable {
    enum Entry: Sendable {
        /// A subscription and its line as written (nil once added or changed).
        case subscription(Subscription, original: String?)
        /// A comment, a blank line or a line in error, as written; `url` is the comparison key of
        /// a duplicate line's URL (removed with the subscription it repeats).
        case other(String, duplicateOf: String?)
    }

    private(set) var entries: [Entry] = []
    /// The lines that are not subscriptions and should be (with their line numbers).
    public private(set) var problems: [SubscriptionProblem] = []

    public init() {}

    /// The subscriptions, in file order.
    public var subscriptions: [Subscription] {
        entries.compactMap { if case .subscription(let s, _) = $0 { return s } else { return nil } }
    }

    /// Reads the text of a urls file; lines in error are named in `problems` and kept.
    public static func parse(_ text: String, fileName: String = "urls") -> SubscriptionList {
        var list = SubscriptionList()
        // Split on scalars: "\r\n" is one Character, so a Character split would miss it.
        var lines = text.unicodeScalars.split(separator: "\n", omittingEmptySubsequences: false)
            .map { String(String.UnicodeScalarView($0)) }
        if lines.last == "" { lines.removeLast() }
        var seen: [String: Int] = [:]
        for (index, rawLine) in lines.enumerated() {
            let raw = rawLine.hasSuffix("\r") ? String(rawLine.dropLast()) : rawLine
            let number = index + 1
            let trimmed = raw.trimmingCharacters(in: .whitespaces)
            if trimmed.isEmpty || trimmed.hasPrefix("#") {
                list.entries.append(.other(raw, duplicateOf: nil))
                continue
            }
            guard let words = tokenize(trimmed) else {
                list.problems.append(SubscriptionProblem(file: fileName, line: number, kind: .unclosedQuote))
                list.entries.append(.other(raw, duplicateOf: nil))
                continue
            }
            let url = words[0]
            guard Subscription.isWebURL(url) else {
                list.problems.append(SubscriptionProblem(file: fileName, line: number, kind: .notWebURL(url)))
                list.entries.append(.other(raw, duplicateOf: nil))
                continue
            }
            let key = Subscription.comparisonKey(url)
            if let first = seen[key] {
                list.problems.append(SubscriptionProblem(file: fileName, line: number, kind: .duplicate(url: url, firstLine: first)))
                list.entries.append(.other(raw, duplicateOf: key))
                continue
            }
            seen[key] = number
            list.entries.append(.subscription(subscription(url: url, labels: Array(words.dropFirst())), original: raw))
        }
        return list
    }

    /// A subscription from its URL and the labels after it: `~Name` (the first one), the
    /// full-text tag, tags (empty ones and repeats dropped).
    public static func subscription(url: String, labels: [String]) -> Subscription {
        var result = Subscription(url: url)
        for label in labels where !label.isEmpty {
            if label.hasPrefix("~") {
                let name = String(label.dropFirst())
                if result.name == nil && !name.isEmpty { result.name = name }
            } else if label == Subscription.fullTextTag {
                result.fullText = true
            } else if !result.tags.contains(label) {
                result.tags.append(label)
            }
        }
        return result
    }

    /// The words of a line: split on spaces and tabs, `"…"` one word (backslash escapes
    /// inside); nil when a quote is not closed.
    static func tokenize(_ line: String) -> [String]? {
        var words: [String] = []
        var current = ""
        var inWord = false
        var quoted = false
        var escaped = false
        for ch in line {
            if quoted {
                if escaped {
                    current.append(ch)
                    escaped = false
                } else if ch == "\\" {
                    escaped = true
                } else if ch == "\"" {
                    quoted = false
                } else {
                    current.append(ch)
                }
            } else if ch == " " || ch == "\t" {
                if inWord { words.append(current) }
                current = ""
                inWord = false
            } else if ch == "\"" {
                quoted = true
                inWord = true
            } else {
                current.append(ch)
                inWord = true
            }
        }
        if quoted { return nil }
        if inWord { words.append(current) }
        return words
    }

    /// The line written for a subscription: the URL, its tags (quoted when they hold a space or
    /// start with a `#`), the full-text tag, then `"~Name"`.
    public static func line(for subscription: Subscription) -> String {
        var parts = [subscription.url]
        for tag in subscription.tags {
            let needsQuotes = tag.contains(where: { $0 == " " || $0 == "\t" || $0 == "\\" }) || tag.hasPrefix("#") || tag.isEmpty
            parts.append(needsQuotes ? "\"\(tag.replacingOccurrences(of: "\\", with: "\\\\"))\"" : tag)
        }
        if subscription.fullText { parts.append(Subscription.fullTextTag) }
        if let name = subscription.name { parts.append("\"~\(name.replacingOccurrences(of: "\\", with: "\\\\"))\"") }
        return parts.joined(separator: " ")
    }

    /// The file's text: untouched lines as they were, one `\n` after each.
    public func serialized() -> String {
        var out = ""
        for entry in entries {
            switch entry {
            case .subscription(let subscription, let original): out += original ?? Self.line(for: subscription)
            case .other(let raw, _): out += raw
            }
            out += "\n"
        }
        return out
    }

    /// The 1-based line of the subscription with that URL (compared as `comparisonKey`), or nil.
    public func lineNumber(ofURL url: String) -> Int? {
        let key = Subscription.comparisonKey(url)
        for (index, entry) in entries.enumerated() {
            if case .subscription(let s, _) = entry, Subscription.comparisonKey(s.url) == key { return index + 1 }
        }
        return nil
    }

    /// Appends a subscription at the end of the file after checking its URL and labels.
    public mutating func add(_ subscription: Subscription) throws(SubscriptionError) {
        guard Subscription.isWebURL(subscription.url) else { throw .notWebURL(subscription.url) }
        for label in subscription.tags + [subscription.name].compactMap({ $0 }) {
            if let problem = Subscription.problemInLabel(label) { throw .invalidLabel(label, problem: problem) }
        }
        if let named = subscription.tags.first(where: { $0.hasPrefix("~") }) {
            throw .invalidLabel(named, problem: "a ~ at its start, which makes it a name")
        }
        if let line = lineNumber(ofURL: subscription.url),
           case .subscription(let existing, _) = entries[line - 1] {
            throw .alreadySubscribed(url: subscription.url, existing: existing, line: line)
        }
        entries.append(.subscription(subscription, original: nil))
    }

    /// The subscription a command names: by URL, else by name (case ignored).
    public func find(_ key: String) throws(SubscriptionError) -> Subscription {
        let all = subscriptions
        let urlKey = Subscription.comparisonKey(key)
        if let byURL = all.first(where: { Subscription.comparisonKey($0.url) == urlKey }) { return byURL }
        let named = all.filter { $0.name?.compare(key, options: [.caseInsensitive]) == .orderedSame }
        if named.count > 1 { throw .ambiguous(key, urls: named.map(\.url)) }
        guard let only = named.first else { throw .notSubscribed(key) }
        return only
    }

    /// Removes the subscription named by `key` (a URL or a name) and the lines repeating its URL;
    /// returns it.
    @discardableResult
    public mutating func remove(_ key: String) throws(SubscriptionError) -> Subscription {
        let found = try find(key)
        let urlKey = Subscription.comparisonKey(found.url)
        entries.removeAll { entry in
            switch entry {
            case .subscription(let s, _): return Subscription.comparisonKey(s.url) == urlKey
            case .other(_, let duplicateOf): return duplicateOf == urlKey
            }
        }
        problems.removeAll {
            if case .duplicate(let url, _) = $0.kind { return Subscription.comparisonKey(url) == urlKey }
            return false
        }
        return found
    }

    /// Points the subscription at `url` to `newURL` (its name, tags and line kept, rewritten);
    /// false when no subscription has `url`, or another already has `newURL`.
    @discardableResult
    public mutating func move(_ url: String, to newURL: String) -> Bool {
        guard Subscription.isWebURL(newURL), lineNumber(ofURL: newURL) == nil, let line = lineNumber(ofURL: url),
              case .subscription(var subscription, _) = entries[line - 1] else { return false }
        subscription.url = newURL
        entries[line - 1] = .subscription(subscription, original: nil)
        return true
    }
}
