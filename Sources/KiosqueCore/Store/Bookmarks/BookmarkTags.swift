import Foundation

/// The analyst's tags on bookmarks: words without spaces, written `#tag` in a note.
///
/// In the reader's note editor every `#word` that starts with a letter is a tag and leaves the
/// note (`#1` and `C#` stay text); the tag editor (`T` in the bookmark view) and
/// `--tag` take tags with or without `#`. Tags are compared ignoring case and accents
/// (`Folding`): `#Énergie` and `#energie` are one tag, kept as first written.
public enum BookmarkTags {
    /// Tags as stored: `#` and surrounding punctuation removed, spaces inside made `-`,
    /// composed (NFC), empty ones dropped, each once (case and accents ignored), in order.
    public static func normalized<S: Sequence>(_ tags: S) -> [String] where S.Element == String {
        var seen = Set<String>()
        var out: [String] = []
        for raw in tags {
            let tag = clean(raw)
            guard !tag.isEmpty, seen.insert(Folding.fold(tag)).inserted else { continue }
            out.append(tag)
        }
        return out
    }

    /// One tag cleaned: no leading `#`, no trailing punctuation, whitespace runs made `-`.
    static func clean(_ raw: String) -> String {
        var text = raw.precomposedStringWithCanonicalMapping.trimmingCharacters(in: .whitespacesAndNewlines)
        while text.first == "#" { text.removeFirst() }
        while let last = text.last, trailing.contains(last) { text.removeLast() }
        let words = text.split(whereSeparator: { $0.isWhitespace || $0 == "," })
        return words.joined(separator: "-")
    }

    /// Punctuation that ends a sentence after a tag (`… #énergie.`), never part of it.
    static let trailing: Set<Character> = [".", ",", ";", ":", "!", "?", ")", "]", "»", "”", "\"", "'", "’"]

    /// The note editor's text split in the note and its `#tags`: a `#` at the start of a word
    /// followed by a letter starts a tag, which runs to the next space or comma. The note keeps
    /// the rest, with the spaces the tags leave collapsed.
    public static func split(note text: String) -> (note: String, tags: [String]) {
        var tags: [String] = []
        var kept: [Substring] = []
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var words: [Substring] = []
            for word in line.split(separator: " ", omittingEmptySubsequences: true) {
                if isTag(word) {
                    tags += word.split(separator: ",").map(String.init)
                } else {
                    words.append(word)
                }
            }
            kept.append(Substring(words.joined(separator: " ")))
        }
        let note = kept.joined(separator: "\n").trimmingCharacters(in: .whitespacesAndNewlines)
        return (note, normalized(tags))
    }

    /// `#` then a letter: a tag in a note.
    static func isTag(_ word: Substring) -> Bool {
        guard word.first == "#", let next = word.dropFirst().first else { return false }
        return next.isLetter
    }

    /// Tags typed in the tag editor or given as one argument: separated by spaces or commas,
    /// `#` optional.
    public static func parse(list text: String) -> [String] {
        normalized(text.split(whereSeparator: { $0.isWhitespace || $0 == "," }).map(String.init))
    }

    /// The note editor's text for a note and its tags: the note, then `#tag` for each tag.
    public static func editorText(note: String, tags: [String]) -> String {
        guard !tags.isEmpty else { return note }
        let marks = written(tags)
        return note.isEmpty ? marks : note + " " + marks
    }

    /// `#énergie #nucléaire`.
    public static func written(_ tags: [String]) -> String {
        tags.map { "#" + $0 }.joined(separator: " ")
    }

    /// True when `tags` hold one of `wanted` (compared ignoring case, accents and a leading `#`);
    /// true for an empty `wanted`.
    public static func matches(_ tags: [String], any wanted: [String]) -> Bool {
        guard !wanted.isEmpty else { return true }
        let keys = Set(normalized(wanted).map(Folding.fold))
        return tags.contains { keys.contains(Folding.fold($0)) }
    }
}
