import Foundation

/// Times in exports: ISO 8601 in UTC with milliseconds (`2024-03-01T14:22:33.123Z`).
public enum ISOTime {
    public static func string(_ date: Date) -> String {
        let ms = date.millisecondsSince1970
        let seconds = Int64((Double(ms) / 1000).rounded(.down))
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC") ?? calendar.timeZone
        let c = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second],
                                        from: Date(timeIntervalSince1970: Double(seconds)))
        return String(format: "%04d-%02d-%02dT%02d:%02d:%02d.%03dZ", c.year ?? 0, c.month ?? 0, c.day ?? 0,
                      c.hour ?? 0, c.minute ?? 0, c.second ?? 0, Int(ms - seconds * 1000))
    }

    /// Parses `YYYY-MM-DDTHH:MM:SS[.fff]Z` (or a `+HH:MM` offset); nil otherwise.
    public static func date(_ text: String) -> Date? {
        let withFraction = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
        if let date = try? withFraction.parse(text) { return date.roundedToMilliseconds }
        if let date = try? Date.ISO8601FormatStyle().parse(text) { return date.roundedToMilliseconds }
        return nil
    }
}
