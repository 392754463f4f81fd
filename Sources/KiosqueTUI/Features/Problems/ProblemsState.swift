/// The load problems overlay (`P`): every file or line that could not be read, with where it is
/// and why; the status line shows only the first one and the count.
public struct ProblemsState: Hashable, Sendable {
    public var scroll: Int = 0
    public init(scroll: Int = 0) { self.scroll = scroll }
}
