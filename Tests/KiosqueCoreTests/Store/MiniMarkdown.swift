/// Just enough CommonMark to check the press review: ATX headings, block quotes (`>` lines,
/// consecutive ones one block), paragraphs; inline text unescaped (backslash + ASCII
/// punctuation). `problems` lists markup characters left unescaped in quotes and headings, and
/// lines that would start a list, a thematic break, code or a setext underline.
struct MiniMarkdown {
    enum Block: Equatable {
        case heading(Int, String)
        case quote(String)
        case paragraph(String)
    }

    var blocks: [Block] = []
    var problems: [String] = []

    static let markup: Set<Character> = ["\\", "`", "*", "_", "[", "]", "<", ">", "#", "&", "|", "~"]

    init(_ text: String) {
        var quoteLines: [String]?
        var paragraph: [String] = []
        func flush() {
            if let lines = quoteLines { blocks.append(.quote(lines.joined(separator: "\n"))) }
            quoteLines = nil
            if !paragraph.isEmpty { blocks.append(.paragraph(paragraph.joined(separator: "\n"))) }
            paragraph = []
        }
        for raw in text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init) {
            if raw.isEmpty { flush(); continue }
            if raw.hasPrefix(">") {
                if !paragraph.isEmpty { flush() }
                let content = raw.hasPrefix("> ") ? String(raw.dropFirst(2)) : String(raw.dropFirst())
                check(content, where: "quote")
                quoteLines = (quoteLines ?? []) + [Self.unescape(content)]
                continue
            }
            if quoteLines != nil { flush() }
            let hashes = raw.prefix { $0 == "#" }.count
            if (1...6).contains(hashes), raw.dropFirst(hashes).hasPrefix(" ") {
                flush()
                let content = String(raw.dropFirst(hashes + 1))
                check(content, where: "heading")
                blocks.append(.heading(hashes, Self.unescape(content)))
                continue
            }
            if raw.hasPrefix("    ") { problems.append("indented code: \(raw)") }
            paragraph.append(raw)
        }
        flush()
    }

    /// Records unescaped markup characters and block starts in `line`.
    mutating func check(_ line: String, where place: String) {
        let chars = Array(line)
        var i = 0
        while i < chars.count {
            if chars[i] == "\\", i + 1 < chars.count, chars[i + 1].isASCII, chars[i + 1].isPunctuation || chars[i + 1].isSymbol {
                i += 2
                continue
            }
            if Self.markup.contains(chars[i]) { problems.append("\(place): unescaped \(chars[i]) in \(line)") }
            i += 1
        }
        if let first = chars.first, "-+=".contains(first) { problems.append("\(place): block start \(line)") }
        if chars.first == " " { problems.append("\(place): leading space \(line)") }
        let digits = chars.prefix { $0.isASCII && $0.isNumber }
        if !digits.isEmpty, digits.count < chars.count, ".)".contains(chars[digits.count]) {
            problems.append("\(place): ordered list \(line)")
        }
    }

    static func unescape(_ text: String) -> String {
        var out = ""
        var escaping = false
        for ch in text {
            if escaping {
                if !(ch.isASCII && (ch.isPunctuation || ch.isSymbol)) { out.append("\\") }
                out.append(ch)
                escaping = false
            } else if ch == "\\" {
                escaping = true
            } else {
                out.append(ch)
            }
        }
        if escaping { out.append("\\") }
        return out
    }

    var headings: [(level: Int, text: String)] {
        blocks.compactMap { if case .heading(let l, let t) = $0 { return (l, t) } else { return nil } }
    }

    var quotes: [String] { blocks.compactMap { if case .quote(let q) = $0 { return q } else { return nil } } }

    /// Paragraph texts, unescaped.
    var paragraphs: [String] {
        blocks.compactMap { if case .paragraph(let p) = $0 { return Self.unescape(p) } else { return nil } }
    }
}
