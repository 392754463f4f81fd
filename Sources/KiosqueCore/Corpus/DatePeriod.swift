import Foundation

/// A period of days that narrows a list (`p` in the reader, `kiosque list --period/--since/--until`):
/// the last N days up to today (`1` is today, `7` the last 7 days), or a range of dates with an
/// open end or not (`2019-01-01..2019-02-15`, `1/1/2019..`, `..mars 2019`). Relative periods stay
/// relative: kept in a view, `7` means the 7 days before the day it is used.
///
/// An article is in the period when its date's whole span is: a day in it, a month (`mars 2019`)
/// only when every day of the month is; undated articles never are. The article's own day counts
/// (its calendar as written, not UTC).
public enum DatePeriod: Hashable, Sendable, CustomStringConvertible {
    /// The last `days` days, today included (at least 1).
    case lastDays(Int)
    /// From the first day of `from`'s span to the last day of `to`'s (nil: open).
    case range(from: ArticleDate?, to: ArticleDate?)

    /// The longest relative period: numbers of four digits are years (`2024`).
    public static let maxDays = 999

    /// Reads a period as typed: a whole number of days (up to 999; `2024` is a year), or `FROM..TO` (either side may be
    /// empty), or one date (its span: a day, a month, a year). Dates in any form `DateText`
    /// reads (`2019-01-01`, `1/1/2019`, `1er janvier 2019`).
    public init(parsing text: String) throws(DatePeriodError) {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw .empty }
        if trimmed.count <= 3, let days = Int(trimmed) {
            guard days >= 1, days <= Self.maxDays else { throw .days(trimmed) }
            self = .lastDays(days)
            return
        }
        if let dots = trimmed.range(of: "..") {
            let left = trimmed[..<dots.lowerBound].trimmingCharacters(in: .whitespaces)
            let right = trimmed[dots.upperBound...].trimmingCharacters(in: .whitespaces)
            guard !(left.isEmpty && right.isEmpty) else { throw .empty }
            let from = try left.isEmpty ? nil : Self.date(left)
            let to = try right.isEmpty ? nil : Self.date(right)
            try self.init(from: from, to: to)
            return
        }
        let date = try Self.date(trimmed)
        self = .range(from: date, to: date)
    }

    /// A range; the end before the start is refused.
    public init(from: ArticleDate?, to: ArticleDate?) throws(DatePeriodError) {
        if let from, let to, Self.span(of: from).first > Self.span(of: to).last {
            throw .reversed(from: from.iso8601, to: to.iso8601)
        }
        self = .range(from: from, to: to)
    }

    private static func date(_ text: String) throws(DatePeriodError) -> ArticleDate {
        guard let date = DateText.parse(text) else { throw .date(text) }
        return date.dayOnly
    }

    /// The form `init(parsing:)` reads back: `7`, `2019-01-01..2019-02-15`, `2019-03..`.
    public var description: String {
        switch self {
        case .lastDays(let days): return String(days)
        case .range(let from, let to):
            if let from, let to, from == to { return from.iso8601 }
            return (from?.iso8601 ?? "") + ".." + (to?.iso8601 ?? "")
        }
    }

    /// The first and last days (days from 1970-01-01, inclusive; nil: open) on `today`.
    public func days(today: Int) -> (first: Int?, last: Int?) {
        switch self {
        case .lastDays(let days): return (today - max(1, days) + 1, today)
        case .range(let from, let to): return (from.map { Self.span(of: $0).first }, to.map { Self.span(of: $0).last })
        }
    }

    /// True when the date's whole span is in the period on `today`; false without a date.
    public func contains(_ date: ArticleDate?, today: Int) -> Bool {
        guard let date else { return false }
        let span = Self.span(of: date)
        let (first, last) = days(today: today)
        return (first.map { span.first >= $0 } ?? true) && (last.map { span.last <= $0 } ?? true)
    }

    /// The first and last days a date covers: its day, every day of its month, of its year.
    public static func span(of date: ArticleDate) -> (first: Int, last: Int) {
        let firstMonth = date.month ?? 1, lastMonth = date.month ?? 12
        let first = ArticleDate.daysFromEpoch(year: date.year, month: firstMonth, day: date.day ?? 1)
        let last = ArticleDate.daysFromEpoch(year: date.year, month: lastMonth,
                                             day: date.day ?? ArticleDate.daysIn(month: lastMonth, year: date.year))
        return (first, last)
    }

    /// Today as days from 1970-01-01 on the user's calendar (local time zone).
    public static func today(_ now: Date = Date(), timeZone: TimeZone = .current) -> Int {
        let seconds = Int(now.timeIntervalSince1970.rounded(.down)) + timeZone.secondsFromGMT(for: now)
        return seconds >= 0 ? seconds / 86_400 : -((-seconds + 86_399) / 86_400)
    }

    /// The day `days` from 1970-01-01 as a date (`2019-01-01`).
    public static func date(days: Int) -> ArticleDate? {
        let civil = ArticleDate.civil(daysFromEpoch: days)
        return ArticleDate(year: civil.year, month: civil.month, day: civil.day)
    }
}

/// Why a typed period cannot be read; `description` says what to type instead.
public enum DatePeriodError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    /// A number of days out of 1...999.
    case days(String)
    /// A side no date form reads.
    case date(String)
    /// The end before the start.
    case reversed(from: String, to: String)

    public var description: String {
        switch self {
        case .empty: return "no period given: type a number of days (1 = today, 7 = the last 7 days) or dates FROM..TO (2019-01-01..2019-02-15)"
        case .days(let text): return "\(text) days: give a number from 1 to \(DatePeriod.maxDays)"
        case .date(let text): return "\"\(text)\" is not a date: write 2019-01-31, 31/1/2019 or 31 janvier 2019"
        case .reversed(let from, let to): return "the period ends (\(to)) before it starts (\(from))"
        }
    }
}

extension Catalogue {
    /// The positions (ascending) whose date is in `period` on `today` (days from 1970-01-01);
    /// undated articles are never in a period. One pass over the stored dates.
    public func positions(in period: DatePeriod, today: Int) -> [Int] {
        var out: [Int] = []
        for position in 0..<count where period.contains(date(at: position), today: today) { out.append(position) }
        return out
    }

    /// The positions (ascending) of the articles of one outlet (`ArticleOutletName`, case and
    /// accents ignored).
    public func positions(outlet: String) -> [Int] {
        let key = Folding.fold(outlet)
        return (0..<count).filter { position in
            ArticleOutletName.name(at: position, in: self).map { Folding.fold($0) == key } ?? false
        }
    }
}

/// The outlet a list row names: the article's source (a feed's name, JSONL `source`), else the
/// host of its link (without `www.`), else the folder holding its file. The reader's `O` and
/// `kiosque list --view` share it.
public enum ArticleOutletName {
    public static func name(source: String?, url: String?, path: String) -> String? {
        if let source = source.map(trimmed), !source.isEmpty { return source }
        if let host = url.flatMap(host(of:)) {
            return host.hasPrefix("www.") && host.count > 4 ? String(host.dropFirst(4)) : host
        }
        let parts = SystemPath.display(path).split(separator: "/", omittingEmptySubsequences: true)
        guard parts.count >= 2, let folder = parts.dropLast().last, folder != ".", folder != ".." else { return nil }
        return String(folder)
    }

    /// `text` without white space at either end; most names have none and are returned as they
    /// are, without Foundation (the list asks for every row's outlet at every frame).
    static func trimmed(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let first = scalars.first, let last = scalars.last else { return text }
        if !first.properties.isWhitespace && !last.properties.isWhitespace { return text }
        return text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// The outlet of the article at a catalogue position.
    public static func name(at position: Int, in catalogue: Catalogue) -> String? {
        name(source: catalogue.source(at: position), url: catalogue.url(at: position), path: catalogue.place(at: position).path)
    }

    /// The host of an `http`/`https` link (`www.lemonde.fr`), lowercased; nil for other links.
    public static func host(of link: String) -> String? {
        let trimmed = link.trimmingCharacters(in: .whitespacesAndNewlines)
        guard let scheme = trimmed.range(of: "://") else { return nil }
        let name = trimmed[..<scheme.lowerBound].lowercased()
        guard name == "http" || name == "https" else { return nil }
        var authority = trimmed[scheme.upperBound...].prefix { !"/?#".contains($0) }
        if let at = authority.lastIndex(of: "@") { authority = authority[authority.index(after: at)...] }
        var host: Substring
        if authority.hasPrefix("[") {
            host = authority.prefix { $0 != "]" }.dropFirst()
        } else {
            host = authority.prefix { $0 != ":" }
        }
        if host.hasSuffix(".") { host = host.dropLast() }
        return host.isEmpty ? nil : host.lowercased()
    }
}
