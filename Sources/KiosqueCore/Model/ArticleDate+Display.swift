import Foundation

/// The language dates are written in for a reader.
public enum DateWording: Sendable {
    /// `15 mars 2024, 08:00`, `1er mars 2024`, `mars 2024`.
    case french
    /// `15 Mar 2024, 08:00`, `Mar 2024`.
    case english

    /// Month names as Foundation's locale data gives them (no word list to keep), made once: a
    /// `DateFormatter` a call was a sixth of a reader frame (the details panel shows the date).
    fileprivate var monthNames: [String] {
        switch self {
        case .french: return Self.frenchMonths
        case .english: return Self.englishMonths
        }
    }

    private static let frenchMonths: [String] = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "fr_FR")
        return formatter.monthSymbols.map { $0.lowercased() }
    }()

    private static let englishMonths: [String] = {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        return formatter.shortMonthSymbols
    }()
}

extension ArticleDate {
    /// The same moment on the clock of `timeZone` when the date has a time and an offset (the
    /// day may change); otherwise the date as given (a time without zone stays as written).
    public func inTimeZone(_ timeZone: TimeZone) -> ArticleDate {
        guard let seconds = secondsFromEpoch, offset != nil else { return self }
        let shift = timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: TimeInterval(seconds)))
        guard let localOffset = UTCOffset(seconds: shift - shift % 60) else { return self }
        let local = seconds + localOffset.seconds
        let days = local >= 0 ? local / 86_400 : -((-local + 86_399) / 86_400)
        let civil = Self.civil(daysFromEpoch: days)
        let second = local - days * 86_400
        guard let time = TimeOfDay(hour: second / 3600, minute: second / 60 % 60, second: second % 60),
              let date = ArticleDate(year: civil.year, month: civil.month, day: civil.day, time: time, offset: localOffset)
        else { return self }
        return date
    }

    /// As a reader writes it, on the clock of `timeZone`: `15 mars 2024, 08:00`, `15 Mar 2024,
    /// 08:00`, `1er mars 2024`, `mars 2024`, `2024` (seconds and zone left out).
    public func displayed(_ wording: DateWording, timeZone: TimeZone = .current) -> String {
        let date = inTimeZone(timeZone)
        guard let month = date.month else { return String(date.year) }
        let names = wording.monthNames
        let monthName = names.count == 12 ? names[month - 1] : ArticleDate.twoDigits(month)
        guard let day = date.day else { return "\(monthName) \(date.year)" }
        let dayText = wording == .french && day == 1 ? "1er" : String(day)
        var text = "\(dayText) \(monthName) \(date.year)"
        if let time = date.time { text += ", " + ArticleDate.twoDigits(time.hour) + ":" + ArticleDate.twoDigits(time.minute) }
        return text
    }

    /// As a one-line summary shows it, on the clock of `timeZone`: the day in ISO form and the
    /// time when known (`2024-03-15 08:00`, `2024-03-15`, `2024-03`).
    public func compact(timeZone: TimeZone = .current) -> String {
        let date = inTimeZone(timeZone)
        guard let time = date.time else { return date.iso8601 }
        return date.dayOnly.iso8601 + " " + ArticleDate.twoDigits(time.hour) + ":" + ArticleDate.twoDigits(time.minute)
    }

    /// The day as a short column shows it (`2024-03-15`, `2024-03`), on the clock of `timeZone`.
    public func shortDay(timeZone: TimeZone = .current) -> String {
        inTimeZone(timeZone).dayOnly.iso8601
    }
}
