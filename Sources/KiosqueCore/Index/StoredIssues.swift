/// The lines of a source that could not be read, as the index keeps them: `line<TAB>reason`, one a
/// line (line 0 for the whole file), so a warm start reports them without reading the file.
enum StoredIssues {
    static func encode(line: Int, reason: String) -> String {
        "\(line)\t\(reason.replacingOccurrences(of: "\n", with: " "))\n"
    }

    static func decode(_ text: String, file: CorpusFiles.File) -> [LoadIssue] {
        text.split(separator: "\n").compactMap { entry in
            guard let tab = entry.firstIndex(of: "\t"), let line = Int(entry[..<tab]) else { return nil }
            let shown = SystemPath.display(file.path)
            let location = line > 0 ? "\(shown):\(line)" : shown
            return LoadIssue(location: location, reason: String(entry[entry.index(after: tab)...]))
        }
    }
}
