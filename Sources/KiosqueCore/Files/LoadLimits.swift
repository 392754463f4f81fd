import KiosqueMarkup

/// Limits on what is read as one article.
public enum LoadLimits {
    /// Largest `.txt`/`.md` file read as one article; JSONL files have no limit.
    public static let maxTextFileBytes = 10 * 1_048_576

    /// Largest feed or web page read (what the markup parser accepts): larger ones are refused
    /// before they are read.
    public static let maxMarkupFileBytes = Markup.maxInputBytes

    /// Plain-words reason for a text file over the limit.
    static func tooLargeReason(bytes: Int, limit: Int = maxTextFileBytes) -> String {
        let megabytes = Double(bytes) / 1_048_576
        let shown = (megabytes * 10).rounded() / 10
        if limit != maxTextFileBytes {
            return "too large to read: \(shown) MB (limit \(limit / 1_048_576) MB); split it"
        }
        return "too large for one article: \(shown) MB (limit \(limit / 1_048_576) MB); split it or convert it to JSONL"
    }
}
