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
            // `/2018-11-17/`, `/2018-11-17-slug`
            guard isDigits(segment) else {
                if let date = hyphenated(segment) { return date }
                continue
            }
            let following = segments.dropFirst(i + 1)
            let date: ArticleDate?
            switch segment.utf8.count {
            case 4: // `/2018/11/17/`
                date = following.count >= 2 ? day(segment, following[i + 1], following[i + 2]) : nil
            case 6: // `/201808/21/`
                date = following.first.flatMap { day(segment.prefix(4), segment.suffix(2), $0) }
            case 8: // `/20181117/`
                date = day(segment.prefix(4), segment.dropFirst(4).prefix(2), segment.suffix(2))
            default:
                date = nil
            }
            if let date { return date }
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
        return day(parts[0], parts[1], parts[2])
    }

    /// The day of a year, month and day written in ASCII digits (the month and day on one or two).
    static func day(_ year: some StringProtocol, _ month: some StringProtocol, _ day: some StringProtocol) -> ArticleDate? {
        guard (1...2).contains(month.utf8.count), (1...2).contains(day.utf8.count),
              isDigits(year), isDigits(month), isDigits(day),
              let y = Int(year), let m = Int(month), let d = Int(day), years.contains(y) else { return nil }
        return ArticleDate(year: y, month: m, day: d)
    }

    static func isDigits(_ text: some StringProtocol) -> Bool {
        !text.isEmpty && text.unicodeScalars.allSatisfy(\.isASCIIDigit)
    }
}
