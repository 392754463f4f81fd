import Foundation
import Testing

/// The sector journey of issue 4 on three articles written by the test (énergie, éducation,
/// défense): `2` keeps the énergie article, Enter opens it, `}` and `{` go from one énergie
/// passage to the other, `0` brings the whole list back. Every wait has a deadline.
@Suite(.serialized)
struct SectorJourneyTests {
    static let educationTitle = "Les enseignants"
    static let defenseTitle = "L'armée déploie"

    /// Three articles, one JSON line each; blocks between blank lines are paragraphs; dated so
    /// that newest first (the default order) lists them in file order.
    static let jsonl = [
        #"{"id": "ene-1", "title": "Le prix de l'électricité va encore augmenter", "date": "2019-01-17", "source": "Test", "text": "Le prix de l'électricité va encore augmenter\n\nLe régulateur propose une hausse des tarifs réglementés de l'électricité d'EDF. Les fournisseurs d'énergie répercutent la hausse du prix du gaz et du pétrole.\n\nLe maire a inauguré la nouvelle place du marché samedi matin, sous un beau soleil. Les habitants sont venus nombreux.\n\nLes centrales nucléaires et les barrages hydroélectriques produisent l'essentiel de l'électricité du pays. La production d'énergie renouvelable progresse.\n\nLe concert de dimanche a réuni trois cents personnes."}"#,
        #"{"id": "edu-1", "title": "Les enseignants en grève contre la réforme du lycée", "date": "2019-01-16", "source": "Test", "text": "Les enseignants en grève contre la réforme du lycée\n\nLes professeurs des écoles et des lycées manifestent contre la réforme du baccalauréat. Les élèves et les parents d'élèves les soutiennent.\n\nLe ministre de l'Éducation nationale défend la réforme de l'enseignement."}"#,
        #"{"id": "def-1", "title": "L'armée déploie des soldats au Sahel", "date": "2019-01-15", "source": "Test", "text": "L'armée déploie des soldats au Sahel\n\nL'état-major a annoncé l'envoi de troupes supplémentaires. Les militaires appuieront l'opération militaire en cours avec des drones et des hélicoptères de combat.\n\nLa ministre des Armées a rendu hommage aux soldats."}"#,
    ].joined(separator: "\n") + "\n"

    /// The reader row holding the passage cursor `▌`, if any.
    static func cursorRow(_ screen: String) -> String? {
        screen.split(separator: "\n").first { $0.contains("│▌") }.map(String.init)
    }

    @Test("2 keeps the énergie article; } and { jump between its énergie passages; 0 clears")
    func filterJumpClear() throws {
        let corpus = try CommandFixture(corpus: Self.jsonl)
        defer { withExtendedLifetime(corpus) {} } // the reader reads the file until it quits
        let pane = try ReaderPane(width: 120, height: 30, arguments: [corpus.corpus])
        defer { pane.close() }
        let tmux = pane.tmux
        try tmux.waitUntil("the whole list") { $0.contains("unread / 3)") && $0.contains(Self.educationTitle) }

        // `2`: only the énergie article, counted out of three, once every article is classified.
        try tmux.sendKeys("2")
        let filtered = try tmux.waitUntil("the énergie list") { screen in
            screen.contains("Articles (1/3) · énergie") && screen.contains("énergie: 1/3")
        }
        let list = filtered.split(separator: "\n").map { $0.prefix(36) }.joined(separator: "\n")
        #expect(list.contains("Le prix de l'éle"), "\(filtered)")
        #expect(!filtered.contains(Self.educationTitle) && !filtered.contains(Self.defenseTitle), "\(filtered)")
        #expect(filtered.contains(" ENE│"), "its sector mark")

        // Enter opens it: the first énergie passage carries the cursor and the margin mark.
        try tmux.sendKeys("Enter")
        let opened = try tmux.waitUntil("the article with its marked passages") { screen in
            Self.cursorRow(screen)?.contains("│▌┃Le régulateur") == true
        }
        #expect(opened.contains("│ ┃Les centrales nucléaires"), "the second passage is marked too:\n\(opened)")
        #expect(opened.contains("│  Le maire a inauguré"), "a paragraph of no sector is not")

        // `}`: the cursor goes to the next énergie passage; `{` back to the first.
        try tmux.sendKeys("}")
        try tmux.waitUntil("the cursor on the second passage") { Self.cursorRow($0)?.contains("│▌┃Les centrales nucléaires") == true }
        try tmux.sendKeys("}")
        try tmux.sendKeys("{")
        try tmux.waitUntil("the cursor back on the first passage") { Self.cursorRow($0)?.contains("│▌┃Le régulateur") == true }

        // `0`: every article again, no passage marked.
        try tmux.sendKeys("0")
        let cleared = try tmux.waitUntil("the whole list again") { screen in
            screen.contains("unread / 3) ─") && screen.contains(Self.educationTitle) && screen.contains(Self.defenseTitle)
        }
        #expect(!cleared.contains("┃"), "no sector active, no margin marks")
        try tmux.sendKeys("q")
        let (status, _) = try pane.waitForExit()
        #expect(status == 0)
    }
}
