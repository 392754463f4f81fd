/// A terminal colour. The 16 system colours follow the user's own palette; `.default` is the
/// terminal's own foreground or background.
public enum Color: Hashable, Sendable {
    case `default`
    /// System colours 0-15: black, red, green, yellow, blue, magenta, cyan, white, then bright ones.
    case system(UInt8)
    /// One of 256 indexed colours, used only when the terminal has them and the theme asks.
    case indexed(UInt8)

    public static let black = Color.system(0)
    public static let red = Color.system(1)
    public static let green = Color.system(2)
    public static let yellow = Color.system(3)
    public static let blue = Color.system(4)
    public static let magenta = Color.system(5)
    public static let cyan = Color.system(6)
    public static let white = Color.system(7)
}
