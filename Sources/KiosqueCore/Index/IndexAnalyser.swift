import Foundation
import KiosqueResources

/// How the index analyses an article, and a fingerprint of everything that decides the result.
///
/// The fingerprint is part of each article's content hash, so changing the word lists, the
/// taxonomy (`KIOSQUE_SECTORS`) or the analysis code makes every article look new and be analysed
/// again, while the old analyses are dropped. `make` is called once per update, and only when
/// something needs analysing: a warm start never loads the recogniser.
public struct IndexAnalyser: Sendable {
    /// Changes whenever an analysis of the same text could change.
    public var fingerprint: String
    /// Loads what the analysis needs and returns the function analysing one article (called on
    /// every core at once).
    public var make: @Sendable () throws -> @Sendable (Article) -> ArticleAnalysis

    public init(fingerprint: String, make: @escaping @Sendable () throws -> @Sendable (Article) -> ArticleAnalysis) {
        self.fingerprint = fingerprint
        self.make = make
    }

    /// Bumped when the analysis code or the stored format changes in a way the data files do not show
    /// (`analysis-5`: dates stored with their time and offset, `ArticleDate.packed`; feeds and pages read;
    /// `analysis-6`: page extraction by bytes, soft hyphens dropped, credits and comment counts cut;
    /// `analysis-7`: page extraction's structure rules: `<address>`, blocks of the article's class,
    /// the container around a standfirst chosen alone, "related" boxes inside the text;
    /// `analysis-8`: entity texts with plain spaces, places never a person's surname; sector rules
    /// of issue 16: job titles, company names, oil as a pollutant, a passage for a mention and a
    /// share of the sentences for central; entity types by context rules; `analysis-9`: `shared`
    /// défense words need the sector's other words, professions in a list are people, an
    /// institution named after its head noun (`l'université de Lille`) is no sector, military justice;
    /// `analysis-10`: sectors under a headline that does not name them, history (`past` terms, old
    /// years), `shared` words against the strongest sector, `setting` words; entity rules of issue
    /// 16's HIPE work: a name keeps one case, streets and sites keep their noun (`rue de Sèze`),
    /// `près de X` and `au nord de X` name places, initials keep their dot and three of them spell
    /// an acronym, company designators, lists of agency credits); `analysis-11`: a gendarmerie
    /// story's military service words are `shared`, years before 1850 after `en` or a month, a
    /// remembrance dates its sentence to the past; `analysis-12`: an article the source and the text
    /// leave undated takes the day its address writes (`AddressDate`); `analysis-13`: the
    /// problems and warnings of each source are stored as `LoadReason` codes, not English text;
    /// `analysis-14`: a source date not understood in an article its text dates says that day;
    /// `analysis-15`: a given name that is also a common word opens a sentence as a name;
    /// `analysis-16`: more forms of sentences glued by scrapers are split (`SentenceSegmenter`);
    /// `analysis-17`: a profession after a full name (a byline's) is left out of the name;
    /// `analysis-18`: Roman numerals open no name (`la Ve République`, `l’acte XI`);
    /// `analysis-19`: words a scraper glued are split (`ParisBruno Retailleau`), a web address's
    /// words name no one (`GluedWords`); `analysis-20`: an interview's speaker ends before the
    /// answer's first word (`Fabien Roussel Oui, nous…`); `analysis-21`: a feast after a common
    /// noun opens no name (`le marché de Noël de Strasbourg`), a lone surname after a noun of
    /// things named after people names no one (`des cocktails Molotov`, `la tour Eiffel`);
    /// `analysis-22`: script calls a scraper left in the text are blanked (`ScriptSnippets`);
    /// `analysis-23`: a clock time's minutes open no name (`16H00 GMT`); `analysis-24`: a
    /// publisher's `Ed.` is no given name, a person after `ministre de` is no portfolio;
    /// `analysis-25`: a person's name that is also a place is the place only where the text
    /// places it (`Dominique`, `le président Hollande`), `not-names.txt` words open no name, a body
    /// named after a person keeps the name's particle (`éditions Pierre-Guillaume de Roux`), elided
    /// list entries match elided words (`Giscard d’Estaing`), a role's holder after a body's head,
    /// a text adds no accents to a listed place (`Aïn Kercha`); `analysis-26`: the recogniser
    /// reads the loader's abbreviations (`fr/abbreviations.txt`) for sentence ends and `Ed.`;
    /// `analysis-27`: an organisation cue is written with its list's accents or fewer (`marqué`);
    /// `analysis-28`: a listed name keeps a function word that opens it (`En Marche`);
    /// `analysis-29`: a word that names nothing names no portfolio (`propose aux Français`);
    /// `analysis-30`: a contraction holds a listed title's article (`du Monde`), dates with
    /// slashes (`17/11/2018`) and `mi-novembre`; `analysis-31`: a hyphenated chain's last article
    /// opens the next title (`RTL-Le Figaro`); `analysis-32`: a dateline in capitals before a dash
    /// or a bar is a place (`SAGUENAY —`); `analysis-33`: a slogan's common word after a lone
    /// surname is no part of it (`Macron Démission`); `analysis-34`: an army named by its people
    /// alone is central only when it fills a third of the article in its own time, and a quarter
    /// of a sector's score in history keeps it from central; `analysis-35`: `details` lines (a
    /// suspect's weapons in a central justice story are no défense without a clear word of its own);
    /// `analysis-36`: a school, a hospital or a museum named after someone is one ORG (`le lycée
    /// Michelet`); `analysis-37`: `l’Assemblée` alone, a party label after a role (`le député
    /// Insoumis Éric Coquerel`), the second blind review's data; `analysis-38`: `la garde des
    /// Sceaux` names no town, title abbreviations read from `title-abbreviations.txt`;
    /// `analysis-39`: an award's or a cup's capitalised cue mid-sentence (`la Coupe Davis`);
    /// `analysis-40`: an unknown word before a full name is no part of it (`les Centristes Hervé
    /// Morin`); `analysis-41`: a calendar word inside a listed name (`Journal du dimanche`),
    /// English dates of embedded posts (`January 7, 2019`), `commission des Lois`, joined given
    /// names after `à` (`face à Jo-Wilfried Tsonga`); `analysis-42`: a region that heads bodies
    /// opens one before an adjective or a name (`le Centre national de la recherche scientifique`),
    /// `citoyen(ne)` an adjective of a body's name; `analysis-43`: common nouns in capitals that
    /// are no organisations (`CP`, `QG`, `GSM`, `CETA`); `analysis-44`: a particle joined by a
    /// hyphen (`al-Sissi`) or a particle and an article after a given name (`Jean de La Fontaine`)
    /// go on the name; `analysis-45`: hyphenated place names joined by `place-joiners.txt`
    /// (`La Haye-du-Puits`), the third blind review's data; `analysis-46`: a number after a count
    /// cue is no year (`près de 2000`); `analysis-47`: an English award names itself last (`le
    /// National Book Award`); `analysis-48`: a toll, a junction, a roundabout are place cues
    /// (`le péage de Bizeneuille`); `analysis-49`: a sector named once, in a list, is a mention only
    /// as a field of cooperation (`SectorTaxonomy.fieldWords` before it in its sentence);
    /// `analysis-50`: an elided `d’` inside a hyphenated name (`Val-d’Oise`, `Saint-Jean-d’Angély`);
    /// `analysis-51`: fashion houses are organisations (`une joaillerie Dior`); `analysis-52`: a
    /// road's number after `l'`, `la`, `autoroute` is a place (`sur l'A9`, `la RN 118`);
    /// `analysis-53`: a listed surname keeps its article (`Le Pen fait 65 %`); `analysis-54`: the
    /// Unicode hyphens (U+2010, U+2011) fold to `-` (`Val‑de‑Marne` is the listed `Val-de-Marne`);
    /// `analysis-55`: `université`, `CHU` and a place are one organisation (`l'université de Lille`);
    /// `analysis-56`: the fifth blind review: a year of any century after a month (`12 mai 1588`),
    /// `parc` heads a place, its data; `analysis-57`: kin before a given name (`son cousin Orhan`),
    /// a listed name with its own article mid-sentence (`les Républicains`), `-l’` inside a name.
    static let codeVersion = "analysis-57"

    /// The taxonomy's text without the sectors' colours, which change how sectors are drawn, not
    /// what the analysis finds: a new colour does not make every article analysed again.
    public static func withoutColours(_ text: String) -> String {
        text.split(separator: "\n", omittingEmptySubsequences: false).map { line -> Substring in
            guard line.hasPrefix("sector\t"), line.count(where: { $0 == "\t" }) == 3, let last = line.lastIndex(of: "\t") else { return line }
            return line[..<last]
        }.joined(separator: "\n")
    }

    /// The resource folders whose files decide an analysis: the page furniture words change what a
    /// page's text is, as the word lists change its analysis (`dates/names.txt` gives the recogniser
    /// its English months). The key map and the theme are not among them.
    static let analysedFolders = ["dates", "fr", "ner", "pages"]

    /// The code version, then every file of `analysedFolders` under `resources` and the taxonomy
    /// (without its colours), each by name and text.
    static func fingerprint(resources: URL, taxonomyFile: URL) -> String {
        var files: [URL] = []
        for folder in analysedFolders {
            let url = resources.appendingPathComponent(folder)
            let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
            files += names.sorted().map { url.appendingPathComponent($0) }
        }
        files.append(taxonomyFile)
        var parts = [codeVersion]
        for file in files {
            // An unreadable file changes the fingerprint too; loading will then report it.
            var contents = (try? Data(contentsOf: file)).map { String(decoding: $0, as: UTF8.self) } ?? "unreadable"
            if file == taxonomyFile { contents = Self.withoutColours(contents) }
            parts += [file.lastPathComponent, contents]
        }
        return ContentHash(parts).description
    }

    /// The bundled recogniser and the configured sector taxonomy (`$KIOSQUE_SECTORS`, the user's
    /// `sectors.tsv`, or the bundled one: `SectorTaxonomy.configured`).
    public static func bundled(environment: [String: String] = ProcessInfo.processInfo.environment) throws(IndexError) -> IndexAnalyser {
        guard let resources = ResourceLocator.resourcesDirectory else {
            throw .resourcesNotFound
        }
        let taxonomyFile = SectorTaxonomy.userFile(environment: environment) ?? resources.appendingPathComponent("sectors/sectors.tsv")
        let fingerprint = Self.fingerprint(resources: resources, taxonomyFile: taxonomyFile)
        return IndexAnalyser(fingerprint: fingerprint) {
            let recognizer = try EntityRecognizer.bundled()
            // A taxonomy that cannot be read leaves the articles without sectors, not unread: the
            // commands and the reader say why, and the fingerprint (which holds the file's text)
            // makes the next update after a fix analyse them again.
            let taxonomy = (try? SectorTaxonomy.configured(environment: environment)) ?? SectorTaxonomy(sectors: [], terms: [])
            let classifier = SectorClassifier(taxonomy: taxonomy)
            return { article in ArticleAnalysis(article, recognizer: recognizer, classifier: classifier) }
        }
    }
}
