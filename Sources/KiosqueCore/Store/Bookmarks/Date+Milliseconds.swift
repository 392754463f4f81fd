import Foundation

extension Date {
    /// Milliseconds since 1970, the precision bookmarks keep (stored as an integer).
    public var millisecondsSince1970: Int64 { Int64((timeIntervalSince1970 * 1000).rounded()) }

    public init(millisecondsSince1970 value: Int64) {
        self.init(timeIntervalSince1970: Double(value) / 1000)
    }

    /// The same instant rounded to the millisecond, computed like `init(millisecondsSince1970:)`
    /// so that a time read back from the database or an export compares equal.
    public var roundedToMilliseconds: Date { Date(millisecondsSince1970: millisecondsSince1970) }
}
