/// The publication day a news address writes in its path, for an article that gives no date of
/// its own: `/2018/11/17/`, `/201808/21/` (year and month, then the day), `/2018-11-17/` or a
/// segment that starts with it (`/2018-11-17-gilets-jaunes`), `/20181117/`. Only whole path
/// segments count, never the host, the query or a fragment, and the day must exist: `/2018/02/30/`,
/// a page number (`/page/2/`) or an id (`/01-5193765-...`) give nothing. Years from 1990 to 2100.
public enum AddressDate {
    public static let years = 1990...2100

    /// The day `address` names in its path, or nil.
    public static func date(in address: String) -> ArticleDate? {
        let segments = pathSegments(address)
        for (i, segment) in segments.enumerated() {
            let digits = segment.utf8.allSatisfy { $0 >= 48 && $0 <= 57 }
            // `/2018/11/17/`
            if digits, segment.utf8.count == 4, i + 2 < segments.count,
               let date = day(segment, segments[i + 1], segments[i + 2]) {
                return date
            }
            // `/201808/21/`
            if digits, segment.utf8.count == 6, i + 1 < segments.count,
               let date = day(String(segment.prefix(4)), String(segment.suffix(2)), segments[i + 1]) {
                return date
            }
            // `/20181117/`
            if digits, segment.utf8.count == 8,
               let date = day(String(segment.prefix(4)), String(segment.dropFirst(4).prefix(2)), String(segment.suffix(2))) {
                return date
            }
            // `/2018-11-17/`, `/2018-11-17-slug`
            if !digits, let date = hyphenated(segment) { return date }
        }
        return nil
    }

    /// The path's segments: after the scheme and host, before any query or fragment.
    static func pathSegments(_ address: String) -> [String] {
        var rest = Substring(address)
        if let end = rest.firstIndex(where: { $0 == "?" || $0 == "#" }) { rest = rest[..<end] }
        if let scheme = rest.range(of: "://") {
            rest = rest[scheme.upperBound...]
            guard let slash = rest.firstIndex(of: "/") else { return [] }
            rest = rest[slash...]
        }
        return rest.split(separator: "/").map(String.init)
    }

    /// `2018-11-17` alone or followed by `-` and more.
    static func hyphenated(_ segment: String) -> ArticleDate? {
        let parts = segment.split(separator: "-", maxSplits: 3, omittingEmptySubsequences: false)
        guard parts.count >= 3, parts[0].utf8.count == 4, parts[1].utf8.count == 2, parts[2].utf8.count == 2 else { return nil }
        return day(String(parts[0]), String(parts[1]), String(parts[2]))
    }

    /// The day of a year, month and day written in digits (the month and day on one or two).
    static func day(_ year: String, _ month: String, _ day: String) -> ArticleDate? {
        guard (1...2).contains(month.utf8.count), (1...2).contains(day.utf8.count),
              let y = Int(year), let m = Int(month), let d = Int(day), years.contains(y),
              year.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }), month.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }),
              day.utf8.allSatisfy({ $0 >= 48 && $0 <= 57 }) else { return nil }
        return ArticleDate(year: y, month: m, day: d)
    }
}
