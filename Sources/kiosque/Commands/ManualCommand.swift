import ArgumentParser
import Foundation
import KiosqueCore

/// `kiosque manual`: the man page (roff, section 1), made from the command line's own
/// definition (every command's abstract, discussion and help), so it never drifts from `--help`.
struct ManualCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "manual",
        abstract: "Print the man page (roff) made from the commands' own help.",
        discussion: "Install it with: kiosque manual > ~/.local/share/man/man1/kiosque.1 (then: man kiosque).")

    mutating func run() throws {
        Output.printRaw(Self.page(date: Date()))
    }

    /// The whole page: NAME, SYNOPSIS, DESCRIPTION, then one section per command (and
    /// subcommand) with its help as `--help` prints it, then FILES and EXIT STATUS.
    static func page(date: Date) -> String {
        let day = ISO8601DateFormatter.string(from: date, timeZone: TimeZone(identifier: "UTC") ?? .current,
                                              formatOptions: [.withFullDate])
        var out = [".TH KIOSQUE 1 \"\(day)\" \"Kiosque \(KiosqueVersion.current)\" \"User Commands\"",
                   ".SH NAME", "kiosque \\- \(escape(Kiosque.configuration.abstract))",
                   ".SH SYNOPSIS", ".B kiosque", "[\\fIPATH\\fR...]", ".br", ".B kiosque", "\\fICOMMAND\\fR [\\fIOPTIONS\\fR]",
                   ".SH DESCRIPTION"]
        out += paragraphs(Kiosque.configuration.discussion)
        out.append(".SH COMMANDS")
        for command in Kiosque.configuration.subcommands {
            section(command, path: ["kiosque"], into: &out)
        }
        out += [".SH FILES",
                ".TP", "\\fI$XDG_CONFIG_HOME/kiosque/\\fR", "urls (subscriptions), keymap.json, theme.json, sectors.tsv",
                ".TP", "\\fI$XDG_DATA_HOME/kiosque/\\fR", "library/ (fetched and imported articles), bookmarks.sqlite, exports/",
                ".TP", "\\fI$XDG_STATE_HOME/kiosque/\\fR", "reading state, search history, feeds.json",
                ".TP", "\\fI$XDG_CACHE_HOME/kiosque/\\fR", "index.sqlite (rebuilt when deleted)",
                ".SH EXIT STATUS", "0 success, 1 no such article, unreadable input or a failed feed, 2 usage error."]
        return out.joined(separator: "\n") + "\n"
    }

    private static func section(_ command: ParsableCommand.Type, path: [String], into out: inout [String]) {
        let name = command.configuration.commandName ?? "\(command)"
        let full = path + [name]
        out += [".SS \(escape(full.joined(separator: " ")))"]
        let help = Kiosque.helpMessage(for: command, columns: 78)
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
