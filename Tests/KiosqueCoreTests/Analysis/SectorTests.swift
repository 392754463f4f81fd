import Foundation
import Testing
@testable import KiosqueCore

@Suite struct SectorTests {
    static let classifier = try! SectorClassifier.bundled()

    func level(_ name: String, _ text: String) -> SectorLevel {
        let c = Self.classifier
        let s = c.taxonomy.sectors.firstIndex { $0.name == name }!
        return c.classify(paragraph: text)[s].level
    }

    func terms(_ name: String, _ text: String) -> [String] {
        let c = Self.classifier
        let s = c.taxonomy.sectors.firstIndex { $0.name == name }!
        return c.classify(paragraph: text)[s].terms
    }

    @Test("the taxonomy has the three required sectors and the monitoring ones, with keys and colours")
    func taxonomy() {
        let t = Self.classifier.taxonomy
        #expect(t.sectors.count >= 11)
        #expect(t.sector(named: "energie")?.name == "énergie")
        #expect(t.sector(named: "DEF")?.name == "défense")
        #expect(t.sector(named: "Éducation")?.key == "EDU")
        #expect(Set(t.sectors.map(\.key)).count == t.sectors.count)
    }

    @Test("word forms, accents and case: défense, défensif, DÉFENSIVES, militaro-technique")
    func wordForms() {
        #expect(terms("défense", "Une posture défensive.") == ["défensive"])
        #expect(terms("défense", "Des systèmes DEFENSIFS et des armes défensives.").count == 3)
        #expect(terms("défense", "La coopération militaro-technique") == ["militaro"])
        #expect(terms("éducation", "Les enseignants et l'enseignement supérieur").count == 2)
        #expect(terms("défense", "Il a chargé le dossier.").isEmpty) // `char` is a word, not a stem
    }

    @Test("phrases: frais d’inscription, prix de l'électricité (both apostrophes)")
    func phrases() {
        #expect(terms("éducation", "La hausse des frais d’inscription.") == ["frais d'inscription"])
        #expect(terms("énergie", "Le prix de l'électricité augmente.") == ["prix de l'électricité"])
    }

    @Test("la formation des militaires is défense, not éducation")
    func claimedByNeighbour() {
        let text = "L’accord prévoit la formation des militaires maliens par des instructeurs russes."
        #expect(level("défense", text) == .mentioned)
        #expect(level("éducation", text) == .absent)
        #expect(level("éducation", "La formation des enseignants reprendra à la rentrée scolaire.") == .mentioned)
    }

    @Test("a list of cooperation fields is a mention, never a topic")
    func listOfFields() throws {
        let text = """
            Titre : visite officielle à Moscou

            Les deux ministres ont confirmé leur volonté d’élargir la coopération à d’autres secteurs, \
            tels que l’énergie, le transport, l’agriculture ou l’éducation.

            La réunion a aussi porté sur la situation politique régionale et sur la diplomatie.
            """
        let article = try TestSupport.parse(text)
        let analysis = Self.classifier.classify(article)
        for name in ["énergie", "éducation", "transport", "agriculture"] {
            let sector = try #require(Self.classifier.taxonomy.sector(named: name))
            #expect(analysis.level(sector) == .mentioned, "\(name)")
        }
    }

    @Test("an article about energy is central for énergie, absent for éducation; boilerplate does not count")
    func centralArticle() throws {
        let text = """
            La hausse du prix de l’électricité inquiète

            Le gouvernement a annoncé une hausse de 10 % du prix de l’électricité. Les fournisseurs d’énergie \
            invoquent le coût du gaz et du pétrole sur les marchés.

            Les centrales nucléaires d’EDF ont produit moins d’électricité cet hiver, et les délestages \
            se sont multipliés dans plusieurs régions.
            """
        let article = try TestSupport.parse(text)
        let analysis = Self.classifier.classify(article)
        let energie = try #require(Self.classifier.taxonomy.sector(named: "énergie"))
        let education = try #require(Self.classifier.taxonomy.sector(named: "éducation"))
        #expect(analysis.level(energie) == .central)
        #expect(analysis.level(education) == .absent)
        #expect(analysis.paragraphs.count == article.paragraphs.count)
        for (p, paragraph) in article.paragraphs.enumerated() where paragraph.role == .boilerplate {
            #expect(analysis.paragraphs[p].allSatisfy { $0.level == .absent })
        }
        #expect(Self.classifier.classify(article).article == analysis.article) // deterministic
    }

    @Test("terrorism at home is internal security, not défense (GUIDELINES.md); military counter-terrorism abroad stays défense")
    func terrorismAtHome() throws {
        let home = """
            La menace terroriste reste élevée, selon le procureur

            Sur les neuf premiers mois de l’année, la justice antiterroriste a été saisie de 84 dossiers. \
            Parmi les saisines, des projets d’attentats déjoués et deux attaques terroristes perpétrées en 2018.

            L’attention des enquêteurs se focalise sur les détenus radicalisés condamnés pour terrorisme, \
            et un parquet national antiterroriste a été créé, a déclaré le procureur.
            """
        let abroad = """
            Lutte contre les terroristes : deux ministres maliens en Russie

            Les ministres maliens des Affaires étrangères et de la Défense sont reçus à Moscou. Déjà présente \
            au Mali dans le cadre d’un partenariat militaire, la Russie a renforcé son appui à l’armée malienne.

            Le colonel Assimi Goïta a obtenu des hélicoptères de combat et des capacités de défense.
            """
        let defense = try #require(Self.classifier.taxonomy.sector(named: "défense"))
        let justice = try #require(Self.classifier.taxonomy.sector(named: "justice et sécurité intérieure"))
        let atHome = Self.classifier.classify(try TestSupport.parse(home))
        #expect(atHome.level(defense) == .absent)
        #expect(atHome.level(justice) == .central)
        #expect(Self.classifier.classify(try TestSupport.parse(abroad)).level(defense) == .central)
    }

    @Test("a bad taxonomy file names the file, the line and the field")
    func loaderErrors() {
        func error(_ text: String) -> TaxonomyError? {
            do { _ = try SectorTaxonomy.parse(text, file: "bad.tsv"); return nil } catch { return error }
        }
        let header = "# comment\nsector\tdéfense\tDEF\tred\n"
        #expect(error(header + "\tarmée*\tbeaucoup\n") == TaxonomyError(
            file: "bad.tsv", line: 3, field: "weight", problem: .badWeight("beaucoup")))
        #expect(error("sector\tdéfense\tDEF\tpurple\n")?.field == "colour")
        #expect(error("sector\tdéfense\tdef\tred\n")?.field == "key")
        #expect(error("\tarmée\t2\n")?.line == 1)
        #expect(error(header + "\tarmée\t2\tmaybe\n")?.field == "flag")
        #expect(error(header + "sector\tdéfense\tDEF\tblue\n")?.line == 3)
        #expect(error(header + "armée\t2\n")?.field == "kind")
        #expect(error("# nothing\n")?.field == "sector")
        #expect(error(header + "\tarmée\t2\n\n\tchars d'assaut\t3\tambiguous\n") == nil)
        #expect(TaxonomyError(file: "f.tsv", line: 4, field: "weight", problem: .badWeight("x")).description
                == "f.tsv:4: weight: `x` is not a positive number")
    }

    @Test("$KIOSQUE_SECTORS overrides the bundled taxonomy; a missing file is named and the bundled one used")
    func userOverride() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("sectors-\(UUID().uuidString).tsv")
        try "sector\tpêche\tPEC\tblue\n\tpêcheur*\t3\n".write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let taxonomy = try SectorTaxonomy.configured(environment: ["KIOSQUE_SECTORS": url.path])
        #expect(taxonomy.sectors.map(\.name) == ["pêche"])
        #expect(SectorClassifier(taxonomy: taxonomy).classify(paragraph: "Les pêcheurs en colère.")[0].level == .mentioned)
        let missing = ["KIOSQUE_SECTORS": "/nonexistent/s.tsv"]
        #expect(try SectorTaxonomy.configured(environment: missing).sectors.count == Self.classifier.taxonomy.sectors.count)
        #expect(SectorTaxonomy.userFileProblem(environment: missing)?.file == "/nonexistent/s.tsv")
        #expect(SectorTaxonomy.userFileProblem(environment: ["KIOSQUE_SECTORS": url.path]) == nil)
    }

    @Test("the user's $XDG_CONFIG_HOME/kiosque/sectors.tsv replaces the bundled taxonomy; $KIOSQUE_SECTORS wins over it")
    func configFolderOverride() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-config-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let environment = ["HOME": root.appendingPathComponent("home").path, "XDG_CONFIG_HOME": root.appendingPathComponent("config").path]
        // No file: the bundled taxonomy.
        #expect(SectorTaxonomy.userFile(environment: environment) == nil)
        #expect(try SectorTaxonomy.configured(environment: environment).sectors.count == Self.classifier.taxonomy.sectors.count)
        let folder = try AppDirectories.ensure(AppDirectories(environment: environment).config)
        let file = folder.appendingPathComponent("sectors.tsv")
        try "sector\tpêche\tPEC\tblue\n\tpêcheur*\t3\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(SectorTaxonomy.userFile(environment: environment)?.path == file.path)
        #expect(try SectorTaxonomy.configured(environment: environment).sectors.map(\.name) == ["pêche"])
        #expect(try SectorClassifier.configured(environment: environment).taxonomy.sectors.map(\.key) == ["PEC"])
        // Without XDG_CONFIG_HOME, the file under HOME/.config counts.
        let home = ["HOME": root.path + "/h"]
        let homeFolder = try AppDirectories.ensure(AppDirectories(environment: home).config)
        try "sector\tforêt\tFOR\tgreen\n\tbûcheron*\t3\n".write(to: homeFolder.appendingPathComponent("sectors.tsv"),
                                                                   atomically: true, encoding: .utf8)
        #expect(try SectorTaxonomy.configured(environment: home).sectors.map(\.name) == ["forêt"])
        // $KIOSQUE_SECTORS comes first.
        let other = root.appendingPathComponent("other.tsv")
        try "sector\tmer\tMER\tcyan\n\tport*\t3\n".write(to: other, atomically: true, encoding: .utf8)
        var both = environment
        both["KIOSQUE_SECTORS"] = other.path
        #expect(try SectorTaxonomy.configured(environment: both).sectors.map(\.name) == ["mer"])
        // A broken user file is named with its whole path, the line and the field, and the
        // bundled taxonomy is used meanwhile (the sectors never vanish).
        try "sector\tpêche\tPEC\tblue\n\tpêcheur*\tbeaucoup\n".write(to: file, atomically: true, encoding: .utf8)
        #expect(SectorTaxonomy.userFileProblem(environment: environment)
                == TaxonomyError(file: file.path, line: 2, field: "weight", problem: .badWeight("beaucoup")))
        #expect(try SectorTaxonomy.configured(environment: environment).sectors.count == Self.classifier.taxonomy.sectors.count)
    }
}

/// The context rules look at the hits within a window of words by two moving bounds (linear in
/// the hits); this checks them against the plain definition, every hit against every other, on
/// random paragraphs dense with ambiguous terms, clear terms and fields of several sectors.
@Suite struct SectorRuleWindowTests {
    @Test("windowed claims and lists give what comparing every pair of hits gives")
    func windowedRulesMatchPairwise() {
        let classifier = SectorTests.classifier
        let vocabulary = ["formation", "des", "militaires", "armes", "le", "prix", "de", "l'électricité",
                          "élèves", "énergie", "transport", "agriculture", "éducation", "terroristes",
                          "police", "soldats", "défense", "gaz", "école", "et", "la", "secteur", "justice", "domaines", "fin."]
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<200 {
            let count = Int.random(in: 1...120, using: &generator)
            let text = (0..<count).map { _ in vocabulary.randomElement(using: &generator) ?? "le" }.joined(separator: " ")
            let tokens = SectorTokens.tokens(text)
            let all = classifier.hits(tokens: tokens)
            // Matching without rules: the same terms, none claimed, none listed.
            let matched = Self.matched(classifier, tokens)
            let reference = Self.pairwise(matched, tokens: tokens, fieldWords: classifier.taxonomy.fieldWords)
            #expect(all.map { [$0.sector, $0.position, $0.list ? 1 : 0, $0.field ? 1 : 0] }
                    == reference.map { [$0.sector, $0.position, $0.list ? 1 : 0, $0.field ? 1 : 0] },
                    "\(text)")
        }
    }

    /// The hits before the rules.
    static func matched(_ classifier: SectorClassifier, _ tokens: [SectorTokens.Token]) -> [SectorClassifier.Hit] {
        classifier.hits(tokens: tokens, rules: false)
    }

    /// The rules as first written: every hit compared with every other.
    static func pairwise(_ matched: [SectorClassifier.Hit], tokens: [SectorTokens.Token], fieldWords: Set<String>) -> [SectorClassifier.Hit] {
        var hits = matched.filter { hit in
            !hit.term.ambiguous || !matched.contains {
                $0.sector != hit.sector && !$0.term.ambiguous && abs($0.position - hit.position) <= SectorClassifier.claimWindow
            }
        }
        for k in hits.indices {
            let near = Set(hits.filter { abs($0.position - hits[k].position) <= SectorClassifier.listWindow }.map(\.sector))
            if near.count >= 3 { hits[k].list = true }
            let before = tokens[max(0, hits[k].position - 3)..<hits[k].position].map(\.word)
            if before.contains(where: fieldWords.contains) { hits[k].list = true }
        }
        // A list word's sentence, read back to its start, names a field before it.
        for k in hits.indices where hits[k].list {
            var start = hits[k].position
            while start > 0, !tokens[start].sentenceStart { start -= 1 }
            hits[k].field = !tokens[hits[k].position].sentenceStart && tokens[start..<hits[k].position].contains { fieldWords.contains($0.word) }
        }
        return hits
    }
}
