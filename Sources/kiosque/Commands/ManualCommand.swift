import ArgumentParser
import Foundation
import KiosqueCore

/// `kiosque manual`: the man page (roff, section 1), made from the command line's own
/// definition (every command's abstract, discussion and help), so it never drifts from `--help`.
struct ManualCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "manual",
            abstract: Help.text(.manualAbstract),
            discussion: Help.text(.manualDiscussion))
    }

    mutating func run() throws {
        Output.printRaw(Self.page(date: Date()))
    }

    /// The whole page: NAME, SYNOPSIS, DESCRIPTION, then one section per command (and
    /// subcommand) with its help as `--help` prints it, then FILES and EXIT STATUS; in the
    /// interface language, headings included.
    static func page(date: Date) -> String {
        let day = ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC") ?? .current,
                                              formatOptions: [.withFullDate])
        let text = Help.texts
        var out = [".TH KIOSQUE 1 \"\(day)\" \"Kiosque \(KiosqueVersion.current)\" \"\(text[.manualPageHeader])\"",
                   ".SH \(text[.manualPageName])", "kiosque \\- \(escape(Kiosque.configuration.abstract))",
                   ".SH \(text[.manualPageSynopsis])", ".B kiosque", "[\\fI\(text[.manualPagePath])\\fR...]", ".br", ".B kiosque",
                   "\\fI\(text[.manualPageCommand])\\fR [\\fI\(text[.manualPageOptions])\\fR]",
                   ".SH \(text[.manualPageDescription])"]
        out += paragraphs(Kiosque.configuration.discussion)
        out.append(".SH \(text[.manualPageCommands])")
        for command in Kiosque.configuration.subcommands {
            section(command, path: ["kiosque"], into: &out)
        }
        out += [".SH \(text[.manualPageFiles])",
                ".TP", "\\fI$XDG_CONFIG_HOME/kiosque/\\fR", escape(text[.manualPageConfigFiles]),
                ".TP", "\\fI$XDG_DATA_HOME/kiosque/\\fR", escape(text[.manualPageDataFiles]),
                ".TP", "\\fI$XDG_STATE_HOME/kiosque/\\fR", escape(text[.manualPageStateFiles]),
                ".TP", "\\fI$XDG_CACHE_HOME/kiosque/\\fR", escape(text[.manualPageCacheFiles]),
                ".SH \(text[.manualPageExitStatus])", escape(text[.manualPageExitCodes])]
        return out.joined(separator: "\n") + "\n"
    }

    private static func section(_ command: ParsableCommand.Type, path: [String], into out: inout [String]) {
        let name = command.configuration.commandName ?? "\(command)"
        let full = path + [name]
        out += [".SS \(escape(full.joined(separator: " ")))"]
        let help = Help.localized(Kiosque.helpMessage(for: command, columns: 78))
        out += [".nf"] + help.split(separator: "\n", omittingEmptySubsequences: false).map { escape(String($0)) } + [".fi"]
        for sub in command.configuration.subcommands where sub != command {
            section(sub, path: full, into: &out)
        }
    }

    private static func paragraphs(_ text: String) -> [String] {
        text.components(separatedBy: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.flatMap { [".PP", escape($0)] }
    }

    /// A line as roff text: backslashes doubled, a leading `.` or `'` protected.
    static func escape(_ line: String) -> String {
        var text = line.replacingOccurrences(of: "\\", with: "\\e")
        if text.hasPrefix(".") || text.hasPrefix("'") { text = "\\&" + text }
        return text
    }
}
