import ArgumentParser
import Foundation
import KiosqueCore
import KiosqueTUI

/// `kiosque show ID [PATH...] [--json]`: one article with its paragraphs and their source ranges.
struct ShowCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "show",
            abstract: Help.text(.showAbstract),
            discussion: Help.text(.showDiscussion)
        )
    }

    @Argument(help: Help.argument(.showArgumentId))
    var id: String

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var indexing: IndexOptions

    @Flag(help: Help.argument(.showOptionJson))
    var json = false

    mutating func run() throws {
        let corpus = try CommandCorpus.open(paths: try self.corpus.inputs(), indexing: indexing, without: .reading)
        defer { corpus.close() }
        let loaded = try Self.article(id, in: corpus)
        let article = loaded.article
        // A broken taxonomy does not hide the article: it is shown without sectors, exit code 1.
        var taxonomyFailure: CommandFailure?
        var sectors: SectorAnalysis?
        do { sectors = try Recognition.sectorClassifier().classify(article) } catch let failure as CommandFailure {
            taxonomyFailure = failure
        }
        if json {
            // What the reader shows: page debris (menus, unrelated headlines) names nobody here.
            let entities: [Entity]
            if let analysis = loaded.analysis {
                entities = analysis.readableEntities
            } else {
                let recognizer = try Recognition.recognizer()
                let found = recognizer.entities(in: article.text)
                entities = found.filter { ArticleAnalysis.isReadable(article, at: $0.range.start) }
            }
            try Output.printJSON(ArticleDetailJSON(article, entities: entities, sectors: sectors))
        } else {
            Output.printLine(article.title)
            // The date as the reader's details write it (`(from its address)` when read there).
            let strings = Diagnostics.strings
            var meta = [strings.articleDate(article), article.source, article.author, article.location, article.url].compactMap { $0 }
            meta.append(contentsOf: article.notes.map(strings.loadReason))
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

extension ShowCommand {
    /// The article `id` names in `corpus`, read alone with its stored analysis; a failure (exit
    /// code 1) naming the candidates when the id is ambiguous, or saying how to find the ids.
    static func article(_ id: String, in corpus: Corpus) throws -> LoadedArticle {
        switch corpus.lookup(id) {
        case .missing:
            throw CommandFailure(
                message: Diagnostics.strings.format(.cliShowNoSuchID, ["id": id, "articles": Diagnostics.strings.plural(
                    corpus.catalogue.count, one: .cliArticlesOne, many: .cliArticlesMany)]),
                exitCode: ExitStatus.failure)
        case .ambiguous(let ids):
            throw CommandFailure(
                message: Diagnostics.strings.format(.cliShowAmbiguous, ["id": id, "count": String(ids.count),
                                                                        "ids": ids.map(\.rawValue).joined(separator: ", ")]),
                exitCode: ExitStatus.failure)
        case .found(let position):
            switch corpus.article(at: position) {
            case .success(let loaded): return loaded
            case .failure(let issue):
                throw CommandFailure(message: Diagnostics.strings.loadIssue(issue), exitCode: ExitStatus.failure)
            }
        }
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
