import KiosqueCore

/// Everything that can change the state: input from the user and news from the edges.
public enum Message: Sendable {
    case key(Key)
    /// An action without going through the key map (scripts, tests, a future command line).
    case perform(Action)
    /// The terminal changed size.
    case resize(Size)
    /// Entities found by the background analysis, per article (index into `AppState.articles`).
    case analyzed([Int: [Entity]])
    /// The background analysis could not start (its word lists could not be read).
    case analysisFailed(String)
}
