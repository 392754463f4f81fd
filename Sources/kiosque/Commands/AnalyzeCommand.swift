import ArgumentParser
import KiosqueCore

/// `kiosque analyze [PATH...]`: the entities of every article, one JSON line each.
struct AnalyzeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "analyze",
        abstract: "Print the named entities and sectors of each article, one JSON line per article.",
        discussion: """
            Each line is {"id", "entities": [{"start", "end", "type", "text", "canonical"}]}, the \
            prediction format of shared/eval/score.py: offsets are code points into the article's \
            whole source text (the JSONL `text` field), types PER, LOC, ORG, DATE; plus `sectors` (name -> level 0/1/2) and \
            `paragraph_sectors` (per paragraph, the sectors it is about). Articles are \
            analysed on every core and printed in input order. Exit code 1 when some input could \
            not be read (the rest is still analysed).
            """
    )

    @OptionGroup var corpus: CorpusOptions

    mutating func run() throws {
        let result = try corpus.load()
        let recognizer = try Recognition.recognizer()
        let classifier = try Recognition.sectorClassifier()
        // Recognition and encoding both run on every core; lines are printed in input order.
        let lines = ParallelMap.map(result.articles, chunkSize: 8) { article in
            let found = recognizer.entities(in: article.text)
            return Result { try Output.jsonLine(AnalysisJSON(id: article.id.rawValue, entities: found.map(EntityJSON.init),
                                                         sectors: classifier.classify(article))) }
        }
        for line in lines { print(try line.get()) } // already escaped by `Output.jsonLine`
        try Output.failIfIssues(result)
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
        do {
            return try SectorClassifier.configured()
        } catch {
            throw CommandFailure(message: error.description, exitCode: ExitStatus.failure)
        }
    }
}
