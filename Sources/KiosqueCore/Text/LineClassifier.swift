/// Tells page debris, teasers and headings apart, one line at a time, from the word lists.
struct LineClassifier: Sendable {
    let data: FrenchData
    /// First characters of the folded teaser prefixes, to skip most lines without folding them.
    private let teaserInitials: Set<Unicode.Scalar>

    init(data: FrenchData) {
        self.data = data
        self.teaserInitials = Set(data.teaserPrefixes.compactMap { $0.unicodeScalars.first })
    }

    /// Longest line compared with the debris lists; longer lines are never debris.
    static let maxDebrisLength = 60
    /// A heading is shorter than this (code points).
    static let maxHeadingLength = 80

    /// Folded form of a short line, nil when the line is too long to be debris.
    private func foldedShortLine(_ scalars: [Unicode.Scalar], _ line: TextRange) -> String? {
        guard line.length <= Self.maxDebrisLength else { return nil }
        return TextFolding.fold(scalars.string(line))
    }

    /// A menu or comment prompt line (`Menu`, `Nouveau commentaire :`).
    func isDebris(_ scalars: [Unicode.Scalar], _ line: TextRange) -> Bool {
        foldedShortLine(scalars, line).map(data.debrisLines.contains) ?? false
    }

    /// A line after which the page is unrelated (`AUTRES INFOS`).
    func isCut(_ scalars: [Unicode.Scalar], _ line: TextRange) -> Bool {
        foldedShortLine(scalars, line).map(data.cutMarkers.contains) ?? false
    }

    /// A link to another article (`A lire : ...`, `Lire aussi`).
    func isTeaser(_ scalars: [Unicode.Scalar], _ line: TextRange) -> Bool {
        let first = scalars[line.start]
        if first.isASCII {
            let lower = first.isUppercaseLetter ? Unicode.Scalar(UInt8(first.value | 0x20)) : first
            guard teaserInitials.contains(lower) else { return false }
        }
        let head = TextFolding.fold(scalars.string(TextRange(line.start, min(line.end, line.start + 40))))
        for prefix in data.teaserPrefixes where head.hasPrefix(prefix) {
            guard let next = head.dropFirst(prefix.count).unicodeScalars.first else { return true }
            if next == " " || next == ":" || next == "-" || next == "–" || next == "—" { return true }
        }
        return false
    }

    /// A short line without final punctuation (`Dépasser le volet sécuritaire`); the caller checks
    /// that more text follows it in the block.
    static func looksLikeHeading(_ scalars: [Unicode.Scalar], _ line: TextRange) -> Bool {
        guard line.length < maxHeadingLength, !line.isEmpty else { return false }
        switch scalars[line.end - 1] {
        case ".", "!", "?", "…", "»", "\"", "”", ":", ";", ",": return false
        default: break
        }
        return scalars[line.start..<line.end].contains { $0.isLetter }
    }
}
