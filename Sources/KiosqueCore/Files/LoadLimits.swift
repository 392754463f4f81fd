import KiosqueMarkup

/// Limits on what is read as one article.
public enum LoadLimits {
    /// Largest `.txt`/`.md` file read as one article; JSONL files have no limit.
    public static let maxTextFileBytes = 10 * 1_048_576

    /// Largest feed or web page read (what the markup parser accepts): larger ones are refused
    /// before they are read.
    public static let maxMarkupFileBytes = Markup.maxInputBytes

}
