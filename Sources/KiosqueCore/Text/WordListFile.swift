/// A plain-text word list: one entry a line, `#` comments, optional `[section]` headers.
struct WordListFile {
    /// Entries by section name; entries before any header are in section `""`.
    private(set) var sections: [String: [String]] = [:]

    init(_ text: String) {
        var current = ""
        for rawLine in text.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "\n" || $0 == "\r\n" || $0 == "\r" }) {
            let line = rawLine.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            if line.hasPrefix("["), line.hasSuffix("]") {
                current = String(line.dropFirst().dropLast()).trimmingCharacters(in: .whitespaces).lowercased()
                continue
            }
            sections[current, default: []].append(line)
        }
    }

    func entries(_ section: String = "") -> [String] { sections[section] ?? [] }
}

import Foundation
