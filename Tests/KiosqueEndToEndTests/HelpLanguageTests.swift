import Foundation
import Testing

/// `--help`, `kiosque help …` and `kiosque manual` speak the interface's language: French under a
/// French locale (the commands' texts and ArgumentParser's own words), English otherwise.
@Suite struct HelpLanguageTests {
    static let french = ["LANG": "fr_FR.UTF-8"]

    @Test("kiosque --help in French: overview, sections, flags, default subcommand, the closing line")
    func rootInFrench() throws {
        let run = try KiosqueBinary.run(["--help"], environment: Self.french)
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        let help = run.stdoutText
        for line in ["APERÇU : Un lecteur en terminal pour les articles de la presse française.",
                     "UTILISATION : kiosque <subcommand>", "OPTIONS :", "SOUS-COMMANDES :",
                     "  --version               Afficher la version.",
                     "  -h, --help              Afficher l’aide.",
                     "  read (par défaut)       Ouvrir le lecteur (la commande par défaut).",
                     "  Voir « kiosque help <subcommand> » pour l’aide détaillée."] {
            #expect(help.contains(line + "\n"), "\(line)\n\(help)")
        }
        #expect(help.contains("Codes de sortie : 0 succès"), "\(help)")
        for english in ["OVERVIEW:", "USAGE:", "SUBCOMMANDS:", "Show help information.", "(default)", "A terminal reader",
                        "for detailed help"] {
            #expect(!help.contains(english), "\(english)")
        }
    }

    @Test("kiosque list --help in French: the options' help and ArgumentParser's (choix : …)")
    func listInFrench() throws {
        let run = try KiosqueBinary.run(["list", "--help"], environment: Self.french)
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        let help = run.stdoutText
        #expect(help.hasPrefix("APERÇU : Lister les articles : identifiant, date, titre, source.\n"), "\(help)")
        for text in ["UTILISATION : kiosque list [<paths> ...]", "ARGUMENTS :\n  <paths>                 Fichiers ou dossiers à lire",
                     "  --period <period>       Garder les articles datés d’une période",
                     "(2019-01-01, 1/1/2019, 1er janvier 2019 ; un mois :", "(choix :\n                          newest, oldest, outlet)",
                     "Code de sortie 1 quand une entrée n’a pas pu être lue"] {
            #expect(help.contains(text), "\(text)\n\(help)")
        }
        for english in ["Keep the dated articles", "Files or folders to read", "(values:", "ARGUMENTS:", "OPTIONS:", "Show the version."] {
            #expect(!help.contains(english), "\(english)")
        }
    }

    @Test("kiosque help bookmarks export and search --help in French; a missing value's Aide : line too")
    func subcommandsInFrench() throws {
        let export = try KiosqueBinary.run(["help", "bookmarks", "export"], environment: Self.french)
        #expect(export.status == 0, "stderr: \(export.stderrText)")
        #expect(export.stdoutText.hasPrefix("APERÇU : Exporter les signets : une revue de presse en Markdown ou en HTML"),
                "\(export.stdoutText)")
        #expect(export.stdoutText.contains("  --format <format>       markdown, html, json, csv ou w3c. (choix : markdown,\n"))
        #expect(export.stdoutText.contains("(AAAA-MM-JJ, heure locale)"))
        #expect(!export.stdoutText.contains("Only bookmarks") && !export.stdoutText.contains("OVERVIEW:"))
        let search = try KiosqueBinary.run(["search", "--help"], environment: Self.french)
        #expect(search.stdoutText.contains("occurrence. (défaut : 6)\n"), "\(search.stdoutText)")
        #expect(search.stdoutText.contains("REQUÊTE : des mots (tous doivent figurer)"))
        let missing = try KiosqueBinary.run(["list", "--period"], environment: Self.french)
        #expect(missing.status == 2)
        #expect(missing.stderrText.contains("Aide :  --period <period>  Garder les articles datés d’une période"), "\(missing.stderrText)")
    }

    @Test("English help is ArgumentParser's, word for word, also when LC_ALL overrides a French LANG")
    func englishUnchanged() throws {
        let root = try KiosqueBinary.run(["--help"])
        #expect(root.stdoutText.hasPrefix("OVERVIEW: A terminal reader for French press articles.\n"), "\(root.stdoutText)")
        for line in ["USAGE: kiosque <subcommand>", "SUBCOMMANDS:", "  -h, --help              Show help information.",
                     "  read (default)          Open the reader (the default command).",
                     "  See 'kiosque help <subcommand>' for detailed help."] {
            #expect(root.stdoutText.contains(line + "\n"), "\(line)")
        }
        let list = try KiosqueBinary.run(["list", "--help"], environment: ["LANG": "fr_FR.UTF-8", "LC_ALL": "C.UTF-8"])
        #expect(list.stdoutText.contains("  --period <period>       Keep the dated articles of a period: a number of days\n"),
                "\(list.stdoutText)")
        #expect(list.stdoutText.contains("                          (values: newest, oldest, outlet)\n"))
        let search = try KiosqueBinary.run(["search", "--help"])
        #expect(search.stdoutText.contains("  --context <context>     Words of context on each side of a hit. (default: 6)\n"))
    }

    @Test("kiosque manual in French: headings, commands' help and files, as French as --help")
    func manualInFrench() throws {
        let run = try KiosqueBinary.run(["manual"], environment: Self.french)
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        let page = run.stdoutText
        #expect(page.hasPrefix(".TH KIOSQUE 1 "))
        #expect(page.split(separator: "\n").first?.hasSuffix("\"Commandes de l’utilisateur\"") == true)
        for text in [".SH NOM\nkiosque \\- Un lecteur en terminal pour les articles de la presse française.\n",
                     ".SH COMMANDES\n", ".SS kiosque bookmarks export\n", ".SH FICHIERS\n", ".SH CODE DE RETOUR\n",
                     "library/ (articles récupérés et importés)", "  -h, --help              Afficher l’aide.\n"] {
            #expect(page.contains(text), "\(text)")
        }
        let help = try KiosqueBinary.run(["fetch", "--help"], environment: Self.french).stdoutText
        let firstLine = try #require(help.split(separator: "\n").first)
        #expect(firstLine.hasPrefix("APERÇU : Récupérer"))
        #expect(page.contains(String(firstLine)))
        for english in [".SH NAME", ".SH EXIT STATUS", "User Commands", "OVERVIEW:", "Show help information.", "fetched and imported"] {
            #expect(!page.contains(english), "\(english)")
        }
    }
}
