import Foundation
import Testing
@testable import KiosqueCore

@Suite struct GazetteerTests {
    @Test func bundledListsLoadQuicklyAndKnowTheBasics() throws {
        let start = Date()
        let g = try Gazetteers(directory: try #require(sharedResources()))
        let elapsed = Date().timeIntervalSince(start)
        #expect(g.entryCount > 20_000)
        #expect(elapsed < 2, "loading took \(elapsed) s") // < 100 ms in release; generous for debug
        #expect(g.categories(ofPhrase: "Union européenne").contains(.organization))
        #expect(g.categories(ofPhrase: "union europeenne").contains(.organization))
        #expect(g.categories(ofPhrase: "Fédération de Russie").contains(.country) || g.categories(ofPhrase: "Fédération de Russie").contains(.place))
        #expect(g.categories(ofPhrase: "Bamako").contains(.city) || g.categories(ofPhrase: "Bamako").contains(.place))
        #expect(g.categories(ofPhrase: "Élysée").contains(.seatOfPower))
        #expect(g.categories(ofWord: "depuis").contains(.commonWord))
        #expect(g.categories(ofWord: "emmanuel").contains(.givenName))
        #expect(!g.categories(ofWord: "france").contains(.commonWord))
    }

    @Test func listsFromContentsWithCommentsAndMultiWordEntries() {
        let g = Gazetteers(contents: [
            ("organisations.txt", "# comment\nONU\nConseil d’État\n\n"),
            ("unknown.txt", "Ignoré\n"),
        ])
        #expect(g.entryCount == 2)
        #expect(g.categories(ofPhrase: "Conseil d'Etat") == .organization)
        #expect(g.categories(ofPhrase: "Ignoré").isEmpty)
        #expect(g.categories(ofPhrase: "Conseil").isEmpty)
    }

    @Test("An elided entry (`d'`, `l’`) is one elision, as texts write it before a word")
    func elidedEntriesMatchElisions() {
        let g = Gazetteers(contents: [("name-particles.txt", "de\nd'\nl’\n")])
        let tokens = FrenchTokenizer().tokens(in: "d’Estaing l'Alsace")
        #expect(tokens.map(\.kind) == [.elision, .word, .elision, .word])
        #expect(g.categories(ofWord: tokens[0].folded) == .nameParticle)
        #expect(g.categories(ofWord: tokens[2].folded) == .nameParticle)
        #expect(g.categories(ofWord: "d").isEmpty)
    }

    @Test func calendarWordsComeFromTheLoadersMonthFile() throws {
        let g = try Gazetteers(directory: try #require(sharedResources()))
        #expect(g.categories(ofWord: "fevrier").contains(.month))
        #expect(g.categories(ofWord: "jeudi").contains(.weekday))
        #expect(!g.categories(ofWord: "sept").contains(.month), "abbreviations are not DATE words")
        let lists = Gazetteers.calendarLists("[months]\nmars 3\njanv. 1\n[weekdays]\nlundi\n")
        #expect(lists.map(\.text) == ["mars\nmi-mars", "lundi"], "`mi-mars` is one word: the month is a part of it")
        // English months: each month's longest name of `dates/names.txt`, never an abbreviation.
        #expect(g.categories(ofWord: "january").contains(.englishMonth))
        #expect(!g.categories(ofWord: "jan").contains(.englishMonth) && !g.categories(ofWord: "sept").contains(.englishMonth))
        let english = Gazetteers.englishMonthList("[months]\njan 1\njanuary 1\nmay 5\n\n[weekdays]\nmonday\n")
        #expect(english.text == "january\nmay")
    }

    @Test("The recogniser reads the loader's abbreviations: one list for sentence ends and names")
    func abbreviationsComeFromTheLoadersList() throws {
        let g = Gazetteers(contents: [("abbreviations.txt", "# titles\nM.\ncf.\nEd.\nc.-à-d.\n")])
        #expect(g.entryCount == 0, "abbreviations are not names")
        #expect(g.isAbbreviation("M") && g.isAbbreviation("Ed") && g.isAbbreviation("cf") && g.isAbbreviation("Cf"))
        #expect(!g.isAbbreviation("m"), "an entry in capitals matches only capitals, as in the segmenter")
        #expect(!g.isAbbreviation("Fayard") && !g.isAbbreviation("c"))
        let bundled = try Gazetteers(directory: try #require(sharedResources()))
        let french = try FrenchData.load()
        for entry in french.abbreviations where entry.hasSuffix(".") && !entry.dropLast().contains(".") {
            #expect(bundled.isAbbreviation(String(entry.dropLast())), "\(entry)")
        }
        // Without the list, `Ed.` before a publisher would be read as a given name.
        let bare = EntityRecognizer(gazetteers: Gazetteers(contents: [("given-names.txt", "Ed\n")]))
        let listed = EntityRecognizer(gazetteers: Gazetteers(contents: [("given-names.txt", "Ed\n"), ("abbreviations.txt", "Ed.\n")]))
        #expect(bare.entities(in: "Un livre (Ed. Fayard) sort.").contains { $0.text.hasPrefix("Ed") })
        #expect(!listed.entities(in: "Un livre (Ed. Fayard) sort.").contains { $0.text.hasPrefix("Ed") })
    }

    private func sharedResources() -> URL? {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("Resources/ner")
    }
}
