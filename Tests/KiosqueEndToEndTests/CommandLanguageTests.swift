import Foundation
import Testing

/// The commands' refusals and errors speak the user's language: French under a French locale,
/// English otherwise, with the same exit codes (the real binary).
@Suite struct CommandLanguageTests {
    static let corpus = """
        {"id":"a1","title":"Le budget des armées","text":"Le budget des armées augmente en 2019."}
        {"id":"a2"}

        """
    static let french = ["LANG": "fr_FR.UTF-8", "LC_ALL": ""]
    static let english = ["LANG": "C.UTF-8", "LC_ALL": ""]

    /// Each case: the arguments (`CORPUS` for the corpus file with a bad line, `CLEAN` for its
    /// good line alone, `DATA` for the program's data
    /// folder, `MISSING` for a folder that does not exist), the exit code, and what standard error
    /// says in French and in English.
    static let cases: [(arguments: [String], status: Int32, french: String, english: String)] = [
        (["show", "zz", "--no-index", "CORPUS"], 1,
         "kiosque: aucun article n’a l’identifiant « zz » (1 article) ; `kiosque list` affiche les identifiants",
         "kiosque: no article with id 'zz' (1 article); `kiosque list` shows the ids"),
        (["list", "--sector", "bidon", "--no-index", "CORPUS"], 2,
         "kiosque: secteur inconnu `bidon` ; secteurs : défense",
         "kiosque: unknown sector `bidon`; sectors: défense"),
        (["list", "--period", "0", "--no-index", "CORPUS"], 2,
         "kiosque: --period : 0 jours : donnez un nombre de 1 à 999",
         "kiosque: --period: 0 days: give a number from 1 to 999"),
        (["list", "--since", "2019-13-45", "--no-index", "CORPUS"], 2,
         "kiosque: --since : « 2019-13-45 » n’est pas une date",
         "kiosque: --since: \"2019-13-45\" is not a date"),
        (["search", "\"budget", "--no-index", "CORPUS"], 2,
         "kiosque: impossible de chercher `\"budget` : ", "kiosque: cannot search for `\"budget`: "),
        (["search", "sous-marin", "--no-index", "CLEAN"], 1,
         "kiosque: aucun article ne correspond à `sous-marin`", "kiosque: no article matches `sous-marin`"),
        (["list", "--no-index", "CORPUS"], 1,
         "kiosque: 1 entrée n’a pas pu être lue (voir l’avertissement ci-dessus)",
         "kiosque: 1 input could not be read (see the warning above)"),
        (["list", "--no-index", "CORPUS"], 1, "kiosque: avertissement : ", "kiosque: warning: "),
        (["convert", "CORPUS", "--output", "MISSING/out.jsonl"], 1,
         "kiosque: impossible d’écrire MISSING/out.jsonl : le dossier MISSING n’existe pas ; créez-le ou choisissez-en un autre",
         "kiosque: cannot write MISSING/out.jsonl: the folder MISSING does not exist; create it or choose another"),
        (["convert", "CORPUS", "--output", "DATA/out.jsonl"], 2,
         "kiosque: refus d’écrire dans DATA/out.jsonl : c’est dans les dossiers de Kiosque",
         "kiosque: refusing to write to DATA/out.jsonl: it is inside Kiosque's own folders"),
        (["list", "--view", "veille", "--no-index", "CORPUS"], 2,
         "kiosque: aucune vue nommée `veille` : aucune vue n’est encore enregistrée",
         "kiosque: no view named `veille`: no view is saved yet"),
        (["convert", "CORPUS", "-o", "x.jsonl"], 2,
         "Erreur : option inconnue « -o »\nUtilisation : kiosque convert", "Error: Unknown option '-o'\nUsage: kiosque convert"),
        (["convert", "CORPUS", "-o", "x.jsonl"], 2,
         "  Voir « kiosque convert --help » pour plus d’informations.", "  See 'kiosque convert --help' for more information."),
        (["bookmarks", "export"], 2,
         "Erreur : argument attendu manquant : « --format <format> »", "Error: Missing expected argument '--format <format>'"),
        (["bookmarks", "import", "CORPUS"], 1,
         "kiosque: CORPUS : pas un fichier JSON", "kiosque: CORPUS: not a JSON file"),
    ]

    @Test("refusals and errors on standard error in French under a French locale, in English otherwise")
    func refusalsInTheUsersLanguage() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let data = fixture.xdg.folder("data").path
        let missing = fixture.folder.appendingPathComponent("nowhere").path
        let clean = fixture.folder.appendingPathComponent("clean.jsonl").path
        try Data((Self.corpus.split(separator: "\n")[0] + "\n").utf8).write(to: URL(fileURLWithPath: clean))
        func filled(_ text: String) -> String {
            text.replacingOccurrences(of: "CORPUS", with: fixture.corpus).replacingOccurrences(of: "CLEAN", with: clean).replacingOccurrences(of: "DATA", with: data)
                .replacingOccurrences(of: "MISSING", with: missing)
        }
        for test in Self.cases {
            let arguments = test.arguments.map(filled)
            for (environment, expected) in [(Self.french, test.french), (Self.english, test.english)] {
                let run = try fixture.run(arguments, environment: environment)
                #expect(run.status == test.status, "\(arguments) \(environment): \(run.stderrText)")
                #expect(run.stderrText.contains(filled(expected)), "\(arguments): \(run.stderrText)")
            }
        }
    }

    @Test("what a command reports having done is in the user's language too")
    func reportsInTheUsersLanguage() throws {
        let fixture = try CommandFixture(corpus: Self.corpus)
        let output = fixture.folder.appendingPathComponent("out.jsonl").path
        let french = try fixture.run(["convert", fixture.corpus, "--output", output], environment: Self.french)
        #expect(french.stderrText.contains("kiosque: 1 article écrit dans \(output)"), "\(french.stderrText)")
        let english = try fixture.run(["convert", fixture.corpus, "--output", output], environment: Self.english)
        #expect(english.stderrText.contains("kiosque: wrote 1 article to \(output)"), "\(english.stderrText)")
    }
}
