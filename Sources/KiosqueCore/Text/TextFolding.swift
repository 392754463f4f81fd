import Foundation

/// Comparison form of short strings: lower case, no accents, single spaces, no final colon.
///
/// Used to match lines against the word lists (`Nouveau commentaire :` = `nouveau commentaire`).
enum TextFolding {
    static func fold(_ text: String) -> String {
        let folded = text.utf8.allSatisfy({ $0 < 0x80 })
            ? text.lowercased()
            : text.folding(options: [.caseInsensitive, .diacriticInsensitive], locale: nil)
        var words = folded.split(whereSeparator: { $0.isWhitespace })
        if let last = words.last, last.hasSuffix(":") {
            let stripped = last.dropLast()
            words.removeLast()
            if !stripped.isEmpty { words.append(stripped) }
        }
        return words.joined(separator: " ")
    }
}
