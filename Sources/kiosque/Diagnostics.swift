import Foundation
import KiosqueCore
import KiosqueTUI

/// Messages for standard error, made safe for a terminal (control characters shown as symbols).
enum Diagnostics {
    /// The interface strings of the user's locale (French under a French one), for every
    /// command's messages.
    static let strings = Strings.bundledOrEmpty(language: Language.from(environment: ProcessInfo.processInfo.environment))

    static func error(_ message: String) {
        write("kiosque: " + message)
    }

    static func warning(_ message: String) {
        write("kiosque: " + strings.format(.cliWarning, ["message": message]))
    }

    /// A fact for the user that is not a problem (e.g. where an export was written).
    static func info(_ message: String) {
        write("kiosque: " + message)
    }

    /// One line per file or line that could not be read (or warned of), the reason in the
    /// interface language.
    static func report(_ issues: [LoadIssue]) {
        for issue in issues { warning(strings.loadIssue(issue)) }
    }

    private static func write(_ line: String) {
        FileHandle.standardError.write(Data((SafeText.sanitize(line) + "\n").utf8))
    }
}
