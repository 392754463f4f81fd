/// Work for the runtime to do after an update: state changes never perform effects themselves.
public enum Effect: Hashable, Sendable {
    /// Leave the reader and restore the terminal.
    case quit
    /// Analyse this article (index into `AppState.articles`) before the others: it was just opened.
    case analyse(article: Int)
}
