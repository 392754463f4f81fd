import ArgumentParser
import KiosqueCore

/// `kiosque analyze [PATH...]`: the entities of every article, one JSON line each.
struct AnalyzeCommand: ParsableCommand {
    static var configuration: CommandConfiguration {
        CommandConfiguration(
            commandName: "analyze",
            abstract: Help.text(.analyzeAbstract),
            discussion: Help.text(.analyzeDiscussion)
        )
    }

    @OptionGroup var corpus: CorpusOptions
    @OptionGroup var indexing: IndexOptions

    mutating func run() throws {
        let classifier = try Recognition.sectorClassifier()
        let corpus = try CommandCorpus.open(paths: try self.corpus.inputs(), indexing: indexing,
                                            without: .analysing)
        defer { corpus.close() }
        try printStored(corpus, classifier: classifier)
    }

    /// Prints the stored analyses; an article whose analysis another process dropped meanwhile
    /// is read and analysed here.
    private func printStored(_ corpus: Corpus, classifier: SectorClassifier) throws {
        let catalogue = corpus.catalogue
        let sectors = classifier.taxonomy.sectors
        let ids = catalogue.ids
        let analyses: [ArticleAnalysis?]
        do { analyses = try corpus.analyses() } catch { throw CommandCorpus.failure(error) }
        // The corpus's names from the analyses just read (not a second read of the index).
        let entityIndex = EntityIndex.of(analyses: analyses)
        // Encoded on every core (most of the time a warm run takes); printed in input order.
        let lines = ParallelMap.map(Array(analyses.enumerated()), chunkSize: 32) { position, analysis in
            analysis.map { analysis in
                Result {
                    try Output.jsonLine(AnalysisJSON(
                        id: ids[position].rawValue, entities: analysis.entities.map { EntityJSON($0, index: entityIndex) },
                        sectors: sectors, levels: analysis.sectorLevels, paragraphs: analysis.paragraphSectors))
                }
            }
        }
        var recognizer: EntityRecognizer?
        var issues = corpus.issues
        for (position, line) in lines.enumerated() {
            if let line {
                Output.printRaw(try line.get())
                continue
            }
            switch corpus.article(at: position) {
            case .success(let loaded):
                if recognizer == nil { recognizer = try Recognition.recognizer() }
                if let recognizer { Output.printRaw(try Self.line(loaded.article, recognizer: recognizer, classifier: classifier)) }
            case .failure(let issue):
                Diagnostics.report([issue])
                issues.append(issue)
            }
        }
        try Output.failIfIssues(issues)
    }

    /// One output line: `article` analysed here.
    static func line(_ article: Article, recognizer: EntityRecognizer, classifier: SectorClassifier) throws -> String {
        try Output.jsonLine(AnalysisJSON(id: article.id.rawValue, entities: recognizer.entities(in: article.text).map { EntityJSON($0) },
                                         sectors: classifier.classify(article)))
    }
}

/// The recogniser for the commands, or a failure with exit code 1 when its word lists are missing.
enum Recognition {
    static func recognizer() throws -> EntityRecognizer {
        do {
            return try EntityRecognizer.bundled()
        } catch {
            throw CommandFailure(message: error.description, exitCode: ExitStatus.failure)
        }
    }

    /// The sector classifier of the taxonomy in use (the user's file, else the bundled one), or a
    /// failure with exit code 1 naming the bad taxonomy file, line and field.
    static func sectorClassifier() throws -> SectorClassifier {
        if let problem = SectorTaxonomy.userFileProblem() {
            Diagnostics.warning(Diagnostics.strings.format(.cliTaxonomyBuiltIn, ["reason": Diagnostics.strings.taxonomyError(problem)]))
        }
        do {
            return try SectorClassifier.configured()
        } catch {
            throw CommandFailure(message: Diagnostics.strings.taxonomyError(error), exitCode: ExitStatus.failure)
        }
    }
}
