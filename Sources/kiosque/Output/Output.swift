import Foundation
import KiosqueCore
import KiosqueTUI

/// Standard output for the script commands: text made safe for a terminal, JSON kept exact.
enum Output {
    /// Prints a line with control characters and bidi overrides shown as visible symbols.
    static func printLine(_ line: String) {
        print(SafeText.sanitize(line))
    }

    /// Prints tab-separated fields, each made safe on its own: a tab inside a field becomes a space
    /// (SafeText), the separators stay tabs.
    static func printFields(_ fields: [String]) {
        print(fields.map(SafeText.sanitize).joined(separator: "\t"))
    }

    /// Prints a value as JSON. JSON already escapes C0 controls; C1 controls and bidi
    /// overrides are escaped too, so that no article text can steer a terminal.
    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        let text = String(decoding: data, as: UTF8.self)
        print(escapeUnsafeScalars(text))
    }

    /// A value as one compact JSON line (keys sorted), escaped like `printJSON`. Safe to call
    /// from several threads at once (each call has its own encoder).
    static func jsonLine<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return escapeUnsafeScalars(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// JSON-escapes every scalar `SafeText` would not let through (they only occur inside strings).
    static func escapeUnsafeScalars(_ json: String) -> String {
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F, SafeText.needsReplacing(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Writes a whole document (an export) to standard output: exactly as it is into a pipe or a
    /// file; on a terminal, text formats are made safe line by line (SafeText) and JSON gets
    /// its unsafe scalars escaped (lossless either way for JSON).
    static func writeDocument(_ data: Data, isJSON: Bool) {
        let text = String(decoding: data, as: UTF8.self)
        if isJSON {
            FileHandle.standardOutput.write(Data(escapeUnsafeScalars(text).utf8))
        } else if isatty(STDOUT_FILENO) == 1 {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                SafeText.sanitize(line.hasSuffix("\r") ? String(line.dropLast()) : String(line))
            }
            FileHandle.standardOutput.write(Data(lines.joined(separator: "\n").utf8))
        } else {
            FileHandle.standardOutput.write(data)
        }
    }

    /// Ends the command with exit code 1 when some input could not be read (already reported).
    static func failIfIssues(_ result: LoadResult) throws {
        try failIfIssues(result.issues)
    }

    /// Exit code 1 when some input could not be read (already reported on standard error).
    static func failIfIssues(_ issues: [LoadIssue]) throws {
        if !issues.isEmpty {
            throw CommandFailure(
                message: "\(issues.count) input(s) could not be read (see the warnings above)",
                exitCode: ExitStatus.failure)
        }
    }
}
