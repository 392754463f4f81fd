/// Everything that can change the state: input from the user and news from the edges.
public enum Message: Sendable {
    case key(Key)
    /// The terminal changed size.
    case resize(Size)
}
