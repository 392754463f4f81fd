import ArgumentParser
import Foundation
import KiosqueCore

/// `kiosque convert PATH... [--output FILE]`: the articles of every input (feeds, pages, text,
/// Markdown, JSONL) as JSONL in Kiosque's corpus format, which Kiosque reads back as they were.
struct ConvertCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "convert",
            abstract: Help.text(.convertAbstract),
            discussion: Help.text(.convertDiscussion)
        )
    }

    @Argument(help: Help.argument(.convertArgumentPaths))
    var paths: [String]

    @Option(help: Help.argument(.convertOptionOutput))
    var output: String?

    mutating func run() throws {
        if let output, AppDirectories().isOwnFile(output) {
            throw CommandFailure(message: Diagnostics.strings.format(.cliConvertOwnFolder, ["path": output]), exitCode: ExitStatus.usage)
        }
        let result = ArticleFiles.load(paths: paths)
        Diagnostics.report(result.issues)
        Diagnostics.report(result.duplicateIDs.map(\.issue))
        if let skipped = Diagnostics.strings.skippedFiles(result.skipped) { Diagnostics.warning(skipped) }
        warnNotes(result.articles)
        guard !result.articles.isEmpty else {
            throw CommandFailure(message: Diagnostics.strings[.cliConvertNothing], exitCode: ExitStatus.failure)
        }
        var lines: [String] = []
        lines.reserveCapacity(result.articles.count)
        for article in result.articles { lines.append(try Output.jsonLine(ConvertedArticle(article))) }
        if let output {
            let url = URL(fileURLWithPath: output)
            do {
                try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: url, options: .atomic)
            } catch {
                throw CommandFailure(message: Diagnostics.strings.fileWriteError(FileWriteError(error, path: url.path)),
                                     exitCode: ExitStatus.failure)
            }
            Diagnostics.info(Diagnostics.strings.plural(lines.count, one: .cliConvertWroteOne, many: .cliConvertWroteMany)
                .replacingOccurrences(of: "{path}", with: url.path))
        } else {
            for line in lines { Output.printRaw(line) }
        }
    }

    /// The problems noted on the articles, on standard error: every note of a feed entry or a
    /// page (what their readers recovered from; a feed's are said once for the file), and for
    /// text and JSONL a value not understood (the other notes of those, such as an encoding
    /// guessed, are facts shown in the details, not problems).
    private func warnNotes(_ articles: [Article]) {
        var said = Set<String>()
        for article in articles {
            let location = article.location
            var file = location
            if let mark = location.lastIndex(of: "#"), Int(location[location.index(after: mark)...]) != nil {
                file = String(location[..<mark])
            }
            let fromMarkup = file != location || FileKind.byExtension(location) == .page
            for note in article.notes where fromMarkup || note.isDateNotUnderstood {
                if said.insert(file + "\u{0}" + note.stored).inserted { Diagnostics.report([LoadIssue(location: file, reason: note)]) }
            }
        }
    }
}

/// One line of `kiosque convert` (`ArticleDraft(article)`): every key present, absent values `null`.
struct ConvertedArticle: Encodable {
    var draft: ArticleDraft

    init(_ article: Article) { draft = ArticleDraft(article) }

    enum CodingKeys: String, CodingKey { case id, title, date, url, source, author, language, text }

    func encode(to encoder: Encoder) throws {
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encode(draft.id, forKey: .id)
        try c.encode(draft.title, forKey: .title)
        try c.encode(draft.date?.iso8601, forKey: .date)
        try c.encode(draft.url, forKey: .url)
        try c.encode(draft.source, forKey: .source)
        try c.encode(draft.author, forKey: .author)
        try c.encode(draft.language, forKey: .language)
        try c.encode(draft.text, forKey: .text)
    }
}
