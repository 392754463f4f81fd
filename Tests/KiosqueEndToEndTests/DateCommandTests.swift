import Foundation
import Testing

/// Dates through the real binary: every form read with its time, a date not understood warned of
/// on standard error (file, line, value) while the article is kept and the exit code stays 0.
@Suite struct DateCommandTests {
    static let corpus = [
        #"{"id": "z", "title": "Zulu", "date": "2024-03-15T08:00:00Z", "text": "Un texte."}"#,
        #"{"id": "rfc", "title": "RFC", "date": "Fri, 15 Mar 2024 08:00:00 +0100", "text": "Un autre texte."}"#,
        #"{"id": "bad", "title": "Mauvaise date", "date": "15 Marsch 2024", "text": "Gardé quand même."}"#,
        #"{"id": "dot", "title": "Points", "date": "15.03.2024", "text": "Encore."}"#,
    ].joined(separator: "\n") + "\n"

    @Test("list prints ISO 8601 with the time; the unreadable date is named, cold and warm, exit 0")
    func listAndWarning() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        for _ in 0..<2 {
            let run = try fixture.run(["list", fixture.corpus])
            #expect(run.status == 0, "\(run.stderrText)")
            let rows = run.stdoutText.split(separator: "\n").map { $0.split(separator: "\t").prefix(2).joined(separator: " ") }
            #expect(rows == ["z 2024-03-15T08:00:00Z", "rfc 2024-03-15T08:00:00+01:00", "bad -", "dot 2024-03-15"])
            #expect(run.stderrText.contains("corpus.jsonl:3: date \"15 Marsch 2024\" not understood, article kept without a date"),
                    "\(run.stderrText)")
        }
    }

    @Test("show writes the date in the user's language and clock")
    func showInTheUsersLanguage() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let french = try fixture.run(["show", "rfc", fixture.corpus], environment: ["LANG": "fr_FR.UTF-8", "LC_ALL": "", "TZ": "Europe/Paris"])
        #expect(french.status == 0)
        #expect(french.stdoutText.split(separator: "\n").dropFirst().first?.hasPrefix("15 mars 2024, 08:00 · ") == true, "\(french.stdoutText)")
        let english = try fixture.run(["show", "z", fixture.corpus], environment: ["LANG": "C.UTF-8", "LC_ALL": "", "TZ": "UTC"])
        #expect(english.stdoutText.split(separator: "\n").dropFirst().first?.hasPrefix("15 Mar 2024, 08:00 · ") == true, "\(english.stdoutText)")
    }

    @Test("an undated article takes its address's day: list, show in both languages, show --json, convert without it")
    func dateFromTheAddress() throws {
        let line = #"{"id": "acte1", "title": "Acte 1", "url": "https://example.org/2018/11/17/acte-1", "text": "Un texte."}"# + "\n"
        let fixture = try CommandFixture(corpus: line)
        let list = try fixture.run(["list", fixture.corpus])
        #expect(list.stdoutText.hasPrefix("acte1\t2018-11-17\t"), "\(list.stdoutText)")
        let english = try fixture.run(["show", "acte1", fixture.corpus], environment: ["LANG": "C.UTF-8", "LC_ALL": ""])
        #expect(english.stdoutText.split(separator: "\n").dropFirst().first?.hasPrefix("17 Nov 2018 (from its address) · ") == true, "\(english.stdoutText)")
        let french = try fixture.run(["show", "acte1", fixture.corpus], environment: ["LANG": "fr_FR.UTF-8", "LC_ALL": ""])
        #expect(french.stdoutText.split(separator: "\n").dropFirst().first?.hasPrefix("17 novembre 2018 (d’après son adresse) · ") == true,
                "\(french.stdoutText)")
        let json = try fixture.run(["show", "acte1", fixture.corpus, "--json"])
        let object = try #require(try JSONSerialization.jsonObject(with: json.stdout) as? [String: Any])
        #expect(object["date"] as? String == "2018-11-17")
        #expect(object["date_from_address"] as? Bool == true)
        let converted = try fixture.run(["convert", fixture.corpus])
        let written = try #require(try JSONSerialization.jsonObject(with: converted.stdout) as? [String: Any])
        #expect(written["date"] is NSNull, "the source gave no date: \(converted.stdoutText)")
        #expect(written["url"] as? String == "https://example.org/2018/11/17/acte-1")
    }

    @Test("a Markdown file's front matter gives title, date and source; its marks are not text")
    func markdownFrontMatter() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let note = fixture.folder.appendingPathComponent("note.md")
        try Data("---\ntitle: \"Le gaz\"\ndate: 2024-03-15T08:00:00Z\nsource: L’Écho\n---\n# Le gaz\n\nUn **prix** en [hausse](https://example.org).\n".utf8)
            .write(to: note)
        let run = try fixture.run(["show", "note", note.path, "--json"])
        #expect(run.status == 0, "\(run.stderrText)")
        let object = try #require(try JSONSerialization.jsonObject(with: run.stdout) as? [String: Any])
        #expect(object["title"] as? String == "Le gaz")
        #expect(object["date"] as? String == "2024-03-15T08:00:00Z")
        #expect(object["source"] as? String == "L’Écho")
        #expect(!run.stdoutText.contains("**") && !run.stdoutText.contains("](") && run.stdoutText.contains("Un prix en hausse"))
    }
}
