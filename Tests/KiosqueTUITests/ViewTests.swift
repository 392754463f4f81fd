import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("Views drawn into grids")
struct ViewTests {
    /// A grid with one view drawn, for views tested alone.
    func draw(_ state: AppState, width: Int, height: Int, _ view: (AppState, Rect, inout Grid) -> Void) -> Grid {
        var grid = Grid(width: width, height: height)
        view(state, grid.bounds, &grid)
        return grid
    }

    @Test func listRowsShowDateAndTitleNewestFirst() {
        let state = Fixtures.state(order: .newest)
        let grid = draw(state, width: 40, height: 6) { ArticleListView.draw($0, in: $1, into: &$2) }
        #expect(grid.lines == [
            "┌─ Articles (3) ───────────────────────┐",
            "│• 2024-03    Le Mali et la Russie réa…│",
            "│  2024-02-29 Lutte contre les terrori…│",
            "│             Sans date                │",
            "│                                      │",
            "└──────────────────────────────────────┘",
        ])
    }

    @Test func selectedRowIsReverseAndOthersAreNot() {
        var state = Fixtures.state()
        state.press("j")
        let grid = draw(state, width: 40, height: 6) { ArticleListView.draw($0, in: $1, into: &$2) }
        for x in 1..<39 { #expect(grid[x, 2].style.attributes.contains(.reverse), "x \(x)") }
        #expect(!grid[5, 1].style.attributes.contains(.reverse))
        #expect(!grid[5, 3].style.attributes.contains(.reverse))
    }

    @Test func focusedBorderIsBoldAndColouredOthersPlain() {
        let state = Fixtures.state()
        let grid = state.screen
        #expect(grid[0, 0].style.attributes.contains(.bold))
        #expect(grid[0, 0].style.foreground == .cyan)
        let titleX = grid.column(of: "Articles (3)", row: 0) ?? 0
        #expect(grid[titleX, 0].style.attributes.contains(.bold))
        #expect(grid[36, 0].style == .plain, "the reader's border is not focused")
        #expect(grid[36, 5].grapheme == "│")
    }

    @Test func monochromeKeepsEveryMarkVisibleWithoutColour() throws {
        var state = Fixtures.state(colors: .monochrome)
        state.press("Enter")
        let grid = state.screen
        for cell in grid.cells {
            #expect(cell.style.foreground == .default && cell.style.background == .default)
        }
        // Focused reader: bold border, bold reverse title.
        #expect(grid[36, 0].style.attributes.contains(.bold))
        let titleX = try #require(grid.column(of: "Reader", row: 0))
        #expect(grid[titleX, 0].style.attributes == [.bold, .reverse])
        // Selected row (list unfocused): reverse.
        #expect(grid[5, 1].style.attributes.contains(.reverse))
        // Cursor sentence underlined, with the mark.
        let row = try #require(grid.row(containing: "▌ Les ministres"))
        let x = try #require(grid.column(of: "Les ministres", row: row))
        #expect(grid[x, row].style.attributes.contains(.underline))
        // Teaser dim, heading bold.
        // (The side panel's outline also shows "A lire": look for what only the reader shows.)
        let teaserRow = try #require(grid.row(containing: "Russie-Afrique : Sergueï"))
        let teaserX = try #require(grid.column(of: "Russie-Afrique", row: teaserRow))
        #expect(grid[teaserX, teaserRow].style.attributes.contains(.dim))
        let headingRow = try #require(grid.row(containing: "Dépasser le volet"))
        let headingX = try #require(grid.column(of: "Dépasser", row: headingRow))
        #expect(grid[headingX, headingRow].style.attributes.contains(.bold))
    }

    @Test func readerShowsTitleMetaAndParagraphs() {
        let state = Fixtures.state()
        let grid = draw(state, width: 60, height: 16) { ReaderView.draw($0, in: $1, into: &$2) }
        #expect(grid.lines == [
            "┌─ Reader ─────────────────────────────────────────────────┐",
            "│ Lutte contre les terroristes : Deux ministres maliens en │",
            "│ Russie                                                   │",
            "│ 2024-02-29 · Journal du Mali · 000_214017a4d4061c86      │",
            "│                                                          │",
            "│▌ Les ministres maliens des Affaires étrangères et de la  │",
            "│▌ Défense sont, à partir de ce mercredi 28 février, en    │",
            "│▌ déplacement en Russie. Ils se sont entretenus avec      │",
            "│  Sergueï Lavrov, le chef de la diplomatie russe.         │",
            "│  L’objectif de cette visite : la diversification du      │",
            "│  partenariat qui lie les deux pays.                      │",
            "│                                                          │",
            "│  Figures de la junte au pouvoir au Mali, Abdoulaye Diop  │",
            "│  et Sadio Camara – qui est considéré comme « l’homme de  │",
            "│  Moscou » à Bamako – ont fait le déplacement dans la     │",
            "└──────────────────────────────────────────────────────────┘",
        ])
        // Title bold; cursor sentence underlined up to its end, the next sentence not.
        #expect(grid[2, 1].style.attributes.contains(.bold))
        #expect(grid[3, 5].style.attributes.contains(.underline))
        let end = grid.column(of: "Russie.", row: 7) ?? 0
        #expect(grid[end, 7].style.attributes.contains(.underline))
        let next = grid.column(of: "Ils", row: 7) ?? 0
        #expect(!grid[next, 7].style.attributes.contains(.underline))
        #expect(grid[1, 5].style.foreground == .yellow)
    }

    @Test func teaserDimAndHeadingBold() throws {
        var state = Fixtures.state(width: 120, height: 60)
        state.press("Enter")
        let grid = state.screen
        let teaserRow = try #require(grid.row(containing: "A lire : Russie-Afrique : Sergueï"))
        let x = try #require(grid.column(of: "A lire : Russie-Afrique : Sergueï", row: teaserRow))
        #expect(grid[x, teaserRow].style.attributes.contains(.dim))
        // The sentence after the teaser (on its own line) is not dimmed.
        let afterRow = try #require(grid.row(containing: "Dans la matinée"))
        #expect(afterRow == teaserRow + 2)
        let ax = try #require(grid.column(of: "Dans", row: afterRow))
        #expect(!grid[ax, afterRow].style.attributes.contains(.dim))
        let headingRow = try #require(grid.row(containing: "Dépasser le volet sécuritaire"))
        let hx = try #require(grid.column(of: "Dépasser", row: headingRow))
        #expect(grid[hx, headingRow].style.attributes.contains(.bold))
        let bodyX = try #require(grid.column(of: "Au menu", row: headingRow + 1))
        #expect(!grid[bodyX, headingRow + 1].style.attributes.contains(.bold))
    }

    @Test func controlCharactersAreShownAsSymbols() throws {
        let hostile = Fixtures.article(id: "evil", title: "Titre \u{1B}[2J piégé\u{7}",
                                       paragraphs: [["Texte \u{1B}]0;pwned\u{7} et \u{202E}inversé\u{202C} fin.", "Tab\tici\u{0}."]])
        var state = Fixtures.state([hostile])
        state.press("Enter")
        for size in [Size(width: 120, height: 40), Size(width: 80, height: 24)] {
            _ = App.update(&state, .resize(size))
            let grid = state.screen
            for cell in grid.cells {
                for scalar in cell.grapheme.unicodeScalars {
                    #expect(!SafeText.needsReplacing(scalar), "raw U+\(String(scalar.value, radix: 16)) in a cell")
                }
            }
            #expect(grid.text.contains("␛[2J"))
            #expect(grid.text.contains("␛]0;pwned␇"))
            #expect(grid.text.contains("\u{FFFD}inversé\u{FFFD}"))
        }
    }

    @Test func wideCharactersInTitlesTakeTwoCells() throws {
        let cjk = Fixtures.article(id: "cjk", title: "東京 と パリ 👍", paragraphs: [["日本語の文です。"]])
        let state = Fixtures.state([cjk])
        let grid = state.screen
        let x = try #require(grid.column(of: "東京", row: 1))
        #expect(grid[x, 1].width == 2)
        #expect(grid[x + 1, 1].isContinuation)
        #expect(grid.lines[1].contains("東京 と パリ 👍"))
        // The border still closes at the panel's edge.
        #expect(grid[35, 1].grapheme == "│")
    }

    @Test func emptyCorpusSaysSoInBothLanguages() {
        let en = Fixtures.state([]).screen.text
        #expect(en.contains("│ No articles"))
        #expect(en.contains("No article to read. Open files with: kiosque FILE..."))
        let fr = Fixtures.state([], language: .french).screen.text
        #expect(fr.contains("│ Aucun article"))
        #expect(fr.contains("Ouvrez des fichiers"))
    }

    @Test func statusLineShowsFirstIssueAndCount() {
        let issues = [LoadIssue(location: "x.bin", reason: .other("binary file")), LoadIssue(location: "y.txt", reason: .other("empty"))]
        let state = Fixtures.state(issues: issues)
        let grid = state.screen
        #expect(grid.lines[38].hasPrefix(" 2 problems reading the files: x.bin: binary file (P: all)"))
        #expect(grid.lines[38].hasSuffix("1/3 "))
        let one = Fixtures.state(issues: [LoadIssue(location: "x.bin", reason: .binaryFile)], language: .french).screen
        #expect(one.lines[38].hasPrefix(" 1 problème à la lecture des fichiers : x.bin : fichier binaire, pas du texte (P : détails)"))
    }

    @Test func longIssueIsCutBeforeThePosition() {
        let issue = LoadIssue(location: String(repeating: "dossier/", count: 30) + "x.bin", reason: .other("binary file"))
        let grid = Fixtures.state(issues: [issue], width: 80, height: 24).screen
        #expect(grid.lines[22].hasPrefix(" 1 problem reading the files: …"), "the path is cut from its start")
        #expect(grid.lines[22].hasSuffix("dossier/x.bin: binary file (P: details) 1/3 "), "the name, the reason and the key stay")
    }

    @Test func hintBarInBothLanguages() {
        #expect(Fixtures.state().screen.lines[39].hasPrefix("? help  q quit  Tab panel  Enter open  z focus  Esc back"))
        #expect(Fixtures.state(language: .french).screen.lines[39]
            .hasPrefix("? aide  q quitter  Tab panneau  Enter ouvrir  z focus  Esc retour"))
        var help = Fixtures.state()
        help.press("?")
        #expect(help.screen.lines[39].hasPrefix("j scroll  Esc close"))
    }

    @Test func hintBarFollowsTheKeyMap() throws {
        var state = Fixtures.state()
        state.keyMap = try KeyMap(groups: [BindingGroup(title: LocalizedText(en: "All", fr: "Tout"), bindings: [
            Binding(action: .help, keyNames: ["F1"], keys: [.function(1)], help: LocalizedText(en: "help", fr: "aide")),
            Binding(action: .quit, keyNames: ["x"], keys: [.character("x")], help: LocalizedText(en: "quit", fr: "quitter")),
        ])])
        #expect(state.screen.lines[39].hasPrefix("F1 help  x quit "))
    }

    @Test func helpOverlayListsEveryBindingOfTheKeyMap() throws {
        var state = Fixtures.state(width: 120, height: 180)
        state.press("?")
        let frame = App.render(state)
        #expect(frame.overlays.count == 1)
        let overlay = try #require(frame.overlays.first)
        let text = overlay.grid.text
        #expect(text.contains("Help: keys"))
        #expect(text.contains("Esc, ? or q to close"))
        for group in state.keyMap.groups { #expect(text.contains(group.title.en)) }
        for binding in state.keyMap.bindings {
            #expect(text.contains(binding.keyNames.joined(separator: ", ")), "\(binding.action)")
            let firstWords = binding.help.en.split(separator: " ").prefix(2).joined(separator: " ")
            #expect(text.contains(firstWords), "\(binding.action)")
        }
        // The base is unchanged; the overlay sits on top, centred.
        #expect(!frame.base.text.contains("Help: keys"))
        #expect(frame.composed.text.contains("Help: keys"))
        #expect(overlay.origin.x == (120 - overlay.grid.width) / 2)
        #expect(overlay.grid.height < 180, "the whole help is shown, not scrolled")
    }

    @Test func helpIsFrenchInFrench() throws {
        var state = Fixtures.state(width: 120, height: 50, language: .french)
        state.press("?")
        let text = try #require(App.render(state).overlays.first).grid.text
        #expect(text.contains("Aide : touches"))
        #expect(text.contains("Se déplacer"))
        #expect(text.contains("page suivante"))
    }

    @Test func sidePanelShowsOutlineAndDetails() {
        var state = Fixtures.state()
        state.press("Enter", "j", "j", "j")
        let grid = draw(state, width: 30, height: 24) { SidePanelView.draw($0, in: $1, into: &$2) }
        #expect(Array(grid.lines.prefix(8)) == [
            "┌─ Details ──────────────────┐",
            "│Outline                     │",
            "│  Les ministres maliens des…│",
            "│▸ Figures de la junte au po…│",
            "│  A lire : Russie-Afrique :…│",
            "│  Dépasser le volet sécurit…│",
            "│  Partenaire historique de …│",
            "│                            │",
        ])
        let text = grid.text
        #expect(text.contains("id: 000_214017a4d4061c86"))
        #expect(text.contains("date: 29 Feb 2024"), "written for the reader's language")
        #expect(text.contains("source: Journal du Mali"))
        #expect(text.contains("words: 286"))
        #expect(text.contains("5 paragraphs, 12 sentences"))
        #expect(text.contains("note: decoded as UTF-8"))
        #expect(grid[3, 3].style.attributes.contains(.bold))
    }

    @Test("a date read from the article's address says so in the details, in the reader's language")
    func detailsSayADateComesFromTheAddress() throws {
        var article = Fixtures.mali
        let day = try #require(ArticleDate(iso8601: "2018-11-17"))
        article.date = day
        article.dateFromAddress = true
        for (language, expected) in [(Language.english, "date: 17 Nov 2018 (from its address)"),
                                     (Language.french, "date : 17 novembre 2018 (d’après son adresse)")] {
            var state = Fixtures.state([article], language: language)
            state.press("Enter")
            let grid = draw(state, width: 60, height: 30) { SidePanelView.draw($0, in: $1, into: &$2) }
            #expect(grid.text.contains(expected), "\(grid.text)")
        }
    }

    @Test func detailsShowTheTimeInTheReadersLanguage() throws {
        var article = Fixtures.mali
        let date = try #require(ArticleDate(iso8601: "2024-03-15T08:00:00"))
        article.date = date
        var state = Fixtures.state([article], language: .french)
        state.press("Enter")
        let grid = draw(state, width: 40, height: 30) { SidePanelView.draw($0, in: $1, into: &$2) }
        #expect(grid.text.contains("15 mars 2024, 08:00"), "\(grid.text)")
        #expect(ReaderView.metaLine(article).hasPrefix("2024-03-15 08:00 · "))
    }
}
