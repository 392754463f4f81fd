/// Shortens a line to a title of at most `limit` characters, cut on a word boundary with `…`.
enum TitleText {
    static let limit = 100

    static func shortened(_ line: String, limit: Int = TitleText.limit) -> String {
        guard line.count > limit else { return line }
        let head = line.prefix(limit)
        let cut = head.lastIndex(where: { $0.isWhitespace }) ?? head.endIndex
        var title = String(head[..<cut])
        while let last = title.last, last.isWhitespace || last == "," || last == ";" || last == ":" { title.removeLast() }
        return title + "…"
    }
}
