import Foundation

/// Reads a date as feeds, pages and JSONL give it (RFC 822, ISO 8601 with time and offset, French
/// forms...). (Skeleton: the dates helper extends it to every form of issue 13 and keeps the time.)
public enum DateText {
    public static func parse(_ text: String) -> ArticleDate? {
        guard case .success(let data) = FrenchData.shared else { return nil }
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        if let date = DateParser(data: data).parseField(trimmed) { return date }
        // `2024-03-15T08:00:00Z`: the day part, until the dates helper keeps the time.
        if trimmed.count >= 10, let date = DateParser(data: data).parseField(String(trimmed.prefix(10))) { return date }
        return nil
    }
}
