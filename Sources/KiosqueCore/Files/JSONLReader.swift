import Foundation

/// Reads a JSONL file, one article a line: `id` and `text` required; `title`, `date`, `source`,
/// `url`, `author`, `language` optional (null or missing is fine; `kiosque convert` writes them all).
///
/// The file is memory-mapped and split on newline bytes; each line is decoded on its own, so a bad
/// line is one `LoadIssue` (with its line number) and the rest still loads. The `text` field is
/// kept exactly as given (no NFC, no newline change) so offsets match the source and gold files.
struct JSONLReader: Sendable {
    let parser: ArticleParser

    init(parser: ArticleParser) {
        self.parser = parser
    }

    /// Reads the file at `path` (a `SystemPath`); locations show it as `SystemPath.display` does.
    func read(path: String, into result: inout LoadResult) {
        let location = SystemPath.display(path)
        let mapped: MappedFile
        do {
            mapped = try MappedFile(path: path)
        } catch {
            result.issues.append(LoadIssue(location: location, reason: FileErrorReason.reason(error)))
            return
        }
        withExtendedLifetime(mapped) { read(mapped.data, location: location, into: &result) }
    }

    /// Reads the mapped `data` of the file shown as `location`.
    private func read(_ data: Data, location path: String, into result: inout LoadResult) {
        if data.isEmpty {
            result.issues.append(LoadIssue(location: path, reason: .emptyFile))
            return
        }
        var lines: [(number: Int, bytes: Range<Data.Index>)] = []
        var lineNumber = 0
        var lineStart = data.startIndex
        while lineStart < data.endIndex {
            let lineEnd = data[lineStart...].firstIndex(of: 0x0A) ?? data.endIndex
            lineNumber += 1
            let bytes = lineStart..<lineEnd
            lineStart = lineEnd < data.endIndex ? lineEnd + 1 : data.endIndex
            if data[bytes].contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) {
                lines.append((lineNumber, bytes))
            }
        }
        if lines.isEmpty {
            result.issues.append(LoadIssue(location: path, reason: .emptyFile))
            return
        }
        // Lines are independent: decode and segment them on every core, then keep the file's order.
        let outcomes = ParallelMap.map(lines, chunkSize: 64) { line in
            article(line: data[line.bytes], location: "\(path):\(line.number)")
        }
        for outcome in outcomes {
            switch outcome {
            case .success(let article): result.articles.append(article)
            case .failure(let issue): result.issues.append(issue)
            }
        }
    }

    /// One line's article, or why the line is not one.
    func article(line: Data, location: String) -> Result<Article, LoadIssue> {
        let object: Any
        do {
            object = try JSONSerialization.jsonObject(with: line, options: [])
        } catch {
            return .failure(LoadIssue(location: location, reason: .notValidJSON))
        }
        guard let fields = object as? [String: Any] else {
            return .failure(LoadIssue(location: location, reason: .notAJSONObject))
        }
        guard let id = Self.identifier(fields["id"]) else {
            return .failure(LoadIssue(location: location, reason: .missingField("id")))
        }
        guard let text = fields["text"] as? String else {
            return .failure(LoadIssue(location: location, reason: fields["text"] == nil ? .missingField("text") : .notAString(field: "text")))
        }
        let dateField = fields["date"] as? String
        let date = dateField.flatMap(DateText.parse)
        let unread = dateField.flatMap { date == nil && !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? $0 : nil }
        let metadata = ArticleParser.Metadata(
            id: ArticleID(id), location: location, title: fields["title"] as? String, date: date,
            source: Self.nonEmpty(fields["source"]), url: Self.nonEmpty(fields["url"]), author: Self.nonEmpty(fields["author"]),
            language: Self.nonEmpty(fields["language"]))
        var article = parser.parse(text: text, metadata: metadata)
        if let unread { article.warnUnreadDate(unread) }
        return .success(article)
    }

    /// `id` as a string; numbers are accepted and written in decimal.
    static func identifier(_ value: Any?) -> String? {
        if let string = value as? String, !string.isEmpty { return string }
        if let number = value as? NSNumber, !(value is Bool) { return number.stringValue }
        return nil
    }

    static func nonEmpty(_ value: Any?) -> String? {
        guard let string = value as? String, !string.isEmpty else { return nil }
        return string
    }
}
