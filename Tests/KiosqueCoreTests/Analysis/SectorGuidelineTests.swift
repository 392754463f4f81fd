import Foundation
import Testing
@testable import KiosqueCore

/// The sector rules of issue 16 (`shared/eval/GUIDELINES.md`, sectors), each on sentences written
/// for it: a job title alone, a company named after a common noun, oil as a pollutant, a passage
/// for a mention, a share of the article for central, crime and terror at home.
@Suite struct SectorGuidelineTests {
    static let classifier = SectorTests.classifier

    func sector(_ name: String) throws -> Sector {
        try #require(Self.classifier.taxonomy.sector(named: name))
    }

    func level(_ name: String, article text: String) throws -> SectorLevel {
        Self.classifier.classify(try TestSupport.parse(text)).level(try sector(name))
    }

    func terms(_ name: String, _ text: String) throws -> [String] {
        let index = try #require(Self.classifier.taxonomy.sectors.firstIndex(of: try sector(name)))
        return Self.classifier.classify(paragraph: text)[index].terms
    }

    @Test("tokens keep the original's case, sentence starts and offsets")
    func tokenMarks() {
        let tokens = SectorTokens.tokens("Le groupe Bombardier. Bombardiers en vol ! l’Élysée")
        #expect(tokens.map(\.word) == ["le", "groupe", "bombardier", "bombardiers", "en", "vol", "l", "elysee"])
        #expect(tokens.map(\.capitalised) == [true, false, true, true, false, false, false, true])
        #expect(tokens.map(\.sentenceStart) == [true, false, false, true, false, false, true, false])
        #expect(tokens.map(\.offset) == [0, 3, 10, 22, 34, 37, 43, 45])
    }

    @Test("a job title alone does not put a paragraph in a sector; with the sector's own words it adds")
    func jobTitles() throws {
        #expect(try terms("défense", "Le ministre de la Défense et des Anciens combattants, Jean Dupont, a inauguré la piscine municipale.").isEmpty)
        #expect(try terms("éducation", "La ministre de l’Éducation nationale a goûté le vin chaud du marché de Noël.").isEmpty)
        #expect(try terms("éducation", "Pierre Martin, professeur de sciences politiques, juge le référendum risqué.").isEmpty)
        #expect(try terms("défense", "Le colonel Martin a salué la foule.").isEmpty)
        #expect(try terms("défense", "Le ministre de la Défense a annoncé l’envoi de troupes au sol et de nouveaux avions de combat.")
                == ["ministre de la défense", "envoi de troupes", "avions de combat"])
        #expect(try terms("éducation", "Le professeur a réuni ses élèves dans la salle de classe.") == ["professeur", "élèves", "salle de classe"])
    }

    @Test("a company named after a common noun is not the noun: Bombardier mid-sentence is the company")
    func companyNames() throws {
        #expect(try terms("défense", "Le constructeur Bombardier a reçu une commande de 47 trains.").isEmpty)
        #expect(try terms("défense", "Selon Bombardier, l’usine accélérera la cadence.").isEmpty)
        #expect(try terms("défense", "Des bombardiers russes ont survolé la Baltique.") == ["bombardier*"])
        #expect(try terms("défense", "Bombardiers et chasseurs ont décollé à l’aube.") == ["bombardier*"]) // a sentence's first word
    }

    @Test("oil as a pollutant is not énergie; the price of oil and a refinery still are")
    func oilAsPollutant() throws {
        #expect(try terms("énergie", "Des boulettes de pétrole et des résidus d’hydrocarbures se sont échoués sur les plages.").isEmpty)
        #expect(try terms("énergie", "La marée noire s’étend : le pétrole échappé du navire touche la côte.").isEmpty)
        #expect(try terms("énergie", "La pollution vient de la raffinerie, dont le pétrole brut a fui.") == ["raffinerie*"])
        #expect(try terms("énergie", "Le prix du pétrole a reculé et le baril vaut 60 dollars.") == ["pétrole*", "baril*"])
        let spill = """
            Du pétrole sur les plages de Saint-Tropez

            Des résidus de pétrole se sont échoués sur des plages du Var, une semaine après la collision de deux navires. \
            La pollution touche les herbiers de posidonie, et les plages sont fermées au public.

            Au total, 600 mètres cubes de pétrole se sont échappés, et des boulettes de pétrole sont aspirées au large. \
            Le navire reste ceinturé par un barrage antipollution.
            """
        #expect(try level("énergie", article: spill) == .absent)
    }

    @Test("a mention needs a passage: words scattered over a long article are not one (a history of policing recalls the army)")
    func mentionNeedsPassage() throws {
        let history = """
            Le maintien de l’ordre en France, une histoire

            Le maintien de l’ordre repose depuis longtemps sur les gendarmes mobiles et les CRS, nés du souci de ne plus recourir à l’armée. \
            Les policiers manifestent une maîtrise que la gendarmerie enseigne depuis 1968.

            Après-guerre, la matraque remplace les armes à feu. Les préfets encadrent les cortèges, et les policiers négocient le parcours. \
            Le dialogue avec les organisateurs devient la règle, et la police judiciaire enquête sur les débordements.

            Les spécialistes pointent une doctrine défensive, qui s’est durcie avec les émeutes de 2005. \
            Les interpellations se multiplient, et les procès suivent. Les officiers de liaison restent rares.
            """
        #expect(try level("défense", article: history) == .absent)
        #expect(try level("justice et sécurité intérieure", article: history) == .central)
    }

    @Test("central needs a share of the article: one passage on energy in a story about a festival is a mention")
    func centralNeedsShare() throws {
        let festival = """
            La Fête des lumières attire trois millions de visiteurs

            Les illuminations ont ouvert jeudi soir dans le centre de Lyon. Le maire a salué une vitrine du savoir-faire lyonnais. \
            Les visiteurs se pressent place Bellecour. Les restaurants affichent complet. Les hôtels aussi.

            Les œuvres lumineuses sont installées sur les façades. Les artistes viennent de toute l’Europe. \
            Les familles déambulent jusqu’à minuit. Les cafés prolongent leurs horaires. Le public applaudit.

            Le spectacle consomme moins d’électricité qu’avant : EDF fournit une électricité produite par une centrale nucléaire, \
            et le prix de l’électricité a été négocié. Les projecteurs à diodes divisent la consommation d’énergie par dix.

            La fête se termine dimanche. Les organisateurs espèrent une édition encore plus belle. \
            Les commerçants se réjouissent. Les bénévoles rangent. La ville se repose.
            """
        #expect(try level("énergie", article: festival) == .mentioned)
        #expect(try level("défense", article: festival) == .absent)
    }

    @Test("a school story with one sentence on soldiers is not défense; crime and terror at home are internal security")
    func schoolAndTerrorAtHome() throws {
        let school = """
            Au lycée Jean-Moulin, les élèves préparent le baccalauréat

            Les enseignants du lycée ont réorganisé les cours pour préparer les élèves au baccalauréat. \
            Les lycéens révisent en salle de classe après les heures de cours.

            Un ancien élève, soldat revenu du Mali, est venu parler aux élèves de terminale. \
            La directrice de l’école veut renouveler l’expérience avec d’autres anciens élèves.

            Le rectorat a salué l’initiative, et les professeurs espèrent un bon taux de réussite à l’examen.
            """
        #expect(try level("défense", article: school) == .absent)
        #expect(try level("éducation", article: school) == .central)
        let trappes = """
            Attaque au couteau à Trappes : le parquet antiterroriste saisi

            Un homme a tué sa mère et sa sœur au couteau jeudi matin à Trappes avant d’être abattu par les policiers. \
            Le parquet national antiterroriste s’est saisi de l’enquête pour assassinat en relation avec une entreprise terroriste.

            Le groupe terroriste Etat islamique a revendiqué l’attaque, mais les enquêteurs doutent du caractère terroriste. \
            L’assaillant était connu pour apologie du terrorisme et suivi pour des troubles psychiatriques.

            Le ministre de l’Intérieur a rappelé que la menace terroriste reste élevée, et que la lutte contre le terrorisme \
            mobilise les services de renseignement intérieur. Les terroristes visent souvent des proches.
            """
        #expect(try level("défense", article: trappes) == .absent)
        #expect(try level("justice et sécurité intérieure", article: trappes) == .central)
    }

    @Test("order at home: `des militaires` and armoured vehicles of gendarmes are no défense; with an army's words they are")
    func orderAtHome() throws {
        let order = """
            Samedi sous haute surveillance à Paris

            Les militaires de la gendarmerie ont pris position avec des véhicules blindés autour de l’Arc de triomphe. \
            Les forces de l’ordre ont procédé à 200 interpellations, et les gendarmes mobiles ont dégagé les Champs-Élysées.

            Des militaires ont aussi sécurisé la place de l’Étoile, où les blindés sont restés jusqu’au soir. \
            Le préfet de police a salué le maintien de l’ordre, et les policiers ont évacué les derniers manifestants.

            Les militaires ont quitté la place à 22 heures. Les CRS ont relevé les gendarmes jusqu’au matin.
            """
        #expect(try level("défense", article: order) == .absent)
        let army = """
            L’armée déployée au Mali

            Les militaires français de l’opération Barkhane ont mené des frappes aériennes contre des groupes armés. \
            Les soldats ont reçu le renfort de véhicules blindés et d’hélicoptères de combat.

            Le chef d’état-major des armées a salué les militaires engagés, et les troupes au sol poursuivent leur mission.
            """
        #expect(try level("défense", article: army) == .central)
    }

    @Test("military justice, war-crimes trials, terror at home and institution names are no défense")
    func justiceAndNames() throws {
        #expect(try terms("défense", "Le tribunal militaire et la justice militaire ont été supprimés en 1982.").isEmpty)
        #expect(try terms("justice et sécurité intérieure", "La justice militaire a jugé l’officier.") == ["justice militaire"])
        #expect(try terms("défense", "L’assaillant se disait soldat de l’EI, selon le parquet antiterroriste.").isEmpty)
        #expect(try terms("défense", "Le colloque se tient à l’École militaire, avenue de la Grande-Armée, puis à l’Armée du salut.").isEmpty)
        let trial = """
            Un ancien chef rebelle jugé à Paris

            La cour d’assises juge un ancien chef de milice pour crimes de guerre et crimes contre l’humanité. \
            Les parties civiles décrivent des crimes de guerre commis il y a vingt ans, et l’avocat de l’accusé plaide l’acquittement.

            Le procès doit durer six semaines, et le parquet a requis la perpétuité pour ces crimes de guerre.
            """
        #expect(try level("défense", article: trial) == .absent)
        // War crimes are a matter for courts, beside an army's words too; the defence is counsel.
        let arrest = "Des enquêteurs ont arrêté un ancien officier de l’armée syrienne soupçonné de crimes de guerre."
        #expect(try !terms("défense", arrest).contains("crimes de guerre"))
        #expect(try terms("justice et sécurité intérieure", arrest).contains("crimes de guerre"))
        #expect(try terms("défense", "Les avocats de la défense ont plaidé l’acquittement.").isEmpty)
    }

    @Test("professions in a list are people, not fields; fields in a list are still mentions")
    func professionsInAList() throws {
        #expect(try terms("éducation", "Parmi les candidats figurent des infirmières, des enseignants, des policiers et des agriculteurs.").isEmpty)
        #expect(try terms("santé", "Parmi les candidats figurent des infirmières, des enseignants, des policiers et des agriculteurs.").isEmpty)
        #expect(try terms("éducation", "L’accord couvre l’énergie, l’éducation et la santé.") == ["éducation*"])
        #expect(try terms("éducation", "Les enseignants et les élèves ont retrouvé leur école.") == ["enseignants", "élèves", "école*"])
    }

    @Test("a sector named once, in a list, is a mention only as a field of cooperation, not in a list of costs or services")
    func fieldsOfCooperation() throws {
        func story(_ sentence: String) -> String {
            """
            Les gilets jaunes reçus à la préfecture

            Une délégation de gilets jaunes a été reçue mardi par le préfet pendant deux heures. \
            Les manifestants ont promis de revenir samedi sur le rond-point de la zone commerciale.

            \(sentence)

            Le préfet a promis de transmettre leurs revendications au gouvernement.
            """
        }
        // A list of costs and of public services: each sector's only word, no field named.
        let costs = story("Ils réclament une baisse du coût de la vie, des transports, du carburant, des frais scolaires, de l’électricité et du gaz.")
        #expect(try level("éducation", article: costs) == .absent)
        let services = story("Ils dénoncent la fermeture des services publics, de l’éducation nationale aux hôpitaux en passant par les gares.")
        #expect(try level("éducation", article: services) == .absent)
        // The same words as fields of cooperation, named by `domaines` or `secteurs` before them in the sentence.
        let cooperation = story("Le préfet a rappelé la coopération avec la région dans les domaines de l’agriculture, des transports, de l’énergie et de l’éducation.")
        #expect(try level("énergie", article: cooperation) == .mentioned)
        #expect(try level("éducation", article: cooperation) == .mentioned)
        let sectors = story("La région veut élargir son aide à d’autres secteurs, tels que l’énergie, le transport, l’agriculture ou l’éducation.")
        #expect(try level("éducation", article: sectors) == .mentioned)
        // A field word in an earlier sentence does not make a later list one of fields.
        let earlier = story("Le préfet connaît bien le domaine. Ils réclament une baisse des transports, du carburant, des frais scolaires et du gaz.")
        #expect(try level("éducation", article: earlier) == .absent)
        // Without a `fields` line, no word names a field.
        let bare = try SectorTaxonomy.parse("sector\téducation\tEDU\tblue\n\téducation*\t2\n", file: "t.tsv")
        #expect(bare.fieldWords.isEmpty)
        #expect(try SectorTaxonomy.parse("fields\tdomaine filières\nsector\téducation\tEDU\tblue\n\téducation*\t2\n", file: "t.tsv").fieldWords
                == ["domaine", "filieres"])
    }

    @Test("an institution's name (`l'université de Lille`) counts for no sector; figurative artillery and soldiers alone are no défense")
    func namedInstitutionsAndFigures() throws {
        #expect(try terms("éducation", "Yann Le Lann, maître de conférences à l’université de Lille, a étudié 526 questionnaires.").isEmpty)
        #expect(try terms("éducation", "Le fils, scolarisé au collège Victor Hugo, a entendu les coups de feu.") == ["scolarisé"])
        #expect(try terms("éducation", "Les lycéens du lycée Victor-Hugo bloquent leur lycée.") == ["lycéen*", "lycée*"])
        #expect(try terms("éducation", "L’université a relevé les frais d’inscription des étudiants étrangers.")
                == ["université*", "frais d'inscription", "étudiants"])
        let magazine = """
            Les gilets jaunes à la sauce Paris Match

            Le magazine a sorti l’artillerie lourde pour raconter le mouvement, avec douze pages de photos. \
            L’artillerie lourde, encore, pour la une : un gilet jaune dont il ignorait l’identité.

            « Il mange du caviar avec les soldats », s’emporte un retraité sur le rond-point, où les soldats de la cause se relaient.
            """
        #expect(try level("défense", article: magazine) == .absent)
        let front = """
            Des soldats tués au Sahel

            Deux soldats français ont été tués dans une embuscade, a annoncé l’état-major des armées. \
            Les soldats de l’opération Barkhane patrouillaient près de la frontière, appuyés par l’artillerie lourde.

            Les militaires ont riposté, et des frappes aériennes ont visé les assaillants.
            """
        #expect(try level("défense", article: front) == .central)
    }

    @Test("the new flags are read, and a bad flag is named with the flags there are")
    func flags() throws {
        let text = """
            determiners\tle la
            sector\ténergie\tENE\tyellow
            \tpétrole*\t3\tmatter
            \tmarée noire\t0\tcancels
            sector\tdéfense\tDEF\tred
            \tbombardier*\t3\tlowercase
            \tministre de la défense\t3\ttitle
            """
        let taxonomy = try SectorTaxonomy.parse(text, file: "t.tsv")
        #expect(taxonomy.terms[0].map(\.matter) == [true, false])
        #expect(taxonomy.terms[0].map(\.cancels) == [false, true])
        #expect(taxonomy.terms[1].map(\.lowercase) == [true, false])
        #expect(taxonomy.terms[1].map(\.title) == [false, true])
        func error(_ text: String) -> TaxonomyError? {
            do { _ = try SectorTaxonomy.parse(text, file: "bad.tsv"); return nil } catch { return error }
        }
        #expect(error("sector\ténergie\tENE\tyellow\n\tpollution\t2\tcancels\n") == TaxonomyError(
            file: "bad.tsv", line: 2, field: "flag", problem: .cancelsNeedsException))
        #expect(error("sector\ténergie\tENE\tyellow\n\tpétrole\t2\tsoluble\n")?.message
                == "`soluble` is not one of `ambiguous`, `cancels`, `lowercase`, `matter`, `memorial`, `named`, `noun`, `past`, `person`, `service`, `setting`, `shared`, `title`")
    }

    // MARK: Round 3 of the audit: the headline, history, ranks shared with the gendarmerie

    /// An article as a JSONL line or a feed entry gives it: the title apart from the text.
    func entry(title: String, date: ArticleDate? = ArticleDate(year: 2019, month: 1, day: 20), _ text: String) throws -> Article {
        try TestSupport.parser().parse(text: text, metadata: .init(id: ArticleID("entry"), location: "entry", title: title, date: date))
    }

    static let speech = """
        Devant les étudiants de l'université de Louvain, le président a défendu son projet européen. \
        Les étudiants l'ont applaudi, mais certains étudiants ont dénoncé les frais d'inscription. \
        Le président a répondu aux questions des étudiants pendant une heure. \
        Il a parlé de la souveraineté européenne et du marché unique. \
        À la sortie, une étudiante a dit son inquiétude pour l'avenir de l'Union.
        """

    @Test("under a headline that does not name the sector, a sector of the setting is no central topic")
    func headline() throws {
        let classifier = Self.classifier
        let education = try sector("éducation")
        // Students in the audience of a speech about Europe: the setting.
        let europe = try entry(title: "Macron lance un cri d'alarme sur l'Europe", Self.speech)
        #expect(classifier.classify(europe).level(education) == .mentioned)
        // The same text under a headline about the students: their story.
        let students = try entry(title: "Les étudiants de Louvain interpellent Macron", Self.speech)
        #expect(classifier.classify(students).level(education) == .central)
        // A job title in the headline names the sector too (`enseignante`).
        let teacher = try entry(title: "Une enseignante sermonnée par sa hiérarchie", Self.speech)
        #expect(classifier.classify(teacher).level(education) == .central)
        // Students with nothing said of their studies are the setting: no sector at all.
        let audience = Self.speech.replacingOccurrences(of: "ont dénoncé les frais d'inscription", with: "ont crié des slogans hostiles")
        #expect(classifier.classify(try entry(title: "Les étudiants de Louvain interpellent Macron", audience)).level(education) == .absent)
    }

    static func wreck(years: (String, String, String)) -> String {
        """
        L'épave d'un sous-marin allemand, échoué sur la côte en juillet \(years.0), a ressurgi à Wissant. \
        Le sous-marin avait été coulé par la marine française en \(years.1) après des combats. \
        Les militaires de l'époque avaient récupéré les armes du sous-marin en \(years.2). \
        Les curieux se pressent sur la plage pour voir la carcasse. \
        Le maire demande que l'épave soit protégée.
        """
    }

    @Test("history counts for no sector: sentences naming only years 30 or more back, and `past` terms")
    func history() throws {
        let defence = try sector("défense")
        let title = "L'épave d'un sous-marin ressurgit sur une plage"
        let old = try entry(title: title, Self.wreck(years: ("1917", "1917", "1918")))
        #expect(Self.classifier.classify(old).level(defence) == .absent)
        let recent = try entry(title: title, Self.wreck(years: ("2017", "2017", "2018")))
        #expect(Self.classifier.classify(recent).level(defence) == .central)
        // Without a date, the latest year the article names is its own: 1918 is not history then.
        let undated = try entry(title: title, date: nil, Self.wreck(years: ("1917", "1917", "1918")))
        #expect(Self.classifier.classify(undated).level(defence) == .central)
        // A sentence naming an old year and a recent one is not history.
        let both = try entry(title: title, Self.wreck(years: ("1917, retrouvé en 2017,", "1917 et renfloué en 2017", "1918 comme en 2018")))
        #expect(Self.classifier.classify(both).level(defence) == .central)
        // A `past` term is history itself, not the rest of its sentence.
        let index = try #require(Self.classifier.taxonomy.sectors.firstIndex(of: defence))
        let irony = try entry(title: "Trump ironise", "Il ironise sur la Seconde Guerre mondiale pour refuser une armée européenne.")
        #expect(Self.classifier.classify(irony).article[index].terms == ["armée*"])
        let classifier = Self.classifier
        #expect(classifier.year(SectorTokens.tokens("en 1917"), at: 1) == 1917)
        #expect(classifier.year(SectorTokens.tokens("les 1200 invités"), at: 1) == nil)
        #expect(classifier.year(SectorTokens.tokens("le 12345"), at: 1) == nil)
        // Before 1850 four digits are a year only after a date's word (`en`, a month): not a count.
        #expect(classifier.year(SectorTokens.tokens("le 18 juin 1815"), at: 3) == 1815)
        #expect(classifier.year(SectorTokens.tokens("en 1793"), at: 1) == 1793)
        #expect(classifier.year(SectorTokens.tokens("les 1500 manifestants"), at: 1) == nil)
        #expect(classifier.year(SectorTokens.tokens("de 1200 euros"), at: 1) == nil)
    }

    @Test("a battle of 1815 is history: years before 1850 count after `en` or a month")
    func oldBattles() throws {
        let defence = try sector("défense")
        let title = "L'héritage de la bataille"
        let waterloo = try entry(title: title, """
            Les soldats de l'armée de Napoléon ont livré bataille le 18 juin 1815. Les troupes et l'artillerie \
            de l'empereur ont reculé en juin 1815 devant les soldats anglais. Les généraux de l'armée ont \
            capitulé en 1815.
            """)
        #expect(Self.classifier.classify(waterloo).level(defence) == .absent)
        // The same sentences dated to the article's own time are défense.
        let today = try entry(title: title, """
            Les soldats de l'armée ont livré bataille le 18 juin 2018. Les troupes et l'artillerie ont \
            reculé en juin 2018 devant les soldats ennemis. Les généraux de l'armée ont capitulé en 2018.
            """)
        #expect(Self.classifier.classify(today).level(defence) != .absent)
    }

    @Test("a remembrance dates its whole sentence: soldiers honoured at a war memorial are no défense")
    func memorials() throws {
        let ceremony = """
            Le premier ministre a honoré la mémoire des soldats tombés, lors d'une cérémonie commémorative au \
            monument aux morts. Les soldats et les anciens combattants ont déposé une gerbe au cimetière \
            militaire. Les troupes ont défilé devant la sépulture des soldats de la guerre.
            """
        #expect(try level("défense", article: ceremony) == .absent)
        // The same soldiers and troops without the remembrance are défense.
        let parade = """
            Le premier ministre a salué les soldats déployés au Mali. Les soldats et les anciens combattants \
            ont rejoint la base militaire. Les troupes ont défilé devant les blindés de l'armée de terre.
            """
        #expect(try level("défense", article: parade) != .absent)
    }

    @Test("in a gendarmerie story (three mentions), military service words are the gendarmes': no défense without other défense words")
    func gendarmerieStory() throws {
        // The funeral of a gendarme officer: `militaire`, `officier`, `caserne`, `parachutistes`.
        let funeral = """
            Les obsèques de l'officier

            Les gendarmes ont rendu les honneurs militaires à l'officier tué dans l'attaque. Le cercueil est \
            parti de la caserne de la gendarmerie, où servait ce militaire passé par les parachutistes. Les \
            gendarmes de sa compagnie portaient le cercueil. Une cérémonie militaire a réuni les élus.
            """
        #expect(try level("défense", article: funeral) == .absent)
        // Named fewer than three times, the gendarmerie does not make the story its own.
        let once = funeral.replacingOccurrences(of: "Les gendarmes de sa compagnie", with: "Ses camarades")
            .replacingOccurrences(of: "Les gendarmes ont", with: "Ses camarades ont")
        #expect(try level("défense", article: once) != .absent)
        // With the army's own words, the défense passage stays.
        let army = funeral + " L'officier avait servi au Mali dans l'opération Barkhane, avec les forces spéciales et " +
            "le 1er régiment de parachutistes d'infanterie de marine."
        #expect(try level("défense", article: army) != .absent)
    }

    @Test("a rank counts for défense only where défense words are not outweighed: the colonel of a gendarmerie story is a gendarme")
    func ranksShared() throws {
        let gendarme = """
            Hommage au colonel tué à Trèbes

            Le colonel Arnaud Beltrame, officier de gendarmerie, a été tué par un terroriste. Le colonel avait \
            pris la place d'une otage. Les gendarmes de la compagnie ont salué le colonel, passé par l'armée. \
            La gendarmerie nationale a rendu hommage au colonel. Le parquet antiterroriste a ouvert une \
            enquête sur l'attentat. Les policiers et les gendarmes ont bouclé le quartier. Le colonel sera \
            inhumé jeudi.
            """
        #expect(try level("défense", article: gendarme) != .central)
        let army = """
            Le colonel prend le commandement du régiment

            Le colonel Martin prend le commandement du 2e régiment de parachutistes. Le colonel a servi au \
            Mali dans l'opération Barkhane. Le régiment a mené des opérations militaires au Sahel. Le colonel \
            a présenté les armes aux troupes.
            """
        #expect(try level("défense", article: army) == .central)
    }

    // MARK: The défense census: an army named by its people alone, history in a quarter of the score

    /// A regime's former officer found in a hospital: the army named only by its people (`officier`,
    /// `colonel`, `militaires`, `l'armée`) in three of ten sentences.
    static let officer = """
        Un ancien officier retrouvé à Buenos Aires

        Un ancien officier de l'armée argentine a été retrouvé vendredi dans un hôpital de Buenos Aires. \
        Le colonel à la retraite était l'un des chefs militaires du régime. Les militaires du régime ont \
        fait disparaître des centaines d'opposants. Il vivait depuis des années dans la capitale. Sa famille \
        a refusé de commenter. Il est âgé de 75 ans. Ses voisins le décrivent comme un homme discret. \
        L'affaire suscite l'émotion à Paris. Une association de victimes demande des explications. \
        Elle tiendra une conférence lundi.
        """

    @Test("an army named by its people alone is a story's actor: central only when it fills a third of the article in its own time")
    func armyByItsPeople() throws {
        // Soldiers, officers and `l'armée` in three sentences of ten: a mention, not the topic.
        #expect(try level("défense", article: Self.officer) == .mentioned)
        // The same three sentences with the army's own deeds (air strikes, weapons) are défense's topic.
        let deeds = Self.officer.replacingOccurrences(of: "Les militaires du régime ont", with: "Les frappes aériennes et l'artillerie du régime ont")
        #expect(try level("défense", article: deeds) == .central)
        // Filling the article (four sentences of ten), the army is the topic.
        let fills = Self.officer.replacingOccurrences(of: "Il vivait depuis des années dans la capitale.", with: "Il commandait alors les soldats de l'armée.")
        #expect(try level("défense", article: fills) == .central)
        // Unless part of it is history: the regime's soldiers of 1976, in an article of 2010.
        let past = fills + " En 1976, les militaires avaient pris le pouvoir. Les soldats de l'armée l'ont protégé jusqu'en 2010."
        #expect(try level("défense", article: past) == .mentioned)
    }

    @Test("a sector with a quarter of its score in history is no central topic")
    func historyQuarter() throws {
        let recent = """
            Les frappes aériennes reprennent

            Les frappes aériennes ont repris mardi au nord du pays. Les avions de combat ont décollé du \
            porte-avions à l'aube. L'artillerie a pilonné les positions des insurgés. Les forces spéciales \
            ont mené un raid de nuit. Le ministère de la Défense a confirmé l'opération.
            """
        #expect(try level("défense", article: recent) == .central)
        // Two sentences of 1944 and 1945 in an article of 2019: about a third of the score is history.
        let history = recent + " En 1944, les frappes aériennes et l'artillerie avaient déjà rasé la ville. En 1945, les avions " +
            "de combat et les bombardiers avaient visé le port. L'opération a été menée en 2019."
        #expect(try level("défense", article: history) == .mentioned)
    }

    // MARK: Round 7: stories framed by a justice story, participles, diesel cars, university hospitals

    static let stabbing = """
        Un collégien poignardé devant son collège, deux suspects en garde à vue

        Un collégien de 15 ans a été poignardé mardi matin devant le collège Pasteur, lors d'une rixe. \
        Les élèves entraient en classe quand la bagarre a éclaté. Le parquet a ouvert une enquête pour \
        tentative de meurtre et deux suspects ont été placés en garde à vue au commissariat.

        Les enquêteurs de la police judiciaire ont entendu des témoins. Le procureur de la République a \
        requis la détention provisoire des deux suspects, déjà connus de la justice pour des violences.

        La principale du collège a réuni les enseignants, et une cellule d'écoute accueille les élèves. \
        Le tribunal jugera les suspects en comparution immédiate.
        """

    @Test("a crime story at a school is a justice story: éducation is its setting, a mention; without the justice story it is central")
    func framedByJustice() throws {
        let classifier = Self.classifier
        let justice = try sector("justice et sécurité intérieure"), education = try sector("éducation")
        let analysis = classifier.classify(try TestSupport.parse(Self.stabbing))
        #expect(analysis.level(justice) == .central)
        #expect(analysis.level(education) == .mentioned)
        // The same school words without the framing justice story: éducation is central again.
        var unframed = classifier.taxonomy
        unframed.frames = [:]
        #expect(SectorClassifier(taxonomy: unframed).classify(try TestSupport.parse(Self.stabbing)).level(education) == .central)
        // A school story naming a court in passing stays an education story.
        let reform = """
            La réforme du baccalauréat inquiète les enseignants

            Les enseignants des lycées dénoncent la réforme du baccalauréat et la fin des séries. Les \
            lycéens découvriront les nouveaux enseignements de spécialité à la rentrée scolaire. Le rectorat \
            promet des heures de cours supplémentaires et une formation des professeurs.

            Les syndicats d'enseignants ont saisi le tribunal administratif contre l'arrêté, qui fixe le \
            programme des épreuves. Les élèves de seconde choisiront trois spécialités.
            """
        #expect(try level("éducation", article: reform) == .central)
    }


    @Test("rape and charges are crimes and proceedings: a rape among pupils reported to the gendarmes is a justice story, the school its setting")
    func rapeAndCharges() throws {
        #expect(try terms("justice et sécurité intérieure", "Deux adolescents ont été inculpés pour viol en réunion.") == ["inculpé*", "viol"])
        #expect(try terms("justice et sécurité intérieure", "Il est accusé de viols et d’agressions sexuelles.") == ["viols", "agressions sexuelles"])
        #expect(try terms("justice et sécurité intérieure", "L’inculpation a été confirmée.") == ["inculpation*"])
        // The verb is no crime: a government that `viole les droits` is a figure of speech.
        #expect(try terms("justice et sécurité intérieure", "Quand le gouvernement viole les droits du peuple, l’insurrection est un devoir.").isEmpty)
        let school = """
            Le directeur d’un collège menacé de licenciement après avoir dénoncé un viol

            Le directeur d’un collège est menacé de licenciement pour avoir contacté la gendarmerie sans \
            prévenir sa hiérarchie après le viol présumé d’un collégien par deux autres élèves. Des élèves \
            et des enseignants sont venus le soutenir.

            Il s’était rendu à la gendarmerie avec les parents de la victime. Deux adolescents ont été \
            inculpés pour viol en réunion, et l’avocat du directeur dénonce une chasse à l’homme.

            L’équipe éducative et les élèves du collège sont dans la détresse, assure une professeure de \
            français qui enseigne dans l’établissement depuis 28 ans.
            """
        let analysis = Self.classifier.classify(try TestSupport.parse(school))
        #expect(analysis.level(try sector("justice et sécurité intérieure")) == .central)
        #expect(analysis.level(try sector("éducation")) == .mentioned)
    }
    @Test("riots against a fuel tax are a public-order story: énergie is their cause, a mention")
    func fuelTaxRiots() throws {
        let riots = """
            Nuit d'émeutes à Paris : 412 interpellations, le gouvernement sous pression

            Des casseurs ont incendié des voitures et pillé des magasins samedi à Paris, en marge de la \
            manifestation contre la hausse des taxes sur les carburants. Les forces de l'ordre ont fait usage \
            de gaz lacrymogène et de canons à eau, et 412 personnes ont été interpellées.

            Le parquet de Paris a ouvert des enquêtes pour violences contre les policiers et dégradations. \
            Les gardes à vue se poursuivaient dimanche, et des comparutions immédiates sont prévues lundi au \
            tribunal correctionnel.

            Le ministre de l'Intérieur a promis des sanctions contre les émeutiers. Le prix du gazole a \
            augmenté de 23 % en un an, et la taxe sur les carburants doit encore augmenter en janvier.

            Les manifestants réclament la baisse du prix des carburants : le litre de gazole dépasse 1,50 euro \
            à la pompe, et la facture d'électricité et de fioul pèse sur les ménages.
            """
        let energy = try sector("énergie")
        let analysis = Self.classifier.classify(try TestSupport.parse(riots))
        #expect(analysis.level(try sector("justice et sécurité intérieure")) == .central)
        #expect(analysis.level(energy) == .mentioned)
        var unframed = Self.classifier.taxonomy
        unframed.frames = [:]
        #expect(SectorClassifier(taxonomy: unframed).classify(try TestSupport.parse(riots)).level(energy) == .central)
    }

    @Test("`frames` lines are read and checked: known sectors, never the sector itself")
    func framesLines() throws {
        let head = "sector\tjustice\tJUS\tblue\n\tjuge\t3\nsector\téducation\tEDU\tcyan\n\télève\t3\n"
        let taxonomy = try SectorTaxonomy.parse(head + "frames\tjustice\téducation\n", file: "t.tsv")
        #expect(taxonomy.frames == [0: [1]])
        // Accents and case do not matter; a sector's key names it too (as `sector(named:)`).
        #expect(try SectorTaxonomy.parse(head + "frames\tJustice\teducation\n", file: "t.tsv").frames == [0: [1]])
        #expect(try SectorTaxonomy.parse(head + "frames\tJUS\tEDU\n", file: "t.tsv").frames == [0: [1]])
        func error(_ text: String) -> TaxonomyError? {
            do { _ = try SectorTaxonomy.parse(text, file: "bad.tsv"); return nil } catch { return error }
        }
        #expect(error(head + "frames\tjustice\tsanté\n") == TaxonomyError(
            file: "bad.tsv", line: 5, field: "frames", problem: .notASector("santé")))
        #expect(error(head + "frames\tjustice\tjustice\n")?.message == "`justice` cannot frame itself")
        #expect(error(head + "frames\tjustice\n")?.message == "expected `frames<TAB>sector<TAB>sector, sector ...`")
    }

    /// A terror trial: the accused compared to an enemy soldier, his weapons, `la défense` (his counsel).
    static let trial = """
        Le procès de l'accusé du musée s'ouvre devant la cour d'assises

        Le procès de l'accusé s'est ouvert lundi devant la cour d'assises spéciale. L'avocat d'une partie \
        civile a comparé l'accusé à un soldat ennemi infiltré. Un témoin a parlé d'un soldat qui se \
        camoufle derrière les lignes. Les jurés ont examiné les armes retrouvées dans ses bagages, avec \
        une tenue militaire.

        Le parquet antiterroriste a requis la réclusion criminelle à perpétuité. La défense a plaidé \
        l'acquittement, et la défense de l'accusé conteste l'enquête. Le verdict est attendu jeudi, après \
        les plaidoiries des avocats et le réquisitoire du procureur.
        """

    @Test("a sector's words that are details of a central justice story count only with a clear word of their own (`details` lines)")
    func detailsOfAJusticeStory() throws {
        let classifier = Self.classifier
        let justice = try sector("justice et sécurité intérieure"), defence = try sector("défense")
        let analysis = classifier.classify(try TestSupport.parse(Self.trial))
        #expect(analysis.level(justice) == .central)
        #expect(analysis.level(defence) == .absent)
        #expect(analysis.paragraphs.allSatisfy { $0[classifier.taxonomy.sectors.firstIndex(of: defence) ?? 0].level == .absent })
        // Without the `details` line, the soldier and the weapons made a défense mention.
        var plain = classifier.taxonomy
        plain.details = [:]
        #expect(SectorClassifier(taxonomy: plain).classify(try TestSupport.parse(Self.trial)).level(defence) == .mentioned)
        // A clear word of défense's own (an operation, air strikes) keeps it in the story.
        let fighter = Self.trial.replacingOccurrences(
            of: "Le verdict est attendu jeudi,",
            with: "L'accusé avait combattu en Syrie sous les frappes aériennes de la coalition, visé par l'opération Barkhane au Mali. Le verdict est attendu jeudi,")
        #expect(classifier.classify(try TestSupport.parse(fighter)).level(defence) != .absent)
        #expect(Self.classifier.taxonomy.details.isEmpty == false)
    }

    @Test("`details` lines are read and checked as `frames` lines are")
    func detailsLines() throws {
        let head = "sector\tjustice\tJUS\tblue\n\tjuge\t3\nsector\tdéfense\tDEF\tred\n\tsoldat\t3\n"
        let taxonomy = try SectorTaxonomy.parse(head + "details\tjustice\tdefense\n", file: "t.tsv")
        #expect(taxonomy.details == [0: [1]])
        #expect(taxonomy.frames.isEmpty)
        func error(_ text: String) -> TaxonomyError? {
            do { _ = try SectorTaxonomy.parse(text, file: "bad.tsv"); return nil } catch { return error }
        }
        #expect(error(head + "details\tjustice\tsanté\n") == TaxonomyError(
            file: "bad.tsv", line: 5, field: "details", problem: .notASector("santé")))
        #expect(error(head + "details\tdéfense\tdéfense\n")?.message == "`défense` cannot frame itself")
        #expect(error(head + "details\tjustice\n")?.message == "expected `details<TAB>sector<TAB>sector, sector ...`")
    }

    @Test("frames read the levels before any is changed: a chain demotes every framed sector, whatever the order")
    func framesChain() throws {
        let file = "sector\talpha\tALP\tred\n\talpha\t3\nsector\tbeta\tBET\tblue\n\tbeta\t3\n" +
            "sector\tgamma\tGAM\tgreen\n\tgamma\t3\n"
        let sentence = "Alpha et beta avec gamma, puis alpha, beta et gamma encore."
        let article = try TestSupport.parse(([sentence] + Array(repeating: sentence, count: 4)).joined(separator: "\n\n"))
        let unframed = SectorClassifier(taxonomy: try SectorTaxonomy.parse(file, file: "t.tsv")).classify(article)
        #expect(unframed.article.map(\.level) == [.central, .central, .central])
        for lines in ["frames\talpha\tbeta\nframes\tbeta\tgamma\n", "frames\tbeta\tgamma\nframes\talpha\tbeta\n"] {
            let taxonomy = try SectorTaxonomy.parse(file + lines, file: "t.tsv")
            #expect(SectorClassifier(taxonomy: taxonomy).classify(article).article.map(\.level) == [.central, .mentioned, .mentioned])
        }
    }

    @Test("`frappés`, `voitures diesel`, `hôpitaux universitaires` are no défense, énergie, éducation; `des frappes`, `le prix du diesel` are")
    func participlesDieselCarsAndHospitals() throws {
        #expect(try terms("défense", "Des gendarmes ont été frappés au sol par un manifestant.") == [])
        #expect(try terms("défense", "L'armée a mené des frappes contre les positions rebelles.").contains("frappes"))
        #expect(try terms("énergie", "Les voitures diesel les plus anciennes ne peuvent plus circuler.") == [])
        #expect(try terms("énergie", "Le prix du diesel a encore augmenté à la pompe.") == ["diesel"])
        let hospital = "La fillette a été transportée par la gendarmerie aux Hôpitaux universitaires de Genève."
        #expect(try terms("éducation", hospital) == [])
        #expect(try terms("santé", hospital) == ["hôpitaux universitaires"])
    }

    @Test("teachers and a pupil's schooling are people of the story like pupils; school holidays, a start-up campus and a politician's `pédagogie` are no éducation")
    func teachersAreTheSetting() throws {
        let roundabout = """
        Sur le rond-point de Chartres, les gilets jaunes tiennent bon depuis trois semaines. \
        Claudine, 60 ans, est enseignante ; elle dénonce la hausse des taxes et le coût de la vie. \
        À ses côtés, deux enseignants retraités distribuent des tracts contre le gouvernement. \
        Une professeure de piano apporte du café chaud aux manifestants. \
        Tous réclament plus de pouvoir d'achat et le retour de l'impôt sur la fortune.
        """
        #expect(try level("éducation", article: roundabout) == .absent, "teachers who protest about taxes")
        let reform = roundabout + " Les enseignants dénoncent aussi la réforme du baccalauréat et les suppressions de postes dans l'éducation nationale."
        #expect(try level("éducation", article: reform) != .absent, "teachers and their own matter")
        let shooting = """
        Un homme a été blessé par balle vendredi matin devant son immeuble à Colomiers. \
        Il venait de déposer sa fille à l'école quand une voiture s'est arrêtée à sa hauteur. \
        Son fils de 15 ans, scolarisé au collège voisin, a entendu les coups de feu depuis l'appartement. \
        La police judiciaire a ouvert une enquête pour tentative d'assassinat.
        """
        #expect(try level("éducation", article: shooting) == .absent)
        #expect(try terms("éducation", "La scolarisation des enfants handicapés progresse lentement.") == ["scolaris*"])
        #expect(try terms("éducation", "Juste avant les vacances scolaires, la région a voté son budget.") == [])
        #expect(try terms("éducation", "Il faut amener les enfants à leurs activités extra-scolaires.") == [])
        #expect(try terms("éducation", "Le président croit aux vertus de la pédagogie pour réformer le pays.") == [])
        let startups = """
        Le président a inauguré jeudi le campus de start-ups Station F à Paris. \
        Mille jeunes entreprises s'y installent sous la même verrière. \
        Le campus géant accueille aussi des fonds d'investissement. \
        Le chef de l'État y a vanté l'esprit d'entreprise.
        """
        #expect(try level("éducation", article: startups) == .absent)
    }
}
