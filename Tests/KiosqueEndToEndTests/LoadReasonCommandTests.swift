import Foundation
import Testing

/// Load problems through the real binary: a bad JSONL line and a date not understood are named
/// on standard error in the user's language, cold (read now) and warm (read back from the index).
@Suite struct LoadReasonCommandTests {
    static let corpus = [
        #"{"id": "a", "title": "Un", "text": "Un texte."}"#,
        #"{"id": "b", "title": "Deux", "text": "#,
        #"{"id": "c", "title": "Trois", "date": "15 Marsch 2024", "text": "Gardé quand même."}"#,
    ].joined(separator: "\n") + "\n"

    @Test("French under a French locale, English otherwise; the same after a warm start, when the index gives the reasons")
    func reasonsInTheUsersLanguage() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let french = ["LANG": "fr_FR.UTF-8", "LC_ALL": ""]
        let english = ["LANG": "C.UTF-8", "LC_ALL": ""]
        for (run, environment) in [("cold", french), ("warm", french), ("warm", english)] {
            let result = try fixture.run(["list", fixture.corpus], environment: environment)
            #expect(result.status == 1, "\(run): \(result.stderrText)")
            #expect(result.stdoutText.split(separator: "\n").count == 2, "\(run): \(result.stdoutText)")
            let stderr = result.stderrText
            if environment == french {
                #expect(stderr.contains("corpus.jsonl:2 : JSON non valide"), "\(run): \(stderr)")
                #expect(stderr.contains("corpus.jsonl:3 : date « 15 Marsch 2024 » non comprise, article gardé sans date"), "\(run): \(stderr)")
                #expect(!stderr.contains("not valid JSON") && !stderr.contains("not understood"), "\(run): \(stderr)")
            } else {
                #expect(stderr.contains("corpus.jsonl:2: not valid JSON"), "\(run): \(stderr)")
                #expect(stderr.contains("corpus.jsonl:3: date \"15 Marsch 2024\" not understood, article kept without a date"), "\(run): \(stderr)")
            }
        }
        #expect(FileManager.default.fileExists(atPath: fixture.indexFile), "the warm runs read the index")
    }

    @Test("show --json keeps its notes in English whatever the locale (machine-readable)")
    func jsonNotesStayEnglish() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let result = try fixture.run(["show", "c", fixture.corpus, "--json"], environment: ["LANG": "fr_FR.UTF-8", "LC_ALL": ""])
        let object = try #require(try JSONSerialization.jsonObject(with: result.stdout) as? [String: Any])
        #expect(object["notes"] as? [String] == ["date \"15 Marsch 2024\" not understood, article kept without a date"])
    }
}
