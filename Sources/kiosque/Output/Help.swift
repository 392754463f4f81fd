import ArgumentParser
import Foundation
import KiosqueTUI

/// The commands' help in the interface language: abstracts, discussions and the `help:` of every
/// option and argument come from `Resources/i18n/help-<language>.json` (read once), and the
/// words ArgumentParser adds to a help screen are worded again (`localized`).
enum Help {
    static let texts = HelpTexts.bundledOrEmpty(language: Language.from(environment: ProcessInfo.processInfo.environment))

    /// A command's abstract or discussion.
    static func text(_ key: HelpKey) -> String { texts[key] }

    /// An option's or argument's `help:`.
    static func argument(_ key: HelpKey) -> ArgumentHelp { ArgumentHelp(texts[key]) }

    /// A help screen as ArgumentParser renders it, with its own words (`OVERVIEW:`, `USAGE:`,
    /// the section titles, `Show help information.`, `(default: 6)`, `See 'kiosque help …'`) in
    /// the interface language. The English forms are those of `help-en.json`, the ones
    /// ArgumentParser 1.8 writes; a line of another form is kept as it is.
    static func localized(_ screen: String) -> String {
        texts.language == .english ? screen : rewording.localized(screen)
    }

    private static let rewording = HelpScreen(french: texts, english: HelpTexts.bundledOrEmpty(language: .english))
}

/// Rewords ArgumentParser's help screens line by line.
struct HelpScreen {
    var french: HelpTexts
    var english: HelpTexts

    func localized(_ screen: String) -> String {
        var section: HelpKey?
        return screen.split(separator: "\n", omittingEmptySubsequences: false).map { text in
            let line = String(text)
            if let rest = line.dropPrefix(english[.parserOverview] + " ") { return french[.parserOverview] + " " + rest }
            if let rest = line.dropPrefix(english[.parserUsage] + " ") {
                section = .parserUsage
                return french[.parserUsage] + " " + rest
            }
            for title in [HelpKey.parserArguments, .parserOptions, .parserSubcommands] where line == english[title] {
                section = title
                return french[title]
            }
            guard section != nil, line.hasPrefix("  ") else { return line }
            return entry(line, in: section)
        }.joined(separator: "\n")
    }

    /// A line of a section: the help and version flags' help, the "See … for detailed help"
    /// line, the default subcommand's mark, the values and default ArgumentParser appends.
    private func entry(_ line: String, in section: HelpKey?) -> String {
        for key in [HelpKey.parserHelp, .parserVersion] {
            if let head = line.dropSuffix("  " + english[key]) { return head + "  " + french[key] }
        }
        let see = english[.parserSeeHelp].components(separatedBy: "{command}")
        if see.count == 2, let inner = line.dropPrefix("  " + see[0]), let command = inner.dropSuffix(see[1]) {
            return "  " + french.format(.parserSeeHelp, ["command": command])
        }
        if section == .parserSubcommands { return defaultMark(line) }
        // The French forms are as wide as the English ones, so ArgumentParser's wrapping holds.
        var out = line
        for key in [HelpKey.parserDefault, .parserValues, .parserDefaultAfterValues] {
            out = out.replacingOccurrences(of: english[key], with: french[key])
        }
        return out
    }

    /// `read (default)   Open the reader…`: the mark worded again, the abstract kept in its column.
    private func defaultMark(_ line: String) -> String {
        let mark = " " + english[.parserDefaultSubcommand]
        guard let range = line.range(of: mark) else { return line }
        let rest = line[range.upperBound...]
        guard rest.isEmpty || rest.hasPrefix(" ") else { return line }
        let replacement = " " + french[.parserDefaultSubcommand]
        let padding = rest.prefix { $0 == " " }
        let kept = max(rest.isEmpty ? 0 : 2, padding.count - (replacement.count - mark.count))
        return String(line[..<range.lowerBound]) + replacement + String(repeating: " ", count: kept) + rest.dropFirst(padding.count)
    }
}
