/// A Markdown file as an article: the YAML front matter's `title`, `date`, `source` and `url`, and
/// the body as plain paragraphs without the markup (`#` headings, `**bold**`, `*em*`, `_em_`,
/// `~~struck~~`, list and quote marks, `[links](url)` as their text, images dropped, code fences
/// kept as text). One pass over the lines, each line once: linear time.
public enum MarkdownArticle {
    /// What the front matter gives (a value as written, quotes removed); nil when absent.
    public struct FrontMatter: Hashable, Sendable {
        public var title: String?
        public var date: String?
        public var source: String?
        public var url: String?
    }

    /// The front matter (empty when the file has none) and the body's plain text: paragraphs
    /// separated by blank lines, headings and list items paragraphs of their own.
    public static func convert(_ text: String) -> (frontMatter: FrontMatter, body: String) {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { Substring($0) }
        var frontMatter = FrontMatter()
        if let end = frontMatterEnd(lines) {
            frontMatter = parseFrontMatter(lines[1..<end])
            lines.removeSubrange(0...end)
        }
        return (frontMatter, body(lines))
    }

    /// Longest front matter looked for (lines): a `---` line further down is not its end.
    static let maxFrontMatterLines = 200

    /// Index of the line closing a front matter opened by `---` on the first line.
    private static func frontMatterEnd(_ lines: [Substring]) -> Int? {
        guard let first = lines.first, first.trimmingTrailingSpaces() == "---" else { return nil }
        for index in 1..<min(lines.count, maxFrontMatterLines) {
            let line = lines[index].trimmingTrailingSpaces()
            if line == "---" || line == "..." { return index }
        }
        return nil
    }

    /// `key: value` lines (YAML plain, single- or double-quoted scalars); other lines, nested
    /// values and block scalars (`|`, `>`) are left out.
    private static func parseFrontMatter(_ lines: ArraySlice<Substring>) -> FrontMatter {
        var matter = FrontMatter()
        for line in lines {
            guard let first = line.first, first != " ", first != "\t", first != "#", let colon = line.firstIndex(of: ":") else { continue }
            let key = line[..<colon].trimmingCharacters(in: .whitespaces).lowercased()
            guard let value = scalar(line[line.index(after: colon)...]) else { continue }
            switch key {
            case "title": matter.title = value
            case "date": matter.date = value
            case "source": matter.source = value
            case "url": matter.url = value
            default: break
            }
        }
        return matter
    }

    /// A YAML scalar on one line: `"…"` (with `\"` and `\\`), `'…'` (with `''`), or plain (a
    /// ` #` starts a comment); nil when empty or a block scalar, list or map.
    private static func scalar(_ raw: Substring) -> String? {
        let text = raw.trimmingCharacters(in: .whitespaces)
        guard let first = text.first else { return nil }
        var value: String
        if first == "\"", text.count >= 2, text.last == "\"" {
            value = ""
            var escaped = false
            for ch in text.dropFirst().dropLast() {
                if escaped {
                    value.append(ch == "n" ? "\n" : ch == "t" ? "\t" : ch)
                    escaped = false
                } else if ch == "\\" {
                    escaped = true
                } else {
                    value.append(ch)
                }
            }
        } else if first == "'", text.count >= 2, text.last == "'" {
            value = String(text.dropFirst().dropLast()).replacingOccurrences(of: "''", with: "'")
        } else {
            guard !"|>[{&*!".contains(first) else { return nil }
            value = text
            if let comment = value.range(of: " #") { value = String(value[..<comment.lowerBound]) }
        }
        value = value.trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    // MARK: body

    private static func body(_ lines: [Substring]) -> String {
        var out: [String] = []
        var fence: Substring?
        var previousWasText = false
        /// Ends the current paragraph (one blank line, never two).
        func breakParagraph() {
            if let last = out.last, !last.isEmpty { out.append("") }
            previousWasText = false
        }
        for raw in lines {
            let line = raw.trimmingTrailingSpaces()
            let stripped = line.drop { $0 == " " }
            let indent = line.count - stripped.count
            if let open = fence {
                if indent < 4, stripped.hasPrefix(open), stripped.allSatisfy({ $0 == open.first }) {
                    fence = nil
                    breakParagraph()
                } else {
                    out.append(String(line))
                }
                continue
            }
            if indent < 4, let marker = fenceMarker(stripped) {
                breakParagraph()
                fence = marker
                continue
            }
            if stripped.isEmpty {
                breakParagraph()
                continue
            }
            if indent < 4, let level = setextUnderline(stripped), previousWasText || level == "=" {
                // The line above was a heading (`Titre` over `=====`): it ends here.
                breakParagraph()
                continue
            }
            if indent < 4, isThematicBreak(stripped) {
                breakParagraph()
                continue
            }
            if indent < 4, isReferenceDefinition(stripped) { continue }
            if indent < 4, let heading = atxHeading(stripped) {
                breakParagraph()
                let text = inline(heading)
                if !text.isEmpty { out.append(text) }
                breakParagraph()
                continue
            }
            var content = indent >= 4 ? line : stripped
            var isItem = false
            if indent < 4 || isListItem(stripped) {
                while let rest = quoteMarkRemoved(content) { content = rest }
                if let rest = listMarkRemoved(content) {
                    content = rest
                    isItem = true
                }
            }
            if isItem { breakParagraph() }
            let text = indent >= 4 && !isItem ? String(content) : inline(content)
            if text.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            out.append(text)
            previousWasText = true
        }
        while let last = out.last, last.isEmpty { out.removeLast() }
        return out.joined(separator: "\n")
    }

    /// `` ``` `` or `~~~` (three or more) opening a fence: the run to close it.
    private static func fenceMarker(_ line: Substring) -> Substring? {
        guard let first = line.first, first == "`" || first == "~" else { return nil }
        let run = line.prefix { $0 == first }
        guard run.count >= 3 else { return nil }
        if first == "`", line.dropFirst(run.count).contains("`") { return nil }
        return run
    }

    /// `===` or `---` under a line: the character.
    private static func setextUnderline(_ line: Substring) -> Character? {
        guard let first = line.first, first == "=" || first == "-", line.allSatisfy({ $0 == first }) else { return nil }
        return first
    }

    /// `---`, `***`, `___`, `- - -`.
    private static func isThematicBreak(_ line: Substring) -> Bool {
        let marks = line.filter { $0 != " " }
        guard let first = marks.first, "-*_".contains(first), marks.count >= 3 else { return false }
        return marks.allSatisfy { $0 == first }
    }

    /// `[ref]: https://…`.
    private static func isReferenceDefinition(_ line: Substring) -> Bool {
        guard line.first == "[", let close = line.range(of: "]:") else { return false }
        return !line[line.index(after: line.startIndex)..<close.lowerBound].isEmpty
    }

    /// `## Titre ##` → `Titre`.
    private static func atxHeading(_ line: Substring) -> Substring? {
        let hashes = line.prefix { $0 == "#" }
        guard (1...6).contains(hashes.count) else { return nil }
        var rest = line.dropFirst(hashes.count)
        if !rest.isEmpty {
            guard rest.first == " " || rest.first == "\t" else { return nil }
        }
        rest = rest.drop { $0 == " " || $0 == "\t" }
        var text = rest.trimmingTrailingSpaces()
        let closing = text.reversed().prefix { $0 == "#" }.count
        if closing > 0, closing == text.count || text.dropLast(closing).last == " " {
            text = text.dropLast(closing).trimmingTrailingSpaces()
        }
        return text
    }

    private static func isListItem(_ line: Substring) -> Bool { listMarkRemoved(line) != nil }

    /// `- `, `* `, `+ `, `1. `, `1) ` removed (with a task box `[ ] `/`[x] `).
    private static func listMarkRemoved(_ line: Substring) -> Substring? {
        var rest: Substring
        if let first = line.first, "-*+".contains(first), line.dropFirst().first == " " {
            rest = line.dropFirst(2)
        } else {
            let digits = line.prefix { $0.isASCII && $0.isNumber }
            guard (1...9).contains(digits.count) else { return nil }
            let after = line.dropFirst(digits.count)
            guard let mark = after.first, mark == "." || mark == ")", after.dropFirst().first == " " else { return nil }
            rest = after.dropFirst(2)
        }
        rest = rest.drop { $0 == " " }
        for box in ["[ ] ", "[x] ", "[X] "] where rest.hasPrefix(box) { rest = rest.dropFirst(box.count) }
        return rest
    }

    /// `> text` → `text`.
    private static func quoteMarkRemoved(_ line: Substring) -> Substring? {
        guard line.first == ">" else { return nil }
        let rest = line.dropFirst()
        return rest.first == " " ? rest.dropFirst() : rest
    }

    // MARK: inline

    /// A line's text without inline markup: code spans kept as written, images dropped, links as
    /// their text, autolinks as their address, emphasis and strike marks removed, escapes resolved.
    static func inline<S: StringProtocol>(_ line: S) -> String {
        let scalars = Array(line.unicodeScalars)
        var pieces: [Piece] = []
        var index = 0
        var textStart = 0
        func flushText(_ end: Int) {
            if textStart < end { pieces.append(.text(Array(scalars[textStart..<end]))) }
        }
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar == "\\", index + 1 < scalars.count, isPunctuation(scalars[index + 1]) {
                flushText(index)
                pieces.append(.literal([scalars[index + 1]]))
                index += 2
                textStart = index
            } else if scalar == "`" {
                let run = runLength(scalars, index, "`")
                if let close = closingRun(scalars, from: index + run, "`", length: run) {
                    flushText(index)
                    var code = Array(scalars[(index + run)..<close])
                    if code.count >= 2, code.first == " ", code.last == " " { code = Array(code.dropFirst().dropLast()) }
                    pieces.append(.literal(code))
                    index = close + run
                    textStart = index
                } else {
                    index += run
                }
            } else if scalar == "!", index + 1 < scalars.count, scalars[index + 1] == "[",
                      let link = link(scalars, at: index + 1) {
                flushText(index)
                index = link.end
                textStart = index
            } else if scalar == "[", let link = link(scalars, at: index) {
                flushText(index)
                pieces.append(.text(Array(scalars[link.text])))
                index = link.end
                textStart = index
            } else if scalar == "<", let end = autolinkEnd(scalars, at: index) {
                flushText(index)
                pieces.append(.literal(Array(scalars[(index + 1)..<(end - 1)])))
                index = end
                textStart = index
            } else {
                index += 1
            }
        }
        flushText(scalars.count)
        var out = String.UnicodeScalarView()
        for piece in pieces {
            switch piece {
            case .text(let text): out.append(contentsOf: emphasisRemoved(text))
            case .literal(let text): out.append(contentsOf: text)
            }
        }
        return String(out)
    }

    private enum Piece {
        /// Text whose emphasis marks are removed.
        case text([Unicode.Scalar])
        /// Text kept as it is (code, an escaped character, an address).
        case literal([Unicode.Scalar])
    }

    private static func isPunctuation(_ scalar: Unicode.Scalar) -> Bool {
        scalar.isASCII && "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~".unicodeScalars.contains(scalar)
    }

    private static func runLength(_ scalars: [Unicode.Scalar], _ start: Int, _ mark: Unicode.Scalar) -> Int {
        var end = start
        while end < scalars.count, scalars[end] == mark { end += 1 }
        return end - start
    }

    /// How far (code points) a code span or a link is looked for, and how many open emphasis
    /// runs a closing one is matched against: bounds that keep a hostile line linear.
    static let maxLookAhead = 2_000
    static let maxLookBack = 64

    /// Start of the next run of exactly `length` marks from `from`.
    private static func closingRun(_ scalars: [Unicode.Scalar], from: Int, _ mark: Unicode.Scalar, length: Int) -> Int? {
        var index = from
        let limit = min(scalars.count, from + maxLookAhead)
        while index < limit {
            if scalars[index] == mark {
                let run = runLength(scalars, index, mark)
                if run == length { return index }
                index += run
            } else {
                index += 1
            }
        }
        return nil
    }

    /// `[text](url "title")` or `[text][ref]` at `start` (the `[`): the text's range and the end.
    /// Brackets may nest one level (`[a [b] c](u)`); the search stops at the line's end.
    private static func link(_ scalars: [Unicode.Scalar], at start: Int) -> (text: Range<Int>, end: Int)? {
        var depth = 0
        var index = start
        var close: Int?
        let limit = min(scalars.count, start + maxLookAhead)
        while index < limit {
            let scalar = scalars[index]
            if scalar == "\\" { index += 2; continue }
            if scalar == "[" { depth += 1 }
            if scalar == "]" {
                depth -= 1
                if depth == 0 { close = index; break }
            }
            index += 1
        }
        guard let close, close + 1 < scalars.count else { return nil }
        let opener = scalars[close + 1]
        guard opener == "(" || opener == "[" else { return nil }
        let closer: Unicode.Scalar = opener == "(" ? ")" : "]"
        var parens = 0
        var end = close + 1
        while end < limit {
            if scalars[end] == opener { parens += 1 }
            if scalars[end] == closer {
                parens -= 1
                if parens == 0 { return ((start + 1)..<close, end + 1) }
            }
            end += 1
        }
        return nil
    }

    /// `<https://…>` or `<name@host>` at `start`: the end after `>`.
    private static func autolinkEnd(_ scalars: [Unicode.Scalar], at start: Int) -> Int? {
        var index = start + 1
        while index < scalars.count, scalars[index] != ">", scalars[index] != " ", scalars[index] != "<" { index += 1 }
        guard index < scalars.count, scalars[index] == ">", index > start + 1 else { return nil }
        let inside = String(String.UnicodeScalarView(scalars[(start + 1)..<index]))
        guard inside.contains("://") || inside.hasPrefix("mailto:") || (inside.contains("@") && inside.contains(".")) else { return nil }
        return index + 1
    }

    /// `**a**`, `__a__`, `*a*`, `_a_`, `~~a~~` → `a`: runs that can open (a non-space after) are
    /// matched with a later run of the same mark and length that can close (a non-space
    /// before); `_` only at word edges (`snake_case` stays). Unmatched marks stay.
    static func emphasisRemoved(_ scalars: [Unicode.Scalar]) -> [Unicode.Scalar] {
        struct Run { var start: Int; var length: Int; var mark: Unicode.Scalar; var canOpen: Bool; var canClose: Bool }
        var runs: [Run] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            guard scalar == "*" || scalar == "_" || scalar == "~" else { index += 1; continue }
            let length = runLength(scalars, index, scalar)
            let before = index > 0 ? scalars[index - 1] : nil
            let after = index + length < scalars.count ? scalars[index + length] : nil
            var canOpen = after.map { !$0.properties.isWhitespace } ?? false
            var canClose = before.map { !$0.properties.isWhitespace } ?? false
            if scalar == "_" {
                if let before, isWordScalar(before) { canOpen = false }
                if let after, isWordScalar(after) { canClose = false }
            }
            if scalar == "~", length != 2 { canOpen = false; canClose = false }
            runs.append(Run(start: index, length: length, mark: scalar, canOpen: canOpen, canClose: canClose))
            index += length
        }
        guard !runs.isEmpty else { return scalars }
        var removed = [Bool](repeating: false, count: scalars.count)
        var openers: [Int] = []
        for (k, run) in runs.enumerated() {
            let recent = openers.indices.suffix(maxLookBack)
            if run.canClose, let match = recent.last(where: { runs[openers[$0]].mark == run.mark && runs[openers[$0]].length == run.length }) {
                let opener = runs[openers[match]]
                for i in opener.start..<(opener.start + opener.length) { removed[i] = true }
                for i in run.start..<(run.start + run.length) { removed[i] = true }
                openers.removeSubrange(match...)
                continue
            }
            if run.canOpen { openers.append(k) }
        }
        return zip(scalars, removed).compactMap { $1 ? nil : $0 }
    }

    private static func isWordScalar(_ scalar: Unicode.Scalar) -> Bool {
        scalar.properties.isAlphabetic || ("0"..."9").contains(scalar)
    }
}

extension Substring {
    func trimmingTrailingSpaces() -> Substring {
        var end = endIndex
        while end > startIndex, let previous = self[..<end].last, previous == " " || previous == "\t" || previous == "\r" {
            end = index(before: end)
        }
        return self[..<end]
    }
}
