import Foundation
import KiosqueCore
import KiosqueTUI

/// Messages for standard error, made safe for a terminal (control characters shown as symbols).
enum Diagnostics {
    static func error(_ message: String) {
        write("kiosque: " + message)
    }

    static func warning(_ message: String) {
        write("kiosque: warning: " + message)
    }

    /// One line per file or line that could not be read.
    static func report(_ issues: [LoadIssue]) {
        for issue in issues { write("kiosque: warning: \(issue.location): \(issue.reason)") }
    }

    private static func write(_ line: String) {
        FileHandle.standardError.write(Data((SafeText.sanitize(line) + "\n").utf8))
    }
}
