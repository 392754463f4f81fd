/// DATE per GUIDELINES: weekdays, `28 février 2024`, `février 2024`, `mars`, years, ranges of years
/// (`2028-2035`) and days (`5 au 9 février`); never clock times, durations, ages or amounts.
extension RecognitionPass {
    mutating func findDates() {
        var i = 0
        while i < tokens.count {
            if let end = dateEnd(at: i) {
                claim(.date, i, end)
                i = end
            } else {
                i += 1
            }
        }
    }

    /// The end of a date expression starting at token `i`, if one starts there.
    func dateEnd(at i: Int) -> Int? {
        if has(i, .weekday) {
            if let end = dayMonthEnd(at: i + 1) { return end }
            return i + 1
        }
        if let end = dayMonthEnd(at: i) { return end }
        if isMonth(i) {
            // A capitalised month mid-sentence is more often a name (`Mars`, `Mai`).
            if tokens[i].isCapitalized && !sentenceStart[i] && !tokens[i].isAllCaps { return nil }
            return isYear(i + 1) ? i + 2 : i + 1
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
        return isYear(j + 1) ? j + 2 : j + 1
    }

    func isMonth(_ i: Int) -> Bool { has(i, .month) && tokens[i].kind == .word }

    func isDay(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .number else { return false }
        if tokens[i].folded == "1er" { return true }
        guard let value = Int(tokens[i].text) else { return false }
        return (1...31).contains(value)
    }

    /// A plain four-digit number from 1800 to 2100 that is not an amount.
    func isYear(_ i: Int) -> Bool {
        guard i < tokens.count, tokens[i].kind == .number, tokens[i].text.unicodeScalars.count == 4,
              let value = Int(tokens[i].text), (1800...2100).contains(value) else { return false }
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
