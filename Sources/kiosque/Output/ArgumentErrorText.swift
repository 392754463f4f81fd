import Foundation
import KiosqueTUI

/// ArgumentParser's usage errors (`Error: Unknown option '-o'`, `Usage: …`, `See '… --help' for
/// more information.`) in the interface language. The library writes them in English; each line
/// whose form is known (the forms of swift-argument-parser 1.8) is worded again from
/// `parser.message.*` of `Resources/i18n/help-<language>.json`, beside the words of its help
/// screens (`Help.localized`), the syntax it quotes kept as it is. An unknown form stays English.
enum ArgumentErrorText {
    static func localized(_ message: String, _ strings: HelpTexts) -> String {
        guard strings.language != .english else { return message }
        return message.split(separator: "\n", omittingEmptySubsequences: false).map { line(String($0), strings) }
            .joined(separator: "\n")
    }

    /// The forms of an error's first sentence, with the names of their values in order.
    private static let forms: [(pattern: String, key: HelpKey, names: [String])] = [
        (#"^Unknown option '(.+)'\. Did you mean '(.+)'\?$"#, .parserMessageUnknownOptionNear, ["name", "near"]),
        (#"^Unknown option '(.+)'$"#, .parserMessageUnknownOption, ["name"]),
        (#"^Missing value for '(.+)'$"#, .parserMessageMissingValue, ["name"]),
        (#"^Missing expected argument '(.+)'$"#, .parserMessageMissingArgument, ["name"]),
        (#"^Unexpected argument '(.+)'$"#, .parserMessageUnexpected, ["value"]),
        (#"^(\d+) unexpected arguments: (.+)$"#, .parserMessageUnexpectedMany, ["count", "values"]),
        (#"^The value '(.+)' is invalid for '(.+?)'(.*)$"#, .parserMessageInvalidValue, ["value", "name", "more"]),
        (#"^The option '(.+)' does not take any value, but '(.+)' was specified\.$"#, .parserMessageNoValue, ["name", "value"]),
        (#"^Missing one of: (.+)$"#, .parserMessageMissingOneOf, ["names"]),
    ]

    private static func line(_ text: String, _ strings: HelpTexts) -> String {
        if let rest = text.dropPrefix("Error: ") {
            return strings.format(.parserMessageError, ["message": sentence(rest, strings)])
        }
        if let rest = text.dropPrefix("Usage: ") { return strings.format(.parserMessageUsage, ["text": rest]) }
        if let rest = text.dropPrefix("Help: ") { return strings.format(.parserMessageHelp, ["text": rest]) }
        if let match = captures(#"^  See '(.+)' for more information\.$"#, text) {
            return strings.format(.parserMessageSee, ["command": match[0]])
        }
        return text
    }

    private static func sentence(_ text: String, _ strings: HelpTexts) -> String {
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
