/// A calendar date as precise as the text gives it: a year, a month of a year, or a day; a day
/// may carry a time of day, and a time a UTC offset (`2024-03-15T08:00:00+01:00`).
///
/// Order: by instant where both have a time (a time without offset is taken as UTC); a date
/// without time is compared at the start of its day, before any time of that UTC day; `2024` comes
/// before `2024-01`, which comes before `2024-01-01`. Two values are equal only when every part is
/// (`08:00+01:00` and `07:00Z` are the same instant, not equal: the later one of the two is the
/// one with the smaller offset), so the order is total and agrees with `==` and the hash.
public struct ArticleDate: Hashable, Comparable, Sendable, CustomStringConvertible {
    public let year: Int
    public let month: Int?
    public let day: Int?
    /// The time of day as the text gives it (local to `offset` when there is one); only with a day.
    public let time: TimeOfDay?
    /// The offset of `time` from UTC; only with a time. Nil: the text gave no zone.
    public let offset: UTCOffset?

    /// Returns nil for impossible dates (month 13, 31 April, 29 February of a common year), a time
    /// without a day or an offset without a time.
    public init?(year: Int, month: Int? = nil, day: Int? = nil, time: TimeOfDay? = nil, offset: UTCOffset? = nil) {
        guard (1000...9999).contains(year) else { return nil }
        if let month { guard (1...12).contains(month) else { return nil } }
        if let day {
            guard let month else { return nil }
            guard day >= 1, day <= ArticleDate.daysIn(month: month, year: year) else { return nil }
        }
        if time != nil, day == nil { return nil }
        if offset != nil, time == nil { return nil }
        self.year = year
        self.month = month
        self.day = day
        self.time = time
        self.offset = offset
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// The same date without its time and offset.
    public var dayOnly: ArticleDate {
        guard time != nil else { return self }
        return ArticleDate(uncheckedYear: year, month: month, day: day)
    }

    private init(uncheckedYear year: Int, month: Int?, day: Int?) {
        self.year = year
        self.month = month
        self.day = day
        self.time = nil
        self.offset = nil
    }

    /// ISO 8601, as precise as known: `2024`, `2024-03`, `2024-02-29`, `2024-03-15T08:00:00`
    /// (no zone given), `2024-03-15T08:00:00+01:00`, `2024-03-15T07:00:00Z`.
    public var iso8601: String {
        // Digits written by hand: `String(format:)` went through Foundation's formatter, a
        // tenth of a list frame (every row shows a date).
        var s = year < 1000 ? String(repeating: "0", count: 4 - String(year).count) + String(year) : String(year)
        if let month { s += "-" + Self.twoDigits(month) }
        if let day { s += "-" + Self.twoDigits(day) }
        if let time { s += "T" + Self.twoDigits(time.hour) + ":" + Self.twoDigits(time.minute) + ":" + Self.twoDigits(time.second) }
        if let offset { s += offset.iso8601 }
        return s
    }

    /// `7` as `07`, `12` as `12` (values 0...99).
    static func twoDigits(_ value: Int) -> String {
        value < 10 && value >= 0 ? "0" + String(value) : String(value)
    }

    public var description: String { iso8601 }

    /// Days from 1970-01-01 to this day (proleptic Gregorian), for a date with a day.
    static func daysFromEpoch(year: Int, month: Int, day: Int) -> Int {
        // Howard Hinnant's days_from_civil.
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yoe = y - era * 400
        let mp = (month + 9) % 12
        let doy = (153 * mp + 2) / 5 + day - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146097 + doe - 719468
    }

    /// The civil day of a count of days from 1970-01-01 (inverse of `daysFromEpoch`).
    static func civil(daysFromEpoch days: Int) -> (year: Int, month: Int, day: Int) {
        let z = days + 719468
        let era = (z >= 0 ? z : z - 146096) / 146097
        let doe = z - era * 146097
        let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let day = doy - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yoe + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    /// Seconds from 1970-01-01T00:00:00Z, for a date with a time (a time without offset taken as UTC).
    public var secondsFromEpoch: Int? {
        guard let month, let day, let time else { return nil }
        return Self.daysFromEpoch(year: year, month: month, day: day) * 86_400 + time.secondsOfDay - (offset?.seconds ?? 0)
    }

    /// The key that orders dates (see the type's comment): the UTC day (the date's own day without
    /// time), then 0 without a time or 1 + the UTC second of the day, then the offset.
    private var sortKey: (Int, Int, Int, Int, Int) {
        guard let seconds = secondsFromEpoch else { return (year, month ?? 0, day ?? 0, 0, Int.min) }
        let days = seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
        let utc = Self.civil(daysFromEpoch: days)
        return (utc.year, utc.month, utc.day, 1 + seconds - days * 86_400, offset.map { -$0.seconds } ?? Int.min + 1)
    }

    public static func < (a: ArticleDate, b: ArticleDate) -> Bool {
        a.sortKey < b.sortKey
    }

    // The packed form: `sortKey` as one positive integer, so that stored dates compare as the
    // dates do: ((UTC day as yyyymmdd) * 86401 + (0, or 1 + UTC second of the day)) * 2881
    // + (0 without offset, else 1441 - offset in minutes).
    private static let secondKeys = 86_401
    private static let offsetKeys = 2_881

    /// One positive integer per date, ordered as the dates are (the index stores it).
    public var packed: Int64 {
        let key = sortKey
        let dayNumber = Int64(key.0 * 10_000 + key.1 * 100 + key.2)
        let offsetKey = offset.map { 1_441 - $0.seconds / 60 } ?? 0
        return (dayNumber * Int64(Self.secondKeys) + Int64(key.3)) * Int64(Self.offsetKeys) + Int64(offsetKey)
    }

    /// The date `packed` stands for; nil for 0, a negative value or one no date packs to.
    public init?(packed: Int64) {
        guard packed > 0 else { return nil }
        let offsetKey = Int(packed % Int64(Self.offsetKeys))
        let rest = packed / Int64(Self.offsetKeys)
        let secondKey = Int(rest % Int64(Self.secondKeys))
        let dayNumber = Int(rest / Int64(Self.secondKeys))
        let year = dayNumber / 10_000, month = dayNumber / 100 % 100, day = dayNumber % 100
        guard secondKey > 0 else {
            guard offsetKey == 0 else { return nil }
            self.init(year: year, month: month == 0 ? nil : month, day: day == 0 ? nil : day)
            return
        }
        // The UTC day may fall outside the years a date holds (`1000-01-01T00:30:00+01:00`).
        guard (1...12).contains(month), day >= 1, day <= Self.daysIn(month: month, year: year) else { return nil }
        var offset: UTCOffset?
        if offsetKey > 0 {
            guard let parsed = UTCOffset(seconds: (1_441 - offsetKey) * 60) else { return nil }
            offset = parsed
        }
        let local = Self.daysFromEpoch(year: year, month: month, day: day) * 86_400 + secondKey - 1 + (offset?.seconds ?? 0)
        let days = local >= 0 ? local / 86_400 : -((-local + 86_399) / 86_400)
        let civil = Self.civil(daysFromEpoch: days)
        let second = local - days * 86_400
        guard let time = TimeOfDay(hour: second / 3600, minute: second / 60 % 60, second: second % 60) else { return nil }
        self.init(year: civil.year, month: civil.month, day: civil.day, time: time, offset: offset)
    }
}

/// A time of day: hours 0-23, minutes and seconds 0-59 (a leap second 60 is read as 59).
public struct TimeOfDay: Hashable, Sendable {
    public let hour: Int
    public let minute: Int
    public let second: Int

    public init?(hour: Int, minute: Int = 0, second: Int = 0) {
        guard (0...23).contains(hour), (0...59).contains(minute), (0...60).contains(second) else { return nil }
        self.hour = hour
        self.minute = minute
        self.second = min(second, 59)
    }

    public var secondsOfDay: Int { hour * 3600 + minute * 60 + second }
}

/// An offset from UTC in seconds, east positive (`+01:00` is 3600): whole minutes, at most 23:59
/// either way.
public struct UTCOffset: Hashable, Sendable {
    public let seconds: Int

    public init?(seconds: Int) {
        guard abs(seconds) < 86_400, seconds % 60 == 0 else { return nil }
        self.seconds = seconds
    }

    /// `-05:30` is `UTCOffset(west: true, hours: 5, minutes: 30)`.
    public init?(west: Bool = false, hours: Int, minutes: Int = 0) {
        guard (0...23).contains(hours), (0...59).contains(minutes) else { return nil }
        self.init(seconds: (west ? -1 : 1) * (hours * 3600 + minutes * 60))
    }

    public static let utc = UTCOffset(uncheckedSeconds: 0)

    private init(uncheckedSeconds seconds: Int) { self.seconds = seconds }

    /// `Z` for UTC, else `+01:00`, `-05:30`.
    public var iso8601: String {
        if seconds == 0 { return "Z" }
        let minutes = abs(seconds) / 60
        return (seconds < 0 ? "-" : "+") + String(format: "%02d:%02d", minutes / 60, minutes % 60)
    }
}
