/// The lines of a source that could not be read, as the index keeps them: `line<TAB>reason`, one a
/// line (line 0 for the whole file), the reason as `LoadReason.stored` (a code and its values), so
/// a warm start reports them, in the interface's language, without reading the file; and the
/// warnings about articles that were read (`w` before the line: `w12<TAB>date.keptUndated␟...`).
enum StoredIssues {
    static func encode(line: Int, reason: LoadReason) -> String {
        "\(line)\t\(reason.stored)\n"
    }

    static func encodeWarning(line: Int, reason: LoadReason) -> String {
        "w" + encode(line: line, reason: reason)
    }

    static func decode(_ text: String, file: CorpusFiles.File) -> (issues: [LoadIssue], warnings: [LoadIssue]) {
        var issues: [LoadIssue] = [], warnings: [LoadIssue] = []
        let shown = SystemPath.display(file.path)
        for entry in text.split(separator: "\n") {
            guard let tab = entry.firstIndex(of: "\t") else { continue }
            let isWarning = entry.first == "w"
            guard let line = Int(entry[entry.index(entry.startIndex, offsetBy: isWarning ? 1 : 0)..<tab]) else { continue }
            let reason = LoadReason(stored: String(entry[entry.index(after: tab)...]))
            let issue = LoadIssue(location: line > 0 ? "\(shown):\(line)" : shown, reason: reason)
            if isWarning { warnings.append(issue) } else { issues.append(issue) }
        }
        return (issues, warnings)
    }
}
