import ArgumentParser
import KiosqueCore

/// `kiosque show ID [PATH...] [--json]`: one article with its paragraphs and their source ranges.
struct ShowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "show",
        abstract: "Show one article: title, date, paragraphs with their source ranges.",
        discussion: """
            Ranges are code point offsets [start, end) into the article's source text (the decoded \
            file, or the JSONL `text` field). The sectors the article is about follow the metadata, \
            one line each: name, key, level (1 mentioned, 2 central), score and the terms that led \
            to it; JSON gives them as `sectors`, and each paragraph's as `sectors` (name -> level). \
            Exit code 1 when there is no such article, or when the sector taxonomy cannot be read \
            (the article is still shown, without sectors).
            """
    )

    @Argument(help: "The article id: a file name without extension, or a JSONL `id`.")
    var id: String

    @OptionGroup var corpus: CorpusOptions

    @Flag(help: "Print the article as a JSON object, with every paragraph, sentence and entity.")
    var json = false

    mutating func run() throws {
        let result = try corpus.load()
        guard let article = result.articles.first(where: { $0.id.rawValue == id }) else {
            throw CommandFailure(
                message: "no article with id '\(id)' (\(result.articles.count) articles read); `kiosque list` shows the ids",
                exitCode: ExitStatus.failure)
        }
        // A broken taxonomy does not hide the article: it is shown without sectors, exit code 1.
        var taxonomyFailure: CommandFailure?
        var sectors: SectorAnalysis?
        do { sectors = try Recognition.sectorClassifier().classify(article) } catch let failure as CommandFailure {
            taxonomyFailure = failure
        }
        if json {
            let entities = try Recognition.recognizer().entities(in: article.text)
            try Output.printJSON(ArticleDetailJSON(article, entities: entities, sectors: sectors))
        } else {
            Output.printLine(article.title)
            var meta = [article.date?.iso8601, article.source, article.location, article.url].compactMap { $0 }
            meta.append(contentsOf: article.notes)
            Output.printLine(meta.joined(separator: " · "))
            for line in SectorLines.lines(sectors) { Output.printLine(line) }
            for paragraph in article.paragraphs where paragraph.role != .boilerplate {
                Output.printLine("")
                let text = paragraph.sentences.map(\.text).joined(separator: " ")
                Output.printLine("[\(paragraph.range.start)..<\(paragraph.range.end)] \(paragraph.role.rawValue)")
                Output.printLine(text)
            }
        }
        if let taxonomyFailure { throw taxonomyFailure }
    }
}

/// The text lines of `show` for the sectors an article is about.
enum SectorLines {
    /// `sector: énergie (ENE), level 2 central, score 24: électricité ×4, prix du gaz`, one line
    /// per sector at level 1 or 2, in taxonomy order.
    static func lines(_ analysis: SectorAnalysis?) -> [String] {
        guard let analysis else { return [] }
        return zip(analysis.sectors, analysis.article).compactMap { sector, finding in
            guard finding.level != .absent else { return nil }
            let level = finding.level == .central ? "2 central" : "1 mentioned"
            return "sector: \(sector.name) (\(sector.key)), level \(level), score \(finding.scoreText): \(finding.termSummary)"
        }
    }
}
