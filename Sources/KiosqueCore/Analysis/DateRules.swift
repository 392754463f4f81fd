/// DATE per GUIDELINES: weekdays, `28 février 2024`, `février 2024`, `mars`, years, ranges of years
/// (`2028-2035`) and days (`5 au 9 février`); never clock times, durations, ages or amounts.
extension RecognitionPass {
    mutating func findDates() {
        var i = 0
        while i < tokens.count {
            // Only a number, a weekday or a month opens a date: most words are passed at once.
            if tokens[i].kind != .number && categories[i].isDisjoint(with: Self.dateOpeners) {
                i += 1
                continue
            }
            // A calendar word inside a listed name (`Journal du dimanche`) is that name's.
            if tokens[i].kind == .word && isInsideListedName(i) {
                i += 1
            } else if let month = midMonth(at: i) {
                // `mi-novembre`: the month, without the prefix (`début février` -> `février`).
                taken[i] = true
                found.append(Found(kind: .date, start: i, end: i + 1, canonical: nil, part: month))
                i += 1
            } else if let end = dateEnd(at: i) {
                claim(.date, i, end)
                i = end
            } else {
                i += 1
            }
        }
    }

    /// The categories of a word that may open a date (a number may too).
    static let dateOpeners: LexiconCategory = [.month, .weekday, .englishMonth]

    /// True when an organisation or a place of the lists that starts up to three words before
    /// `i` holds it (`le Journal du dimanche`): the calendar word is part of that name.
    func isInsideListedName(_ i: Int) -> Bool {
        for j in max(0, i - 3)..<i where isCapitalWord(j) {
            if let name = match(from: j, wanted: [.anyOrganization, .anyLocation]), name.end > i { return true }
        }
        return false
    }

    /// `January 7, 2019`: an English month, a day, a comma and a year, as embedded posts date
    /// themselves. The month alone is no date (`May`, `March` are also names and verbs).
    func englishDateEnd(at i: Int) -> Int? {
        guard has(i, .englishMonth), tokens[i].isCapitalized, isDay(i + 1), i + 3 < tokens.count,
              tokens[i + 2].text == ",", isYear(i + 3) else { return nil }
        return i + 4
    }

    /// The end of a date expression starting at token `i`, if one starts there.
    func dateEnd(at i: Int) -> Int? {
        if let end = englishDateEnd(at: i) { return end }
        if has(i, .weekday) {
            if let end = dayMonthEnd(at: i + 1) { return end }
            return i + 1
        }
        if let end = dayMonthEnd(at: i) ?? numericDateEnd(at: i) { return end }
        if isMonth(i) {
            // A capitalised month mid-sentence is more often a name (`Mars`, `Mai`).
            if tokens[i].isCapitalized && !sentenceStart[i] && !tokens[i].isAllCaps { return nil }
            return isYear(i + 1, since: Self.earliestYearAfterMonth) ? i + 2 : i + 1
        }
        if isYear(i) {
            if ["-", "–"].contains(tokens.indices.contains(i + 1) ? tokens[i + 1].text : ""), isYear(i + 2),
               tokens[i + 1].range.start == tokens[i].range.end {
                return i + 3
            }
            return i + 1
        }
        return nil
    }

    /// `28 février [2024]`, `1er mars`, `5 au 9 février [2024]`, `5-9 février`.
    func dayMonthEnd(at i: Int) -> Int? {
        guard isDay(i) else { return nil }
        var j = i + 1
        if ["au", "-", "–", "et"].contains(folded(j)), isDay(j + 1) { j += 2 }
        guard isMonth(j) else { return nil }
        return isYear(j + 1, since: Self.earliestYearAfterMonth) ? j + 2 : j + 1
    }

    /// After a month, a four-digit number is its year from this one on (`12 mai 1588`, `juillet
    /// 1789`); alone, a number is a year only from 1800 (`isYear`), lest counts be years.
    static let earliestYearAfterMonth = 1000

    /// The month of `mi-novembre`, one word with its prefix: its code points in the text.
    func midMonth(at i: Int) -> TextRange? {
        // The month lists hold `mi-` words (`Gazetteers.calendarLists`): a bit test at most tokens.
        let prefix = Gazetteers.midMonthPrefix
        guard has(i, .month), tokens[i].kind == .word, tokens[i].folded.hasPrefix(prefix) else { return nil }
        return TextRange(tokens[i].range.start + prefix.unicodeScalars.count, tokens[i].range.end)
    }

    /// `17/11/2018`, `1/12/18`: a day, a month's number and a year, joined by slashes with no
    /// space (a score `2/3` or a fraction has no third part).
    func numericDateEnd(at i: Int) -> Int? {
        guard tokens[i].kind == .number, i + 4 < tokens.count, tokens[i + 1].kind == .punctuation, tokens[i + 1].text == "/",
              isDay(i) else { return nil }
        for k in i + 1...i + 4 where tokens[k].range.start != tokens[k - 1].range.end { return nil }
        guard tokens[i + 3].text == "/", tokens[i + 2].kind == .number,
              let month = Int(tokens[i + 2].text), (1...12).contains(month), tokens[i + 4].kind == .number else { return nil }
        let year = tokens[i + 4].text.unicodeScalars.count
        guard year == 2 || (year == 4 && Int(tokens[i + 4].text).map { (1800...2100).contains($0) } == true) else { return nil }
        // Glued on after the year (`17/11/2018/12`), it is no date.
        if i + 5 < tokens.count, tokens[i + 5].range.start == tokens[i + 4].range.end,
           tokens[i + 5].kind == .number || tokens[i + 5].text == "/" { return nil }
        return i + 5
    }

    func isMonth(_ i: Int) -> Bool { has(i, .month) && tokens[i].kind == .word }

    func isDay(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .number else { return false }
        if tokens[i].folded == "1er" { return true }
        guard let value = Int(tokens[i].text) else { return false }
        return (1...31).contains(value)
    }

    /// A plain four-digit number from 1800 (or `earliest`) to 2100 that is not an amount.
    func isYear(_ i: Int, since earliest: Int = 1800) -> Bool {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].text.unicodeScalars.count == 4,
              let value = Int(tokens[i].text), (earliest...2100).contains(value) else { return false }
        // `près de 2000 interpellations`, `environ 2000 à Paris`: a count (`count-cues.txt`).
        for k in max(0, i - 2)..<i where match(from: k, wanted: .countCue)?.end == i { return false }
        let next = i + 1
        guard next < tokens.count else { return true }
        if has(next, .numberUnit) || tokens[next].text == "%" || tokens[next].text == "€" { return false }
        // `Mirage 2000D`, `2000N`: letters glued to the number make a model's name.
        if tokens[next].kind == .word, tokens[next].range.start == tokens[i].range.end { return false }
        // `Mirage 2000-5`: a short number glued after a hyphen is a variant, not a range of years.
        if ["-", "–"].contains(tokens[next].text), tokens[next].range.start == tokens[i].range.end, next + 1 < tokens.count,
           tokens[next + 1].kind == .number, tokens[next + 1].range.start == tokens[next].range.end,
           tokens[next + 1].text.unicodeScalars.count < 4 {
            return false
        }
        // `2000 manifestants`: a plural common noun right after is a count.
        if tokens[next].isLowercaseWord, !has(next, .functionWord), !has(next, .month),
           let last = tokens[next].folded.last, last == "s" || last == "x",
           tokens[next].folded.unicodeScalars.count > 3 {
            return false
        }
        return true
    }
}
