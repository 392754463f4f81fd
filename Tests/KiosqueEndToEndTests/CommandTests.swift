import Foundation
import Testing

/// The commands for scripts, run as a script would: output in files, exit codes checked.
@Suite(.serialized)
struct CommandTests {
    static let firstID = "000_214017a4d4061c86"
    static let firstTitle = "Lutte contre les terroristes : Deux ministres maliens en Russie"
    static let secondID = "004_45fef588cce4af94"

    @Test("list on the seeds: one tab-separated line per article, id, date, title, source")
    func listPlain() throws {
        let result = try KiosqueBinary.run(["list"])
        #expect(result.status == 0, "stderr: \(result.stderrText)")
        let lines = result.stdoutText.split(separator: "\n")
        #expect(lines.count == 2)
        let fields = lines.map { $0.split(separator: "\t", omittingEmptySubsequences: false).map(String.init) }
        #expect(fields.allSatisfy { $0.count == 4 }, "four tab-separated fields: \(fields)")
        #expect(fields.first.map { Array($0.prefix(3)) } == [Self.firstID, "2024-02-29", Self.firstTitle])
        #expect(fields.last.map { Array($0.prefix(2)) } == [Self.secondID, "2024-03"])
    }

    @Test("list --order: newest first, oldest first, by outlet, as the reader orders; a wrong order is a usage error")
    func listOrders() throws {
        func ids(_ order: String) throws -> [String] {
            let result = try KiosqueBinary.run(["list", "--order", order])
            #expect(result.status == 0, "stderr: \(result.stderrText)")
            return result.stdoutText.split(separator: "\n").map { String($0.prefix { $0 != "\t" }) }
        }
        #expect(try ids("newest") == [Self.secondID, Self.firstID])
        #expect(try ids("oldest") == [Self.firstID, Self.secondID])
        #expect(try ids("outlet").count == 2)
        #expect(try KiosqueBinary.run(["list", "--order", "random"]).status == 2)
    }

    @Test("list --json: an array of objects with id, date, title, source; ISO 8601 dates")
    func listJSON() throws {
        let result = try KiosqueBinary.run(["list", "--json"])
        #expect(result.status == 0)
        let articles = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
        #expect(articles.count == 2)
        for article in articles {
            #expect(["id", "date", "title", "source"].allSatisfy { article.keys.contains($0) }, "keys: \(article.keys)")
        }
        #expect(articles.map { $0["id"] as? String } == [Self.firstID, Self.secondID])
        #expect(articles.map { $0["date"] as? String } == ["2024-02-29", "2024-03"])
        #expect(articles.first?["title"] as? String == Self.firstTitle)
    }

    @Test("show --json: title, paragraphs with ranges; each sentence's range slices its text")
    func showJSON() throws {
        let result = try KiosqueBinary.run(["show", Self.firstID, "--json"])
        #expect(result.status == 0, "stderr: \(result.stderrText)")
        let article = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(article["title"] as? String == Self.firstTitle)
        let paragraphs = try #require(article["paragraphs"] as? [[String: Any]])
        #expect(!paragraphs.isEmpty)
        // The source text, by code points: the seed file is UTF-8, NFC, LF, without a BOM.
        let location = try #require(article["location"] as? String)
        let source = Array(try String(contentsOfFile: location, encoding: .utf8).unicodeScalars)
        var sentences = 0
        for paragraph in paragraphs {
            let start = try #require(paragraph["start"] as? Int)
            let end = try #require(paragraph["end"] as? Int)
            #expect(0 <= start && start <= end && end <= source.count)
            for sentence in paragraph["sentences"] as? [[String: Any]] ?? [] {
                let range = try #require((sentence["start"] as? Int).flatMap { s in (sentence["end"] as? Int).map { s..<$0 } })
                #expect(range.lowerBound >= start && range.upperBound <= end)
                var sliced = String.UnicodeScalarView()
                sliced.append(contentsOf: source[range])
                #expect(String(sliced) == sentence["text"] as? String)
                sentences += 1
            }
        }
        #expect(sentences > 10)
    }

    @Test("show on an unknown id: exit 1 and a message")
    func showUnknown() throws {
        let result = try KiosqueBinary.run(["show", "no-such-article"])
        #expect(result.status == 1)
        #expect(result.stderrText.contains("no-such-article"), "stderr: \(result.stderrText)")
        #expect(result.stdout.isEmpty)
    }

    @Test("an unknown option is a usage error: exit 2", arguments: [["list", "--bogus"], ["show", Self.firstID, "--bogus"], ["--bogus"]])
    func unknownOption(arguments: [String]) throws {
        let result = try KiosqueBinary.run(arguments)
        #expect(result.status == 2)
        #expect(result.stderrText.contains("--bogus"), "stderr: \(result.stderrText)")
    }

    @Test("--help on each command: exit 0, the command's usage", arguments: [
        (["--help"], "kiosque"), (["list", "--help"], "kiosque list"), (["show", "--help"], "kiosque show"),
    ])
    func help(arguments: [String], usage: String) throws {
        let result = try KiosqueBinary.run(arguments)
        #expect(result.status == 0)
        #expect(result.stdoutText.contains("USAGE: \(usage)"), "stdout: \(result.stdoutText)")
    }

    static let devGold = SharedMaterial.devGold

    @Test("list --json on the evaluation set: 10 articles",
          .enabled(if: SharedMaterial.hasDevGold, "../shared/eval/dev-gold.jsonl is absent"))
    func devGoldList() throws {
        let result = try KiosqueBinary.run(["list", Self.devGold, "--json"])
        #expect(result.status == 0, "stderr: \(result.stderrText)")
        let articles = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [[String: Any]])
        #expect(articles.count == 10)
        #expect(articles.contains { $0["id"] as? String == Self.firstID })
    }
}
