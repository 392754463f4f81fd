/// What the terminal and the environment allow: colours and the interface language.
public struct DisplayOptions: Hashable, Sendable {
    public var colors: ColorSupport
    public var language: Language

    public init(colors: ColorSupport = .system16, language: Language = .english) {
        self.colors = colors
        self.language = language
    }
}

/// How much colour to use.
public enum ColorSupport: Hashable, Sendable {
    /// No colour at all: `NO_COLOR`, `TERM=dumb`, or a terminal without colours.
    case monochrome
    /// The 8/16 system colours on the terminal's own background (the default).
    case system16
    /// 256 indexed colours, when the terminal has them and the theme asks.
    case indexed256
}

/// The interface language: French when the locale is French, English otherwise.
public enum Language: String, Hashable, Sendable {
    case french = "fr"
    case english = "en"

    /// From `LC_ALL`, `LC_MESSAGES`, `LANG` (first set wins, as POSIX says), e.g. `fr_FR.UTF-8`.
    public static func from(environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("fr") ? .french : .english
            }
        }
        return .english
    }
}
