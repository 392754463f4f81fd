import KiosqueCore

/// Everything that can change the state: input from the user and news from the edges.
public enum Message: Sendable {
    case key(Key)
    /// An action without going through the key map (scripts, tests, a future command line).
    case perform(Action)
    /// The terminal changed size.
    case resize(Size)
    /// Entities and sectors found by the background analysis, per article (index into
    /// `AppState.articles`); an article's sectors come with its entities when a classifier is known.
    case analyzed([Int: [Entity]], sectors: [Int: ArticleSectors] = [:])
    /// The background worker loaded the sector classifier (tests give one by hand).
    case sectorsLoaded(SectorClassifier)
    /// The sector taxonomy could not be read: the reader runs without sectors.
    case sectorsFailed(String)
    /// The background analysis could not start (its word lists could not be read).
    case analysisFailed(String)
}
