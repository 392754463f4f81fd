import KiosqueTUI

extension ColorSupport {
    /// What the environment allows before the terminal is opened: `NO_COLOR` set and non-empty
    /// or `TERM=dumb` mean no colour at all (https://no-color.org).
    public static func allowedByEnvironment(_ environment: [String: String]) -> Bool {
        if let noColor = environment["NO_COLOR"], !noColor.isEmpty { return false }
        if environment["TERM"] == "dumb" { return false }
        return true
    }

    /// The colour level to use, from the environment and what the opened terminal reports.
    ///
    /// - Parameters:
    ///   - hasColors: curses' `has_colors()`.
    ///   - colorCount: curses' `COLORS` after `start_color()`.
    ///   - wants256: the theme asks for 256 colours; without it the 16 system colours are used.
    public static func detect(environment: [String: String], hasColors: Bool, colorCount: Int,
                              wants256: Bool) -> ColorSupport {
        guard allowedByEnvironment(environment), hasColors, colorCount >= 8 else { return .monochrome }
        return wants256 && colorCount >= 256 ? .indexed256 : .system16
    }
}
