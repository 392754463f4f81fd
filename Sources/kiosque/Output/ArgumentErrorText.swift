import Foundation
import KiosqueTUI

/// ArgumentParser's usage errors (`Error: Unknown option '-o'`, `Usage: …`, `See '… --help' for
/// more information.`) in the interface language. The library writes them in English; each line
/// whose form is known (the forms of swift-argument-parser 1.8) is worded again from
/// `cli.args.*`, the syntax it quotes kept as it is. An unknown form stays English.
enum ArgumentErrorText {
    static func localized(_ message: String, _ strings: Strings) -> String {
        guard strings.language != .english else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0), strings) }
            .joined(separator: "\n")
    }

    /// The forms of an error's first sentence, with the names of their values in order.
    private static let forms: [(pattern: String, key: StringKey, names: [String])] = [
        (#"^Unknown option '(.+)'\. Did you mean '(.+)'\?$"#, .cliArgsUnknownOptionNear, ["name", "near"]),
        (#"^Unknown option '(.+)'$"#, .cliArgsUnknownOption, ["name"]),
        (#"^Missing value for '(.+)'$"#, .cliArgsMissingValue, ["name"]),
        (#"^Missing expected argument '(.+)'$"#, .cliArgsMissingArgument, ["name"]),
        (#"^Unexpected argument '(.+)'$"#, .cliArgsUnexpected, ["value"]),
        (#"^(\d+) unexpected arguments: (.+)$"#, .cliArgsUnexpectedMany, ["count", "values"]),
        (#"^The value '(.+)' is invalid for '(.+?)'(.*)$"#, .cliArgsInvalidValue, ["value", "name", "more"]),
        (#"^The option '(.+)' does not take any value, but '(.+)' was specified\.$"#, .cliArgsNoValue, ["name", "value"]),
        (#"^Missing one of: (.+)$"#, .cliArgsMissingOneOf, ["names"]),
    ]

    private static func line(_ text: String, _ strings: Strings) -> String {
        if let rest = text.dropPrefix("Error: ") {
            return strings.format(.cliArgsError, ["message": sentence(rest, strings)])
        }
        if let rest = text.dropPrefix("Usage: ") { return strings.format(.cliArgsUsage, ["text": rest]) }
        if let rest = text.dropPrefix("Help: ") { return strings.format(.cliArgsHelp, ["text": rest]) }
        if let match = captures(#"^  See '(.+)' for more information\.$"#, text) {
            return strings.format(.cliArgsSee, ["command": match[0]])
        }
        return text
    }

    private static func sentence(_ text: String, _ strings: Strings) -> String {
        for form in forms {
            guard let values = captures(form.pattern, text), values.count == form.names.count else { continue }
            return strings.format(form.key, Dictionary(uniqueKeysWithValues: zip(form.names, values)))
        }
        return text
    }

    /// The groups of `pattern` in the whole of `text`, or nil when it does not match.
    private static func captures(_ pattern: String, _ text: String) -> [String]? {
        guard let regex = try? NSRegularExpression(pattern: pattern),
              let match = regex.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) else { return nil }
        return (1..<match.numberOfRanges).map { i in
            Range(match.range(at: i), in: text).map { String(text[$0]) } ?? ""
        }
    }
}

extension String {
    /// The rest after `prefix`, or nil when the string does not start with it.
    func dropPrefix(_ prefix: String) -> String? { hasPrefix(prefix) ? String(dropFirst(prefix.count)) : nil }
    /// What comes before `suffix`, or nil when the string does not end with it.
    func dropSuffix(_ suffix: String) -> String? { hasSuffix(suffix) ? String(dropLast(suffix.count)) : nil }
}
