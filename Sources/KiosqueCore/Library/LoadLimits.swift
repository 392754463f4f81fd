/// Limits on what is read as one article.
public enum LoadLimits {
    /// Largest `.txt`/`.md` file read as one article; JSONL files have no limit.
    public static let maxTextFileBytes = 10 * 1_048_576

    /// Plain-words reason for a text file over the limit.
    static func tooLargeReason(bytes: Int) -> String {
        let megabytes = Double(bytes) / 1_048_576
        let shown = (megabytes * 10).rounded() / 10
        return "too large for one article: \(shown) MB (limit \(maxTextFileBytes / 1_048_576) MB); split it or convert it to JSONL"
    }
}
