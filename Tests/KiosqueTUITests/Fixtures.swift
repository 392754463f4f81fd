import KiosqueCore
@testable import KiosqueTUI

/// A sentence for a hand-built article: ordinary text by default (a string literal).
struct S: ExpressibleByStringLiteral {
    var text: String
    var style: LineStyle = .text
    var endsLine = false
    init(stringLiteral value: String) { text = value }
    init(_ text: String, style: LineStyle = .text, endsLine: Bool = false) {
        self.text = text
        self.style = style
        self.endsLine = endsLine
    }
}

func teaser(_ text: String) -> S { S(text, style: .teaser, endsLine: true) }
func heading(_ text: String) -> S { S(text, style: .heading, endsLine: true) }

/// Articles built by hand, with ranges computed as the loader would (code point offsets).
enum Fixtures {
    /// An article: a boilerplate line (`Menu`), the title paragraph, then body paragraphs of
    /// sentences; sentences of a paragraph are joined by a space, or a line feed after one that
    /// ends a line; blocks are separated by a blank line.
    static func article(id: String = "000_test", title: String, date: ArticleDate? = nil, source: String? = nil,
                        url: String? = nil, notes: [LoadReason] = [], paragraphs: [[S]]) -> Article {
        var text = ""
        var count = 0
        var blocks: [Paragraph] = []
        func append(_ s: String) {
            text += s
            count += s.unicodeScalars.count
        }
        func block(role: ParagraphRole, sentences: [S]) {
            if !text.isEmpty { append("\n\n") }
            let start = count
            var built: [Sentence] = []
            for (i, s) in sentences.enumerated() {
                if i > 0 { append(sentences[i - 1].endsLine ? "\n" : " ") }
                let sStart = count
                append(s.text)
                built.append(Sentence(range: TextRange(sStart, count), text: s.text, style: s.style, endsLine: s.endsLine))
            }
            blocks.append(Paragraph(range: TextRange(start, count), role: role,
                                    sentences: role == .body ? built : []))
        }
        block(role: .boilerplate, sentences: ["Menu"])
        block(role: .title, sentences: [S(title)])
        for p in paragraphs { block(role: .body, sentences: p) }
        return Article(id: ArticleID(id), title: title, date: date, location: "seeds/\(id).txt", source: source,
                       url: url, text: text, paragraphs: blocks, notes: notes)
    }

    static let date = ArticleDate(year: 2024, month: 2, day: 29)

    /// From seeds/000: the Malian ministers in Moscow.
    static var mali: Article {
        article(id: "000_214017a4d4061c86", title: "Lutte contre les terroristes : Deux ministres maliens en Russie",
                date: date, source: "Journal du Mali", url: "https://example.org/mali-russie", notes: [.other("decoded as UTF-8")],
                paragraphs: [
                    ["Les ministres maliens des Affaires étrangères et de la Défense sont, à partir de ce mercredi 28 février, en déplacement en Russie.",
                     "Ils se sont entretenus avec Sergueï Lavrov, le chef de la diplomatie russe.",
                     "L’objectif de cette visite : la diversification du partenariat qui lie les deux pays."],
                    ["Figures de la junte au pouvoir au Mali, Abdoulaye Diop et Sadio Camara – qui est considéré comme « l’homme de Moscou » à Bamako – ont fait le déplacement dans la capitale russe, ce mercredi 28 février.",
                     "Une « visite d’amitié et de travail » qui doit durer deux jours, et qui vise à promouvoir « une coopération diversifiée et mutuellement avantageuse », comme l’écrit le ministère malien des Affaires étrangères sur les réseaux sociaux."],
                    [teaser("A lire : Russie-Afrique : Sergueï Lavrov, le penseur-étoile de Vladimir Poutine"),
                     "Dans la matinée de ce mercredi, les deux émissaires maliens ont été reçus par le chef de la diplomatie russe, Sergueï Lavrov."],
                    [heading("Dépasser le volet sécuritaire"),
                     "Au menu de cette visite : la diversification du partenariat qui lie Bamako et Moscou.",
                     "« Nous souhaitons étendre notre coopération aux secteurs économiques et commerciaux, au-delà du volet sécuritaire », a résumé Abdoulaye Diop lors de la conférence de presse qui a suivi la rencontre avec son homologue russe."],
                    ["Partenaire historique de Bamako, Moscou est devenu un allié incontournable de la junte malienne depuis l’arrivée au pouvoir – par la force – du colonel Assimi Goïta, en 2021.",
                     "Déjà présente au Mali dans le cadre d’un partenariat militaire, la Russie de Vladimir Poutine a largement renforcé son appui à l’armée malienne en déployant sur le terrain quelque 1 500 mercenaires du groupe Wagner et en lui fournissant plusieurs dizaines d’avions et d’hélicoptères."],
                ])
    }

    /// From seeds/004: the same visit seen by another agency (month-precise date).
    static var anadolu: Article {
        article(id: "004_45fef588cce4af94", title: "Le Mali et la Russie réaffirment leur coopération de défense",
                date: ArticleDate(year: 2024, month: 3), source: "Anadolu",
                paragraphs: [
                    ["Le Mali et la Russie ont réaffirmé le raffermissement de leur coopération en matière de défense et de sécurité, a appris Anadolu de sources concordantes, jeudi."],
                    ["La diplomatie malienne s’est félicitée des avancées considérables enregistrées en matière de défense et d’intégrité territoriale du Mali, grâce à l’aide, dit-elle, de la Russie."],
                ])
    }

    /// An article without a date.
    static var undated: Article {
        article(id: "009_undated", title: "Sans date", paragraphs: [["Un court texte."]])
    }

    /// The Mali body repeated `times` times: a long article.
    static func long(times: Int) -> Article {
        let body = mali.paragraphs.filter { $0.role == .body }.map { p in
            p.sentences.map { S($0.text, style: $0.style, endsLine: $0.endsLine) }
        }
        return article(id: "100_long", title: "Un long article", date: date,
                       paragraphs: Array((0..<times).map { _ in body }.joined()))
    }

    /// A catalogue of the articles (each a text file at its `location`), as the index would give
    /// it: their analyses (the given entities, the given sectors in the order of a taxonomy of
    /// `sectorCount` sectors) are kept by `FixtureCorpus` under new analysis ids, so that loads
    /// answer with them.
    ///
    /// `reusing`: an article of that catalogue with the same id and location keeps its analysis
    /// id, as the index keeps an unchanged article's analysis (content hash) across refreshes.
    static func catalogue(_ articles: [Article], entities: [Int: [Entity]] = [:], sectors: [Int: ArticleSectors] = [:],
                          sectorCount: Int = 0, reusing previous: Catalogue? = nil) -> Catalogue {
        var summaries: [ArticleSummary] = []
        var ids: [Int64] = []
        for (i, article) in articles.enumerated() {
            var levels = [SectorLevel](repeating: .absent, count: sectorCount)
            var scores = [Double](repeating: 0, count: sectorCount)
            for entry in sectors[i]?.entries ?? [] where Int(entry.sector) < sectorCount {
                levels[Int(entry.sector)] = entry.level
                scores[Int(entry.sector)] = Double(entry.score)
            }
            let found = entities[i] ?? []
            let analysis = ArticleAnalysis(entities: found, readable: found.map { article.isReadable(at: $0.range.start) },
                                           sectorLevels: levels, sectorScores: scores, paragraphSectors: [])
            if let previous, let position = previous.position(location: article.location, id: article.id) {
                ids.append(previous.analysisIDs[position])
            } else {
                ids.append(FixtureCorpus.shared.keep(article, analysis: analysis))
            }
            summaries.append(ArticleSummary(id: article.id, title: article.title, date: article.date, source: article.source,
                                            place: ArticlePlace(path: article.location, kind: .text, line: 0,
                                                                bytes: 0..<article.text.utf8.count),
                                            sectorLevels: levels, sectorScores: scores, url: article.url))
        }
        return Catalogue(summaries: summaries, analysisIDs: ids, sectorCount: sectorCount)
    }

    /// A started reader state on the articles: the first article is shown (loaded from
    /// `FixtureCorpus`), as the runtime does at start. The list is in `order`: file order by
    /// default, which the tests written before the orders (issue 15) expect; the reader's own
    /// default, newest first, is `ListState.defaultOrder` (`RoutineUpdateTests`).
    /// The three panels side by side as they were before `PanelWidths` (the list 40 % of the
    /// room beside the reader, the side panel 24 % of the screen and shown), so that the feature
    /// tests keep their columns; the layout tests pass `.standard`, the default.
    static let classicPanels = PanelWidths(list: 40, side: 24, sideFolded: false)

    static func state(_ articles: [Article] = [mali, anadolu, undated], issues: [LoadIssue] = [], width: Int = 120,
                      height: Int = 40, language: Language = .english, colors: ColorSupport = .system16,
                      entities: [Int: [Entity]] = [:], sectors: [Int: ArticleSectors] = [:], sectorCount: Int = 0,
                      order: ListOrder = .corpus, panels: PanelWidths = classicPanels) -> AppState {
        var catalogue = catalogue(articles, entities: entities, sectors: sectors, sectorCount: sectorCount)
        catalogue.issues = issues
        var state = AppState(catalogue: catalogue, size: Size(width: width, height: height),
                             display: DisplayOptions(colors: colors, language: language))
        state.list.order = order
        state.ordering = catalogue.ordering(order)
        state.panels = panels
        state.send(.started)
        return state
    }
}

extension AppState {
    /// Sends keys by name (`"j"`, `"Enter"`, `"Ctrl-d"`), returning the effects; article loads,
    /// bookmark anchors and searches are answered by `FixtureCorpus` at once, as the runtime does,
    /// and left out.
    @discardableResult
    mutating func press(_ names: String...) -> [Effect] {
        var effects: [Effect] = []
        for name in names {
            guard let key = KeyName.parse(name) else {
                preconditionFailure("test uses an unknown key name \(name)")
            }
            effects += send(.key(key))
        }
        return effects
    }

    /// Applies a message, answering loads, anchors and searches from `FixtureCorpus` (and
    /// applying the answers) as the runtime's dispatcher would; returns the other effects.
    @discardableResult
    mutating func send(_ message: Message) -> [Effect] {
        send(message, answering: FixtureCorpus.shared)
    }

    /// The same, with searches answered by `service` (nil: left unanswered, and returned among
    /// the effects, as when the search worker has not answered yet).
    @discardableResult
    mutating func send(_ message: Message, answering service: (any SearchService)?) -> [Effect] {
        var effects: [Effect] = []
        var queue = [message]
        while !queue.isEmpty {
            for effect in App.update(&self, queue.removeFirst()) {
                switch effect {
                case .loadArticle, .anchorBookmarks: queue += FixtureCorpus.shared.run(effect)
                case .search(let request) where service != nil:
                    if let service { queue.append(.searchFinished(FixtureCorpus.answer(request, from: service))) }
                default: effects.append(effect)
                }
            }
        }
        return effects
    }

    var screen: Grid { App.render(self).composed }

    /// The status line's notices as the status bar words them now.
    var noticeText: String? { notice.map { StatusBarView.text(of: $0, self) } }
    var statusText: String? { statusMessage.map { StatusBarView.text(of: $0, self) } }
    var storeWarningText: String? { storeWarning.map { StatusBarView.text(of: $0, self) } }

    /// The id of the article at a position of the catalogue.
    func id(_ position: Int) -> ArticleID { catalogue.ids[position] }

    /// The read and unread marks of the article at a position (they are kept by `ArticleKey`).
    func isRead(_ position: Int) -> Bool { reading.isRead(key(at: position)) }
    func isUnread(_ position: Int) -> Bool { reading.isUnread(key(at: position)) }
}

extension Grid {
    /// The row holding `text`, if any.
    func row(containing text: String) -> Int? { lines.firstIndex { $0.contains(text) } }

    /// The column where `text` starts on row `y` (counting cells, wide characters as two).
    func column(of text: String, row y: Int) -> Int? {
        var line = ""
        var columns: [Int] = []
        for x in 0..<width where !self[x, y].isContinuation {
            for _ in self[x, y].grapheme { columns.append(x) }
            line += self[x, y].grapheme
        }
        guard let range = line.range(of: text) else { return nil }
        let index = line.distance(from: line.startIndex, to: range.lowerBound)
        return columns.indices.contains(index) ? columns[index] : nil
    }
}
