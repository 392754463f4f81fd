import Foundation

/// Reads the dates articles give: `Jeudi 29 Février 2024`, `28 février 2024`, `1er mars 2019`,
/// `mars 2019`, `2024-03-01`, `2024-03`, `7-12-2018`, `17/1/2019`, optionally after a prefix of
/// `months.txt` (`date 2024-03`). Month and weekday names ignore case and accents.
public struct DateParser: Sendable {
    let data: FrenchData

    /// Longest line (code points) read as a dateline.
    public static let maxDateLineLength = 80

    public init(data: FrenchData) {
        self.data = data
    }

    /// A metadata field holding only a date (JSONL `date`): any form above, nothing else.
    public func parseField(_ field: String) -> ArticleDate? {
        let text = field.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let found = parseLeading(text), found.end == text.unicodeScalars.count else { return nil }
        return found.date
    }

    /// A line that only gives a date, possibly with a clock time after it (`28 février 2024 à 10h30`).
    public func parseDateLine(_ line: String) -> ArticleDate? {
        guard line.unicodeScalars.count <= Self.maxDateLineLength, let found = parseLeading(line) else { return nil }
        let scalars = Array(line.unicodeScalars)
        let rest = TextFolding.fold(scalars.string(TextRange(found.end, scalars.count)))
        if rest.isEmpty || Self.isClockTime(rest) { return found.date }
        return nil
    }

    /// A line that starts with a date, then a dash or bar, then text (` date 2024-03 – Cette relation`):
    /// the date and the code point offset in `line` where the text after the dash starts.
    public func parseDatePrefix(_ line: String) -> (date: ArticleDate, restStart: Int)? {
        let scalars = Array(line.unicodeScalars.prefix(200))
        guard let found = parseLeading(scalars.string(TextRange(0, scalars.count))) else { return nil }
        var index = found.end
        while index < scalars.count, scalars[index].isPythonSpace { index += 1 }
        guard index < scalars.count, "–—-|:".unicodeScalars.contains(scalars[index]) else { return nil }
        index += 1
        while index < scalars.count, scalars[index].isPythonSpace { index += 1 }
        guard index < scalars.count else { return nil }
        return (found.date, index)
    }

    /// A date at the start of `text` (after spaces and an optional prefix): the date and the code
    /// point offset just after it.
    public func parseLeading(_ text: String) -> (date: ArticleDate, end: Int)? {
        let tokens = DateToken.tokens(Array(text.unicodeScalars.prefix(120)))
        var position = 0
        position += prefixLength(tokens)
        if let found = numericDate(tokens, at: position) ?? wordDate(tokens, at: position) { return found }
        if position > 0 {
            return numericDate(tokens, at: 0) ?? wordDate(tokens, at: 0)
        }
        return nil
    }

    /// Number of tokens of the longest date prefix (`date`, `publié le`) at the start.
    private func prefixLength(_ tokens: [DateToken]) -> Int {
        var best = 0
        for prefix in data.datePrefixes where prefix.count > best && prefix.count <= tokens.count {
            if zip(prefix, tokens).allSatisfy({ $0 == $1.word }) { best = prefix.count }
        }
        return best
    }

    /// `2024-03-01`, `2024-03`, `7-12-2018`, `17/1/2019`: numbers joined by `-` or `/` without spaces.
    private func numericDate(_ tokens: [DateToken], at start: Int) -> (date: ArticleDate, end: Int)? {
        var numbers: [String] = []
        var index = start
        while index < tokens.count, let digits = tokens[index].number {
            numbers.append(digits)
            let next = index + 1
            guard next + 1 < tokens.count, numbers.count < 3,
                  let separator = tokens[next].symbol, separator == "-" || separator == "/",
                  tokens[next].start == tokens[index].end, tokens[next + 1].start == tokens[next].end,
                  tokens[next + 1].number != nil else { break }
            index = next + 1
        }
        guard numbers.count >= 2, index < tokens.count else { return nil }
        let end = tokens[index].end
        let values = numbers.compactMap { Int($0) }
        guard values.count == numbers.count else { return nil }
        if numbers[0].count == 4 {
            let date = values.count == 3 ? ArticleDate(year: values[0], month: values[1], day: values[2])
                                         : ArticleDate(year: values[0], month: values[1])
            return date.map { ($0, end) }
        }
        if values.count == 3, numbers[2].count == 4, numbers[0].count <= 2, numbers[1].count <= 2 {
            return ArticleDate(year: values[2], month: values[1], day: values[0]).map { ($0, end) }
        }
        return nil
    }

    /// `[weekday] day month year` (`Jeudi 29 Février 2024`, `1er mars 2019`) or `month year`.
    private func wordDate(_ tokens: [DateToken], at start: Int) -> (date: ArticleDate, end: Int)? {
        var index = start
        if index < tokens.count, let word = tokens[index].word, data.weekdays.contains(word) {
            index += 1
            if index < tokens.count, tokens[index].symbol == "," { index += 1 }
        }
        var day: Int?
        if index < tokens.count, let digits = tokens[index].number, digits.count <= 2, let value = Int(digits) {
            day = value
            index += 1
            if index < tokens.count, tokens[index].word == "er", tokens[index].start == tokens[index - 1].end { index += 1 }
        }
        guard index < tokens.count, let monthWord = tokens[index].word, let month = data.months[monthWord] else { return nil }
        index += 1
        if index < tokens.count, tokens[index].symbol == ".", tokens[index].start == tokens[index - 1].end { index += 1 }
        guard index < tokens.count, let yearDigits = tokens[index].number, yearDigits.count == 4,
              let year = Int(yearDigits) else { return nil }
        return ArticleDate(year: year, month: month, day: day).map { ($0, tokens[index].end) }
    }

    /// `10h30`, `à 10h`, `10:30`, `| 10:32`: a clock time after a date.
    static func isClockTime(_ folded: String) -> Bool {
        var rest = Substring(folded)
        while let first = rest.first, first == "|" || first == "," || first == "-" || first == " " { rest = rest.dropFirst() }
        if rest.hasPrefix("a ") { rest = rest.dropFirst(2) }
        let pattern = rest.replacingOccurrences(of: " ", with: "")
        guard !pattern.isEmpty else { return true }
        let parts = pattern.split(omittingEmptySubsequences: false, whereSeparator: { $0 == "h" || $0 == ":" })
        guard parts.count == 2, let hours = Int(parts[0]), (0...23).contains(hours) else { return false }
        return parts[1].isEmpty || (parts[1].count == 2 && Int(parts[1]) != nil)
    }
}

/// A word, number or symbol of a short text, with its code point offsets.
struct DateToken {
    var word: String?
    var number: String?
    var symbol: Unicode.Scalar?
    var start: Int
    var end: Int

    static func tokens(_ scalars: [Unicode.Scalar]) -> [DateToken] {
        var out: [DateToken] = []
        var index = 0
        while index < scalars.count {
            let scalar = scalars[index]
            if scalar.isPythonSpace { index += 1; continue }
            let start = index
            if scalar.isASCIIDigit {
                while index < scalars.count, scalars[index].isASCIIDigit { index += 1 }
                out.append(DateToken(number: scalars.string(TextRange(start, index)), start: start, end: index))
            } else if scalar.isLetter {
                while index < scalars.count, scalars[index].isLetter { index += 1 }
                out.append(DateToken(word: TextFolding.fold(scalars.string(TextRange(start, index))), start: start, end: index))
            } else {
                index += 1
                out.append(DateToken(symbol: scalar, start: start, end: index))
            }
        }
        return out
    }
}
