import Foundation
import Testing
@testable import KiosqueTUI

@Suite("Theme and interface strings")
struct ThemeAndStringsTests {
    @Test func bundledThemeDefinesEveryRole() throws {
        let theme = try Theme.bundled(colors: .system16)
        for role in Role.allCases { #expect(theme.entries[role] != nil, "\(role)") }
    }

    @Test func monochromeDropsColoursKeepsAttributes() throws {
        let colour = try Theme.bundled(colors: .system16)
        let mono = colour.with(colors: .monochrome)
        #expect(colour.style(for: .borderFocused).foreground == .cyan)
        for role in Role.allCases {
            #expect(mono.style(for: role).foreground == .default && mono.style(for: role).background == .default)
        }
        // What must stay visible without colour carries an attribute.
        let visible: [Role] = [.selection, .selectionInactive, .borderFocused, .panelTitleFocused, .cursorSentence,
                               .cursorMark, .teaser, .heading, .tabActive, .outlineCurrent, .articleTitle]
        for role in visible { #expect(!mono.style(for: role).attributes.isEmpty, "\(role)") }
        #expect(mono.style(for: .panelTitleFocused).attributes == [.bold, .reverse])
        #expect(mono.style(for: .teaser).attributes.contains(.dim))
    }

    @Test func themeErrorsNameTheRole() {
        let json = #"{"roles": {"selection": {"fg": "cyna"}}}"#
        #expect(throws: ThemeError.unknownColor("cyna", role: "selection")) { try Theme.decode(Data(json.utf8), colors: .system16) }
        let role = #"{"roles": {"selektion": {}}}"#
        #expect(throws: ThemeError.unknownRole("selektion")) { try Theme.decode(Data(role.utf8), colors: .system16) }
        let attr = #"{"roles": {"heading": {"attrs": ["blink"]}}}"#
        #expect(throws: ThemeError.unknownAttribute("blink", role: "heading")) { try Theme.decode(Data(attr.utf8), colors: .system16) }
    }

    @Test(arguments: [Language.english, .french])
    func everyStringExists(language: Language) throws {
        let strings = try Strings.bundled(language: language)
        #expect(strings.missingKeys.isEmpty, "\(strings.missingKeys)")
    }

    @Test func frenchAndEnglishDiffer() throws {
        let en = try Strings.bundled(language: .english)
        let fr = try Strings.bundled(language: .french)
        #expect(en[.listEmpty] == "No articles")
        #expect(fr[.listEmpty] == "Aucun article")
        #expect(fr.format(.statusIssuesMany, ["count": "2", "first": "x.bin: binary file", "key": "P"])
            == "2 problèmes à la lecture des fichiers : x.bin: binary file (P : tous)")
    }

    @Test func missingKeyShowsTheKey() {
        let strings = Strings(language: .english, table: [:])
        #expect(strings[.listEmpty] == "list.empty")
        #expect(strings.missingKeys.count == StringKey.allCases.count)
    }

    @Test("counts agree with their noun: 1 paragraph, 2 paragraphs; in French 0 and 1 are singular; thousands grouped")
    func plurals() throws {
        let english = try Strings.bundled(language: .english)
        let french = try Strings.bundled(language: .french)
        #expect(english.plural(1, one: .detailParagraphsOne, many: .detailParagraphsMany) == "1 paragraph")
        #expect(english.plural(0, one: .detailSentencesOne, many: .detailSentencesMany) == "0 sentences")
        #expect(english.plural(1280, one: .detailSentencesOne, many: .detailSentencesMany) == "1,280 sentences")
        #expect(french.plural(1, one: .detailParagraphsOne, many: .detailParagraphsMany) == "1 paragraphe")
        #expect(french.plural(0, one: .detailSentencesOne, many: .detailSentencesMany) == "0 phrase")
        #expect(french.plural(2, one: .detailParagraphsOne, many: .detailParagraphsMany) == "2 paragraphes")
        #expect(french.plural(1280, one: .detailSentencesOne, many: .detailSentencesMany) == "1\u{00A0}280 phrases")
    }
}

@Suite("counts are written one way everywhere")
struct CountWritingTests {
    @Test("the list position groups thousands as the panel title does (issue 15: `1280` beside `1 280`)")
    func positionGroupsThousands() {
        let articles = (0..<1_280).map { Fixtures.article(id: "a\($0)", title: "Titre \($0)", paragraphs: [["Texte."]]) }
        var state = Fixtures.state(articles, width: 120, height: 30, language: .french)
        state.press("G")
        let status = state.screen.lines[28]
        #expect(status.hasSuffix("1\u{A0}280/1\u{A0}280 "), "\(String(status))")
        #expect(state.screen.lines[0].contains("1\u{A0}280"), "\(state.screen.lines[0])")
    }
}
