import Foundation
import KiosqueResources

/// Reads a date as feeds, pages, JSONL and front matter give it, keeping its time and zone:
/// - RFC 822/1123 with or without weekday and seconds, two- or four-digit years, zone names
///   (`GMT`, `CET`, `EST`, the military letters feedparser reads) and offsets:
///   `Fri, 15 Mar 2024 08:00:00 +0100`, `15 Mar 24 08:00 GMT`; asctime (`Fri Mar 15 08:00:00 2024`);
/// - ISO 8601 / W3CDTF: `2024`, `2024-03`, `2024-03-15`, `2024-03-15T08:00:00Z`, `+01:00`,
///   fractions of a second (dropped), `2024-03-15T08:00`, `2024-03-15 08:00[:00]`, `20240315T080000Z`;
/// - `15.03.2024`, `15/03/2024`, `15-03-2024` (day first), with a time after them or not;
/// - French and English words: `jeu. 29 févr. 2024`, `1er mars 2024`, `vendredi 15 mars 2024 à
///   08h00`, `March 15, 2024`, `mars 2019`, after an optional prefix (`Publié le`).
/// Names come from `Resources/fr/months.txt` and `Resources/dates/names.txt`. The whole text must
/// be a date: anything else gives nil (the caller says so).
public enum DateText {
    /// The date `text` holds, or nil when it holds anything else (or the word lists are missing).
    public static func parse(_ text: String) -> ArticleDate? {
        guard case .success(let names) = DateNames.shared else { return nil }
        return parse(text, names: names)
    }

    /// Longest text read as a date (code points); a longer one is not a date.
    public static let maxLength = 120

    static func parse(_ text: String, names: DateNames) -> ArticleDate? {
        let scalars = Array(text.unicodeScalars)
        guard scalars.count <= maxLength else { return nil }
        let tokens = DateToken.tokens(scalars)
        guard !tokens.isEmpty else { return nil }
        var reader = DateTokenReader(tokens: tokens, names: names)
        return reader.date()
    }
}

/// Month, weekday and zone names for `DateText`, read once from `Resources/`.
struct DateNames: Sendable {
    /// Folded month names and abbreviations (French and English) to month numbers.
    var months: [String: Int]
    /// Folded weekday names and abbreviations (French and English).
    var weekdays: Set<String>
    /// Folded zone names to offsets.
    var zones: [String: UTCOffset]
    /// Folded words that may introduce a date (`["publie", "le"]`).
    var prefixes: [[String]]

    /// Builds the names from the French data and the texts of `fr/months.txt` and `dates/names.txt`.
    init(french: FrenchData, frenchMonths: String, names: String) throws(FrenchDataError) {
        var months = french.months
        var weekdays = french.weekdays
        for entry in WordListFile(frenchMonths).entries("weekday abbreviations") {
            weekdays.insert(Self.key(entry))
        }
        let file = WordListFile(names)
        for entry in file.entries("months") {
            let parts = entry.split(whereSeparator: { $0.isWhitespace })
            guard parts.count == 2, let number = Int(parts[1]), (1...12).contains(number) else {
                throw .badEntry(file: "dates/names.txt", entry: entry, expected: "a month name, a space, a number from 1 to 12")
            }
            months[Self.key(parts[0])] = number
        }
        for entry in file.entries("weekdays") { weekdays.insert(Self.key(entry)) }
        var zones: [String: UTCOffset] = [:]
        for entry in file.entries("zones") {
            let parts = entry.split(whereSeparator: { $0.isWhitespace })
            guard parts.count == 2, let offset = Self.offset(parts[1]) else {
                throw .badEntry(file: "dates/names.txt", entry: entry, expected: "a zone name, a space, an offset such as +01:00")
            }
            zones[Self.key(parts[0])] = offset
        }
        self.months = months
        self.weekdays = weekdays
        self.zones = zones
        self.prefixes = french.datePrefixes
    }

    /// Folded, without a final full stop.
    private static func key<S: StringProtocol>(_ word: S) -> String {
        TextFolding.fold(String(word)).trimmingCharacters(in: CharacterSet(charactersIn: "."))
    }

    /// `+01:00`, `-05:30`.
    private static func offset<S: StringProtocol>(_ text: S) -> UTCOffset? {
        let chars = Array(text)
        guard chars.count == 6, chars[0] == "+" || chars[0] == "-", chars[3] == ":",
              let hours = Int(String(chars[1...2])), let minutes = Int(String(chars[4...5])) else { return nil }
        return UTCOffset(west: chars[0] == "-", hours: hours, minutes: minutes)
    }

    static func load() throws(FrenchDataError) -> DateNames {
        let french: FrenchData
        switch FrenchData.shared {
        case .success(let data): french = data
        case .failure(let error): throw error
        }
        return try DateNames(french: french, frenchMonths: read("fr/months.txt"), names: read("dates/names.txt"))
    }

    private static func read(_ name: String) throws(FrenchDataError) -> String {
        let data: Data
        do { data = try ResourceLocator.resource(name) } catch { throw .unreadable(String(describing: error)) }
        guard let text = String(data: data, encoding: .utf8) else { throw .notUTF8(file: name) }
        return text
    }

    static let shared: Result<DateNames, FrenchDataError> = Result { () throws(FrenchDataError) -> DateNames in try load() }
}

/// A date over the tokens of a short text (see `DateText`): each step reads at the current
/// position and moves on only when it matches.
struct DateTokenReader {
    let tokens: [DateToken]
    let names: DateNames
    var index = 0

    init(tokens: [DateToken], names: DateNames) {
        self.tokens = tokens
        self.names = names
    }

    private var atEnd: Bool { index >= tokens.count }
    private var current: DateToken? { index < tokens.count ? tokens[index] : nil }

    /// The whole text as a date: prefix, weekday, then a date with an optional time and zone.
    mutating func date() -> ArticleDate? {
        let starts = [prefixEnd(), 0].reduce(into: [Int]()) { if !$0.contains($1) { $0.append($1) } }
        for start in starts {
            for skipsWeekday in [true, false] {
                index = start
                if skipsWeekday {
                    guard weekday() else { continue }
                }
                if let date = dateAndTime(), atEnd { return date }
            }
        }
        return nil
    }

    /// End of the longest date prefix (`publié le`) at the start, 0 when none.
    private func prefixEnd() -> Int {
        var best = 0
        for prefix in names.prefixes where prefix.count > best && prefix.count < tokens.count {
            if zip(prefix, tokens).allSatisfy({ $0 == $1.word }) { best = prefix.count }
        }
        return best
    }

    /// `jeudi`, `jeu.`, `Fri,`.
    private mutating func weekday() -> Bool {
        guard let word = current?.word, names.weekdays.contains(word) else { return false }
        index += 1
        skipAdjacent(".")
        skip(",")
        return true
    }

    /// The date forms, tried in this order.
    private enum Form: CaseIterable {
        case iso, dayFirstNumbers, dayMonthYear, monthDayYear, asctime, monthYear, yearAlone
    }

    private mutating func dateAndTime() -> ArticleDate? {
        let saved = index
        for form in Form.allCases {
            index = saved
            let date: ArticleDate?
            switch form {
            case .iso: date = iso()
            case .dayFirstNumbers: date = dayFirstNumbers()
            case .dayMonthYear: date = dayMonthYear()
            case .monthDayYear: date = monthDayYear()
            case .asctime: date = asctime()
            case .monthYear: date = monthYear()
            case .yearAlone: date = yearAlone()
            }
            if let date, atEnd { return date }
        }
        return nil
    }

    // MARK: date forms

    /// `2024-03-15`, `2024-03`, `2024/03/15`, `20240315`, with `T08:00:00Z` or ` 08:00` after a day.
    private mutating func iso() -> ArticleDate? {
        guard let first = current?.number else { return nil }
        if first.count == 8, let value = Int(first) {
            index += 1
            return withTime(year: value / 10000, month: value / 100 % 100, day: value % 100, compact: true)
        }
        guard first.count == 4, let year = Int(first) else { return nil }
        index += 1
        // `2003-012-31`: a month of three digits, the first 0 (Google's feeds, as feedparser reads them).
        guard let separator = current?.symbol, separator == "-" || separator == "/",
              let monthDigits = adjacentDigits(after: separator),
              monthDigits.count <= 2 || (monthDigits.count == 3 && monthDigits.hasPrefix("0")),
              let month = Int(monthDigits) else { return nil }
        guard let day = adjacentNumber(after: separator, maxDigits: 2) else {
            return ArticleDate(year: year, month: month)
        }
        return withTime(year: year, month: month, day: day, compact: false)
    }

    /// `15.03.2024`, `15/03/2024`, `7-12-2018`, `15/03/24`: day first, the same separator twice.
    private mutating func dayFirstNumbers() -> ArticleDate? {
        guard let first = current?.number, first.count <= 2, let day = Int(first) else { return nil }
        index += 1
        guard let separator = current?.symbol, separator == "." || separator == "/" || separator == "-",
              let month = adjacentNumber(after: separator, maxDigits: 2) else { return nil }
        guard let digits = adjacentDigits(after: separator), let year = Self.year(digits) else { return nil }
        return withTime(year: year, month: month, day: day, compact: false)
    }

    /// `15 mars 2024`, `1er mars 2024`, `15 Mar 24 08:00 GMT`, `5 déc. 2018`, `15th March, 2024`.
    private mutating func dayMonthYear() -> ArticleDate? {
        guard let day = dayNumber(), let month = monthWord() else { return nil }
        skip(",")
        guard let digits = current?.number, let year = Self.year(digits) else { return nil }
        index += 1
        return withTime(year: year, month: month, day: day, compact: false)
    }

    /// `March 15, 2024`, `Mar 15 2024 08:00`.
    private mutating func monthDayYear() -> ArticleDate? {
        guard let month = monthWord(), let day = dayNumber() else { return nil }
        skip(",")
        guard let digits = current?.number, let year = Self.year(digits) else { return nil }
        index += 1
        return withTime(year: year, month: month, day: day, compact: false)
    }

    /// `Mar 15 08:00:00 2024`, `Mar 15 08:00:00 PST 2024` (asctime, weekday read before).
    private mutating func asctime() -> ArticleDate? {
        guard let month = monthWord(), let day = dayNumber(), let time = clock() else { return nil }
        let offset = zone()
        guard let digits = current?.number, digits.count == 4, let year = Int(digits) else { return nil }
        index += 1
        return ArticleDate(year: year, month: month, day: day, time: time, offset: offset)
    }

    /// `mars 2019`, `March 2024`.
    private mutating func monthYear() -> ArticleDate? {
        guard let month = monthWord(), let digits = current?.number, digits.count == 4, let year = Int(digits) else { return nil }
        index += 1
        return ArticleDate(year: year, month: month)
    }

    /// `2024` (W3CDTF's year).
    private mutating func yearAlone() -> ArticleDate? {
        guard tokens.count - index == 1, let digits = current?.number, digits.count == 4, let year = Int(digits) else { return nil }
        index += 1
        return ArticleDate(year: year)
    }

    // MARK: time and zone

    /// The day, then an optional time (after `T`, `à`, `at`, `,`, `-`, `|`) and zone.
    private mutating func withTime(year: Int, month: Int, day: Int, compact: Bool) -> ArticleDate? {
        let dayEnd = index
        if !atEnd {
            if let word = current?.word, word == "t", tokens[index].start == tokens[index - 1].end {
                index += 1
                if compact, let time = compactClock() {
                    return ArticleDate(year: year, month: month, day: day, time: time, offset: zone())
                }
            } else if let word = current?.word, word == "a" || word == "at" {
                index += 1
            } else if let symbol = current?.symbol, ",-|".unicodeScalars.contains(symbol) {
                index += 1
            }
            if let time = clock() {
                return ArticleDate(year: year, month: month, day: day, time: time, offset: zone())
            }
            index = dayEnd
        }
        return ArticleDate(year: year, month: month, day: day)
    }

    /// `08:00`, `08:00:00`, `08:00:00.123`, `8h`, `08h00`, `8:00 pm`, `8 pm`.
    private mutating func clock() -> TimeOfDay? {
        let saved = index
        guard let hourDigits = current?.number, hourDigits.count <= 2, var hour = Int(hourDigits) else { return nil }
        index += 1
        var minute = 0, second = 0
        if current?.symbol == ":" || current?.word == "h" {
            let isColon = current?.symbol == ":"
            index += 1
            if let digits = current?.number, digits.count == 2, let value = Int(digits) {
                minute = value
                index += 1
                if isColon, current?.symbol == ":", let digits = peekNumber(1), digits.count == 2, let value = Int(digits) {
                    second = value
                    index += 2
                    if let mark = current?.symbol, mark == "." || mark == ",", let fraction = peekNumber(1),
                       tokens[index + 1].start == tokens[index].end, !fraction.isEmpty {
                        index += 2
                    }
                }
            } else if isColon {
                index = saved
                return nil
            }
        } else if !(current?.word == "am" || current?.word == "pm") {
            index = saved
            return nil
        }
        if let word = current?.word, word == "am" || word == "pm" {
            guard (1...12).contains(hour) else { index = saved; return nil }
            hour = hour % 12 + (word == "pm" ? 12 : 0)
            index += 1
        }
        guard let time = TimeOfDay(hour: hour, minute: minute, second: second) else { index = saved; return nil }
        return time
    }

    /// `080000`, `0800` after the `T` of a compact date.
    private mutating func compactClock() -> TimeOfDay? {
        guard let digits = current?.number, digits.count == 4 || digits.count == 6, let value = Int(digits) else { return nil }
        let time = digits.count == 4 ? TimeOfDay(hour: value / 100, minute: value % 100)
                                     : TimeOfDay(hour: value / 10000, minute: value / 100 % 100, second: value % 100)
        if time != nil { index += 1 }
        return time
    }

    /// `Z`, `+01:00`, `+0100`, `-05`, `GMT`, `CET`, `GMT+1`, `UTC-05:00`, `Etc/GMT`, `+0000 (UTC)`.
    /// A word of 2 to 5 letters that is no zone name is read as an unknown zone (no offset).
    private mutating func zone() -> UTCOffset? {
        guard !atEnd else { return nil }
        var offset: UTCOffset?
        if let word = current?.word, word == "etc", peekSymbol(1) == "/" { index += 2 }
        if let word = current?.word, names.zones[word] != nil || (2...5).contains(word.count) {
            index += 1
            offset = names.zones[word]
            if let signed = signedOffset() {
                offset = UTCOffset(seconds: (offset?.seconds ?? 0) + signed.seconds)
            }
        } else if let signed = signedOffset() {
            offset = signed
        }
        if current?.symbol == "(", let word = peekWord(1), names.zones[word] != nil, peekSymbol(2) == ")" {
            if offset == nil { offset = names.zones[word] }
            index += 3
        }
        return offset
    }

    /// `+01:00`, `+0100`, `+01`, `-5`.
    private mutating func signedOffset() -> UTCOffset? {
        guard let sign = current?.symbol, sign == "+" || sign == "-" || sign == "−", let digits = peekNumber(1) else { return nil }
        let west = sign != "+"
        var offset: UTCOffset?
        var used = 2
        switch digits.count {
        case 1, 2:
            guard let hours = Int(digits) else { return nil }
            var minutes = 0
            if peekSymbol(2) == ":", let minuteDigits = peekNumber(3), minuteDigits.count == 2, let value = Int(minuteDigits) {
                minutes = value
                used = 4
            }
            offset = UTCOffset(west: west, hours: hours, minutes: minutes)
        case 4:
            guard let value = Int(digits) else { return nil }
            offset = UTCOffset(west: west, hours: value / 100, minutes: value % 100)
        default:
            return nil
        }
        if offset != nil { index += used }
        return offset
    }

    // MARK: pieces

    /// `15`, `1er`, `15th`, `15.` before a month word.
    private mutating func dayNumber() -> Int? {
        guard let digits = current?.number, digits.count <= 2, let day = Int(digits) else { return nil }
        index += 1
        if let word = current?.word, ["er", "st", "nd", "rd", "th"].contains(word), tokens[index].start == tokens[index - 1].end {
            index += 1
        }
        return day
    }

    /// `mars`, `févr.`, `Mar`, `March`.
    private mutating func monthWord() -> Int? {
        guard let word = current?.word, let month = names.months[word] else { return nil }
        index += 1
        skipAdjacent(".")
        return month
    }

    /// The number after `separator` when both touch the token before (`2024-03`), moving past it.
    private mutating func adjacentNumber(after separator: Unicode.Scalar, maxDigits: Int) -> Int? {
        let saved = index
        guard let digits = adjacentDigits(after: separator), digits.count <= maxDigits, let value = Int(digits) else {
            index = saved
            return nil
        }
        return value
    }

    /// The digits after `separator` when both touch the token before, moving past them.
    private mutating func adjacentDigits(after separator: Unicode.Scalar) -> String? {
        guard index > 0, index + 1 < tokens.count, tokens[index].symbol == separator,
              tokens[index].start == tokens[index - 1].end, tokens[index + 1].start == tokens[index].end,
              let digits = tokens[index + 1].number else { return nil }
        index += 2
        return digits
    }

    /// A four-digit year, or a two-digit one as feedparser reads it (`90`-`99` are 1990-1999, the
    /// others 2000-2089).
    private static func year(_ digits: String) -> Int? {
        guard let value = Int(digits) else { return nil }
        switch digits.count {
        case 4: return value
        case 2: return value + (value < 90 ? 2000 : 1900)
        default: return nil
        }
    }

    private mutating func skip(_ symbol: Unicode.Scalar) {
        if current?.symbol == symbol { index += 1 }
    }

    private mutating func skipAdjacent(_ symbol: Unicode.Scalar) {
        if current?.symbol == symbol, tokens[index].start == tokens[index - 1].end { index += 1 }
    }

    private func peekNumber(_ ahead: Int) -> String? { index + ahead < tokens.count ? tokens[index + ahead].number : nil }
    private func peekSymbol(_ ahead: Int) -> Unicode.Scalar? { index + ahead < tokens.count ? tokens[index + ahead].symbol : nil }
    private func peekWord(_ ahead: Int) -> String? { index + ahead < tokens.count ? tokens[index + ahead].word : nil }
}
