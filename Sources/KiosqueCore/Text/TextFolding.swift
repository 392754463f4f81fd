import Foundation

/// Comparison form of short lines: `Folding` plus single spaces and no final colon.
///
/// Used to match lines against the word lists (`Nouveau commentaire :` = `nouveau commentaire`).
enum TextFolding {
    static func fold(_ text: String) -> String {
        let folded = Folding.fold(text)
        var words = folded.split(whereSeparator: { $0.isWhitespace })
        if let last = words.last, last.hasSuffix(":") {
            let stripped = last.dropLast()
            words.removeLast()
            if !stripped.isEmpty { words.append(stripped) }
        }
        return words.joined(separator: " ")
    }
}
