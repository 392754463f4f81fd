/// A failure of the index or the search history: what went wrong, on which file, and what to do.
public struct IndexError: Error, Equatable, Sendable, CustomStringConvertible {
    public var message: String

    public init(_ message: String) {
        self.message = message
    }

    public var description: String { message }

    /// Runs `body`, turning any error into an `IndexError` that starts with `context`.
    static func wrap<T>(_ context: String, _ body: () throws -> T) throws(IndexError) -> T {
        do {
            return try body()
        } catch let error as IndexError {
            throw error
        } catch {
            throw IndexError("\(context): \(error)")
        }
    }
}
