import Foundation
import KiosqueTUI
import Testing

/// The command line's help texts (`Resources/i18n/help-en.json`, `help-fr.json`).
struct HelpTextsTests {
    @Test("both files hold every HelpKey and no other key", arguments: [Language.english, .french])
    func everyKeyAndNoOther(language: Language) throws {
        let texts = try HelpTexts.bundled(language: language)
        #expect(texts.missingKeys.isEmpty, "\(texts.missingKeys)")
        #expect(texts.unknownKeys.isEmpty, "\(texts.unknownKeys)")
    }

    /// The man page's headings that French writes as English does.
    static let sameOnPurpose: Set<HelpKey> = [.manualPageSynopsis, .manualPageDescription, .manualPageOptions]

    @Test("every French text differs from the English one, but the man page's SYNOPSIS, DESCRIPTION, OPTIONS")
    func frenchIsTranslated() throws {
        let english = try HelpTexts.bundled(language: .english)
        let french = try HelpTexts.bundled(language: .french)
        let same = HelpKey.allCases.filter { english[$0] == french[$0] }
        #expect(Set(same) == Self.sameOnPurpose, "\(same)")
        #expect(french[.listAbstract] == "Lister les articles : identifiant, date, titre, source.")
    }

    @Test("French uses typographic apostrophes; the words rewritten inside wrapped help keep their width")
    func frenchTypography() throws {
        let english = try HelpTexts.bundled(language: .english)
        let french = try HelpTexts.bundled(language: .french)
        let straight = HelpKey.allCases.filter { french[$0].contains("'") }
        #expect(straight.isEmpty, "\(straight)")
        for key in [HelpKey.parserDefault, .parserValues, .parserDefaultAfterValues] {
            #expect(french[key].count == english[key].count, "\(key): \(french[key])")
        }
    }

    @Test func missingKeyShowsTheKey() {
        let texts = HelpTexts(language: .french, table: [:])
        #expect(texts[.listAbstract] == "list.abstract")
        #expect(texts.format(.parserSeeHelp, ["command": "kiosque help"]) == "parser.seeHelp")
        #expect(texts.missingKeys.count == HelpKey.allCases.count)
    }
}
