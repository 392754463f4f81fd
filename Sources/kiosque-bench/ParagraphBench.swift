import ArgumentParser
import Foundation
import KiosqueCore

/// `kiosque-bench paragraphs`: the time of each stage of analysis on one-paragraph articles of
/// growing size (1, 4, 16 MB by default), to show that every stage is linear in the text
/// (issue 12: sector hits compared pairwise made a 9.5 MB paragraph take 203 s).
///
/// The paragraph is French press text (the corpus's articles joined into one line, repeated to
/// the size), so that the recogniser and the classifier meet as many names and terms per megabyte
/// as in real articles.
struct ParagraphBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "paragraphs",
        abstract: "Measure each stage of analysis on one-paragraph articles of 1, 4 and 16 MB."
    )

    @Argument(help: "The corpus whose text makes the paragraph (default: ../shared/corpus/presse-2018-2019.jsonl).")
    var corpus = "../shared/corpus/presse-2018-2019.jsonl"

    @Option(help: "Sizes in megabytes, comma-separated.")
    var sizes = "1,4,16"

    mutating func run() throws {
        let megabytes = sizes.split(separator: ",").compactMap { Double($0) }
        guard !megabytes.isEmpty else { throw ValidationError("--sizes takes numbers, e.g. 1,4,16") }
        let articles = ArticleFiles.load(paths: [corpus]).articles
        guard !articles.isEmpty else { throw ValidationError("no article in \(corpus)") }
        let words = articles.lazy.map { $0.text.split(whereSeparator: \.isNewline).joined(separator: " ") }
            .joined(separator: " ")
        let data = try FrenchData.shared.get()
        let parser = ArticleParser(data: data)
        let recognizer = try EntityRecognizer.bundled()
        let classifier = try SectorClassifier.bundled()
        print("kiosque-bench paragraphs: text of \(corpus), one paragraph per article")
        print("| size (MB) | parse (s) | entities (s) | sectors (s) | total (s) | total per MB (s) |")
        print("|---|---|---|---|---|---|")
        for size in megabytes {
            let target = Int(size * 1_000_000)
            // The corpus's text, repeated as needed, cut at the first space after `target` bytes.
            var body = ""
            body.reserveCapacity(target + 64)
            fill: while true {
                for character in words {
                    body.append(character)
                    if character == " ", body.utf8.count >= target { break fill }
                }
                body.append(" ")
            }
            let text = "Un titre\n\n" + body + "\n"
            let metadata = ArticleParser.Metadata(id: ArticleID("p\(size)"), location: "bench")
            var start = Clock.now
            let article = parser.parse(text: text, metadata: metadata)
            let parse = Clock.ms(start, Clock.now) / 1000
            start = Clock.now
            let entities = recognizer.entities(in: article.text)
            let recognition = Clock.ms(start, Clock.now) / 1000
            start = Clock.now
            let sectors = classifier.classify(article)
            let classification = Clock.ms(start, Clock.now) / 1000
            let total = parse + recognition + classification
            let mb = Double(text.utf8.count) / 1_000_000
            print(String(format: "| %.1f | %.2f | %.2f | %.2f | %.2f | %.2f |", mb, parse, recognition, classification,
                         total, total / mb)
                  + " \(entities.count) entities, \(sectors.article.filter { $0.level != .absent }.count) sectors")
        }
    }
}
