import Foundation
import KiosqueResources

/// The words of the Markdown press review in one language (`Resources/export/labels.json`).
public struct ReviewLabels: Hashable, Sendable, Decodable {
    public var title: String
    /// `{passages}` and `{articles}` are filled in.
    public var summary: String
    /// `{date}` is filled in.
    public var exported: String
    /// The group of passages without a sector.
    public var other: String
    public var note: String
    public var entities: String
    /// An entity's type with the passage's other spellings of it: `{kind}` and `{names}` are
    /// filled in (`personne ; écrit aussi Macron`).
    public var written: String
    public var sectors: String
    public var link: String
    /// Entity type names by code (`PER`, `LOC`, `ORG`, `DATE`).
    public var kinds: [String: String]
    /// `{period}` is filled in with `from`, `since` or `until` (`{from}`, `{to}`: long dates).
    public var period: String
    public var from: String
    public var since: String
    public var until: String
    /// Month names from January, weekday names from Sunday, and a day's pattern
    /// (`{weekday} {day} {month} {year}`): `jeudi 29 février 2024`.
    public var months: [String]
    public var weekdays: [String]
    public var dayFormat: String
    /// The first of the month as written (`1er` in French).
    public var firstDay: String
    /// The last section of a review grouped by tag (`Sans étiquette`), and the tags' label.
    public var untagged: String
    public var tags: String
    /// The HTML review's `lang` and the words of its printable page.
    public var language: String

    /// A date written out: `jeudi 29 février 2024`, `février 2024`, `2024`.
    public func longDate(_ date: ArticleDate) -> String {
        guard let month = date.month, months.indices.contains(month - 1) else { return String(date.year) }
        let monthName = months[month - 1]
        guard let day = date.day else { return "\(monthName) \(date.year)" }
        let weekday = Self.weekday(year: date.year, month: month, day: day)
        let dayText = day == 1 ? firstDay : String(day)
        return dayFormat.replacingOccurrences(of: "{weekday}", with: weekdays.indices.contains(weekday) ? weekdays[weekday] : "")
            .replacingOccurrences(of: "{day}", with: dayText).replacingOccurrences(of: "{month}", with: monthName)
            .replacingOccurrences(of: "{year}", with: String(date.year)).trimmingCharacters(in: .whitespaces)
    }

    /// 0 Sunday ... 6 Saturday (Sakamoto's method, Gregorian calendar).
    static func weekday(year: Int, month: Int, day: Int) -> Int {
        let offsets = [0, 3, 2, 5, 0, 3, 5, 1, 4, 6, 2, 4]
        let y = month < 3 ? year - 1 : year
        return (y + y / 4 - y / 100 + y / 400 + offsets[month - 1] + day) % 7
    }

    /// The review's period line, or nil without bounds.
    public func periodLine(from start: ArticleDate?, to end: ArticleDate?) -> String? {
        let text: String
        switch (start, end) {
        case (let a?, let b?): text = from.replacingOccurrences(of: "{from}", with: longDate(a)).replacingOccurrences(of: "{to}", with: longDate(b))
        case (let a?, nil): text = since.replacingOccurrences(of: "{from}", with: longDate(a))
        case (nil, let b?): text = until.replacingOccurrences(of: "{to}", with: longDate(b))
        case (nil, nil): return nil
        }
        return period.replacingOccurrences(of: "{period}", with: text)
    }

    /// The name of an entity type, or its code when the file lacks it.
    public func kind(_ kind: EntityKind) -> String { kinds[kind.rawValue] ?? kind.rawValue }

    /// What the review writes in brackets after an entity's name: its type, and the passage's
    /// other spellings of it when there are some (`personne ; écrit aussi Macron`).
    public func detail(_ entity: BookmarkEntity) -> String {
        guard !entity.written.isEmpty else { return kind(entity.kind) }
        return written.replacingOccurrences(of: "{kind}", with: kind(entity.kind))
            .replacingOccurrences(of: "{names}", with: entity.written.joined(separator: ", "))
    }

    /// The labels for a language code (`fr`, `en`); English for any other language.
    public static func bundled(language: String) throws -> ReviewLabels {
        let data = try ResourceLocator.resource("export/labels.json")
        let all: [String: ReviewLabels]
        do {
            all = try JSONDecoder().decode([String: ReviewLabels].self, from: data)
        } catch {
            throw ReviewLabelsError(reason: "export/labels.json is not valid: \(error)")
        }
        guard let labels = all[language] ?? all["en"] else {
            throw ReviewLabelsError(reason: "export/labels.json has no `\(language)` nor `en` labels")
        }
        return labels
    }
}

/// Why the review labels could not be read.
public struct ReviewLabelsError: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}
