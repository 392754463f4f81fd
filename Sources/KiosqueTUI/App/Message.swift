/// Everything that can change the state: input from the user and news from the edges.
public enum Message: Sendable {
    case key(Key)
    /// An action without going through the key map (scripts, tests, a future command line).
    case perform(Action)
    /// The terminal changed size.
    case resize(Size)
}
