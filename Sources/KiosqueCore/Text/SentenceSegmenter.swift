/// Splits one line of French text into sentences.
///
/// A sentence ends after `.`, `!`, `?` or `…` (or a run of them, such as `...` or `?!`), with any
/// closing `»`, `"`, `”`, `)` after it, when whitespace and then a sentence start follow: an upper
/// case letter, a digit, `«`, an opening quote or a dash. It does not end after an abbreviation of
/// the list (`M.`, `etc.`), after initials (`J.`, `U.S.`), or at an ellipsis in brackets (`[…]`).
/// A lower case word after `...` continues the sentence. Sentences glued by a scraper
/// (`Guaido.Le ministre`, `l’ordre.À midi`, `protestataires.«Aucune`, `jaunes».En`, `en
/// 2016.Plus`, `gratuit!En`: see `isGlued`) are split, except in web addresses (`www.`, `://`,
/// `@`, a following word holding a dot) and after an abbreviation; `M.Macron` is not split
/// since `M` is upper case.
/// The end of the line always ends a sentence. Ranges are trimmed of surrounding whitespace.
public struct SentenceSegmenter: Sendable {
    public let abbreviations: Set<String>

    public init(abbreviations: Set<String>) {
        self.abbreviations = abbreviations
    }

    /// The sentences of `line` (a range of `scalars`), in order, never empty.
    public func sentences(in scalars: [Unicode.Scalar], line: TextRange) -> [TextRange] {
        var out: [TextRange] = []
        let end = line.end
        var start = line.start
        var index = line.start
        func emit(_ upTo: Int) {
            let range = scalars.trimmed(TextRange(start, upTo))
            if !range.isEmpty { out.append(range) }
        }
        while index < end {
            let scalar = scalars[index]
            guard Self.isTerminal(scalar) else { index += 1; continue }
            var runEnd = index
            while runEnd < end, Self.isTerminal(scalars[runEnd]) { runEnd += 1 }
            let isSingleDot = runEnd - index == 1 && scalar == "."
            // `[…]`, `(...)`: an elision inside a quote, never an end.
            if index > line.start, scalars[index - 1] == "[" || scalars[index - 1] == "(" {
                index = runEnd
                continue
            }
            let afterClosers = Self.skipClosers(scalars, from: runEnd, end: end)
            if afterClosers >= end { break }
            if scalars[afterClosers].isPythonSpace {
                var next = afterClosers
                while next < end, scalars[next].isPythonSpace { next += 1 }
                if next < end, Self.startsSentence(scalars[next]),
                   !(isSingleDot && isAbbreviation(scalars, dotAt: index, lineStart: line.start)) {
                    emit(afterClosers)
                    start = next
                    index = next
                    continue
                }
            } else if runEnd - index == 1, scalar != "…", afterClosers == runEnd, isGlued(scalars, dotAt: index, line: line) {
                emit(index + 1)
                start = index + 1
                index = index + 1
                continue
            }
            index = afterClosers
        }
        emit(end)
        return out
    }

    static func isTerminal(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "." || scalar == "!" || scalar == "?" || scalar == "…"
    }

    static func isCloser(_ scalar: Unicode.Scalar) -> Bool {
        scalar == "»" || scalar == "\"" || scalar == "”" || scalar == ")" || scalar == "’" || scalar == "]"
    }

    static func startsSentence(_ scalar: Unicode.Scalar) -> Bool {
        if scalar.isUppercaseLetter || scalar.isASCIIDigit { return true }
        switch scalar {
        case "«", "\"", "“", "‘", "—", "–", "-", "(", "¿", "¡": return true
        default: return false
        }
    }

    /// After closing marks, and spaces before a French closing quote (`fin. »`).
    static func skipClosers(_ scalars: [Unicode.Scalar], from: Int, end: Int) -> Int {
        var index = from
        while index < end {
            if isCloser(scalars[index]) { index += 1; continue }
            if scalars[index].isPythonSpace {
                var next = index
                while next < end, scalars[next].isPythonSpace { next += 1 }
                if next < end, scalars[next] == "»" || scalars[next] == "”" { index = next + 1; continue }
            }
            break
        }
        return index
    }

    /// The word that ends with the full stop at `dotAt`, from the previous space or opening mark.
    static func wordStart(_ scalars: [Unicode.Scalar], before dotAt: Int, lineStart: Int) -> Int {
        var start = dotAt
        while start > lineStart {
            let previous = scalars[start - 1]
            if previous.isPythonSpace || previous == "(" || previous == "«" || previous == "\"" || previous == "“" || previous == "[" { break }
            start -= 1
        }
        return start
    }

    /// True when the word ending at `dotAt`, or its part after an inner full stop (`av.J.-C.`),
    /// is an abbreviation of the list or initials.
    func isAbbreviation(_ scalars: [Unicode.Scalar], dotAt: Int, lineStart: Int) -> Bool {
        let wordStart = Self.wordStart(scalars, before: dotAt, lineStart: lineStart)
        guard wordStart < dotAt else { return false }
        if isAbbreviationWord(scalars, start: wordStart, dotAt: dotAt) { return true }
        for index in wordStart..<dotAt where scalars[index] == "." && index + 1 < dotAt {
            if isAbbreviationWord(scalars, start: index + 1, dotAt: dotAt) { return true }
        }
        return false
    }

    private func isAbbreviationWord(_ scalars: [Unicode.Scalar], start: Int, dotAt: Int) -> Bool {
        // Initials: `J.`, `U.S.`, `J.-C.`: capitals each followed by a full stop, hyphens allowed.
        var index = start, initials = true, sawLetter = false
        while index <= dotAt {
            let scalar = scalars[index]
            if scalar.isUppercaseLetter, index + 1 <= dotAt, scalars[index + 1] == "." {
                sawLetter = true
                index += 2
            } else if scalar == "-" {
                index += 1
            } else {
                initials = false
                break
            }
        }
        if initials && sawLetter { return true }
        return Self.isListed(scalars.string(TextRange(start, dotAt + 1)), in: abbreviations)
    }

    /// True when `word` is in `abbreviations` as written, or capitalised from a lower-case entry
    /// (`cf.` listed, `Cf.` written). The entity recogniser reads its list so too.
    static func isListed(_ word: String, in abbreviations: Set<String>) -> Bool {
        if abbreviations.contains(word) { return true }
        if let first = word.unicodeScalars.first, first.isUppercaseLetter {
            return abbreviations.contains(word.prefix(1).lowercased() + word.dropFirst())
        }
        return false
    }

    /// A sentence end glued to the next sentence by a scraper, at the `.`, `!` or `?` at `dotAt`:
    /// after a lower case letter, a digit or a closing `»`, `)`, `”` (`Guaido.Le`, `en 2016.Plus`,
    /// `«gilets jaunes».En`, `gratuit!En`), before an upper case then a lower case letter, `À` or
    /// `A` and a space (`l’ordre.À midi`), or an opening `«`, `“` and an upper case letter
    /// (`protestataires.«Aucune`); never in a web address, nor after an abbreviation.
    func isGlued(_ scalars: [Unicode.Scalar], dotAt: Int, line: TextRange) -> Bool {
        guard dotAt > line.start, dotAt + 2 < line.end else { return false }
        let before = scalars[dotAt - 1]
        guard before.isLowercaseLetter || before.isASCIIDigit || before == "»" || before == ")" || before == "”" else { return false }
        var first = dotAt + 1
        let quoted = scalars[first] == "«" || scalars[first] == "“"
        if quoted {
            first += 1
            while first < line.end, scalars[first].isPythonSpace { first += 1 }
        }
        guard first + 1 < line.end, scalars[first].isUppercaseLetter else { return false }
        let second = scalars[first + 1]
        guard quoted || second.isLowercaseLetter || (scalars[first] == "À" || scalars[first] == "A") && second.isPythonSpace else { return false }
        let wordStart = Self.wordStart(scalars, before: dotAt, lineStart: line.start)
        let word = scalars.string(TextRange(wordStart, dotAt)).lowercased()
        if word.hasPrefix("www") || word.contains("://") || word.contains("@") || word.contains("/") { return false }
        var next = dotAt + 1
        while next < line.end, !scalars[next].isPythonSpace {
            if scalars[next] == ".", next + 1 < line.end, scalars[next + 1].isLetter { return false }
            next += 1
        }
        return scalars[dotAt] != "." || !isAbbreviation(scalars, dotAt: dotAt, lineStart: line.start)
    }
}
