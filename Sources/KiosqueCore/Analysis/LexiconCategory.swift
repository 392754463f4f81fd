/// What a word or phrase of the `Resources/ner/` lists is, as a set (a word can be several).
public struct LexiconCategory: OptionSet, Hashable, Sendable {
    public let rawValue: UInt64
    public init(rawValue: UInt64) { self.rawValue = rawValue }

    public static let country = LexiconCategory(rawValue: 1 << 0)
    public static let region = LexiconCategory(rawValue: 1 << 1)
    public static let city = LexiconCategory(rawValue: 1 << 2)
    public static let place = LexiconCategory(rawValue: 1 << 3)
    public static let organization = LexiconCategory(rawValue: 1 << 4)
    public static let seatOfPower = LexiconCategory(rawValue: 1 << 5)
    public static let givenName = LexiconCategory(rawValue: 1 << 6)
    public static let surname = LexiconCategory(rawValue: 1 << 7)
    public static let commonWord = LexiconCategory(rawValue: 1 << 8)
    public static let personCue = LexiconCategory(rawValue: 1 << 9)
    public static let organizationCue = LexiconCategory(rawValue: 1 << 10)
    public static let organizationHead = LexiconCategory(rawValue: 1 << 11)
    public static let locationHead = LexiconCategory(rawValue: 1 << 12)
    public static let locationPreposition = LexiconCategory(rawValue: 1 << 13)
    public static let portfolio = LexiconCategory(rawValue: 1 << 14)
    public static let portfolioCue = LexiconCategory(rawValue: 1 << 15)
    public static let month = LexiconCategory(rawValue: 1 << 16)
    public static let weekday = LexiconCategory(rawValue: 1 << 17)
    public static let nameParticle = LexiconCategory(rawValue: 1 << 18)
    public static let functionWord = LexiconCategory(rawValue: 1 << 19)
    public static let numberUnit = LexiconCategory(rawValue: 1 << 20)
    /// A lower-case word naming part of a place after it (`romande` of `Suisse romande`).
    public static let locationQualifier = LexiconCategory(rawValue: 1 << 21)
    /// A lower-case noun before an award's name (`prix` of `prix Nobel`).
    public static let awardCue = LexiconCategory(rawValue: 1 << 22)
    /// An abbreviation or unit in capitals that is no organisation (`PDG`, `GW`, `CSG`).
    public static let notOrganization = LexiconCategory(rawValue: 1 << 23)
    /// A lower-case noun after which `de X` names a place (`commune`, `maire`, `centrale`).
    public static let placeCue = LexiconCategory(rawValue: 1 << 24)
    /// A lower-case noun opening an institution's name (`tribunal administratif de Cergy`).
    public static let institutionHead = LexiconCategory(rawValue: 1 << 25)
    /// A feast or named day (`Noël`, `Toussaint`): alone, no person.
    public static let holiday = LexiconCategory(rawValue: 1 << 26)
    /// A word that ends a company's name (`Corporation`, `Brothers`, `Oil`): the name is no person.
    public static let organizationSuffix = LexiconCategory(rawValue: 1 << 27)
    /// A lower-case word after which `de X` says where (`près`, `nord`): X unknown is a place.
    public static let nearnessCue = LexiconCategory(rawValue: 1 << 28)
    /// An indefinite determiner (`une`, `plusieurs`): before a street or site noun and `de X`, the
    /// noun is generic (`une rue de Paris`).
    public static let indefinite = LexiconCategory(rawValue: 1 << 29)
    /// A lower-case noun of things named after a person (`tour`, `cocktail`): a lone surname right
    /// after it names the thing (`la tour Eiffel`, `des cocktails Molotov`).
    public static let eponymNoun = LexiconCategory(rawValue: 1 << 30)
    /// A capitalised word that names no person, place or body though a list holds it or a rule would
    /// read it so (`Allah`, `Brexit`, `Français`; `Trente`, a place only after a preposition of
    /// place): it opens no name.
    public static let notName = LexiconCategory(rawValue: 1 << 31)
    /// A body's head never named after a person (`Assemblée`, `Commission`): a full name right
    /// after it is a role's holder (`le président du groupe LR à l’Assemblée Christian Jacob`).
    public static let roleBody = LexiconCategory(rawValue: 1 << 32)
    /// A lower-case noun of a school, a hospital or a museum named after someone (`lycée`,
    /// `hôpital`): with the name right after it, one ORG (`le lycée Michelet`, `l'hôpital Necker`).
    public static let eponymInstitution = LexiconCategory(rawValue: 1 << 33)
    /// An abbreviated title before a name (`M.`, `Mme`, `Dr`), folded: it ends any name before it.
    public static let titleAbbreviation = LexiconCategory(rawValue: 1 << 34)
    /// English month names (`January`), for the dates of embedded posts (`January 7, 2019`):
    /// drawn from `Resources/dates/names.txt` (`Gazetteers.englishMonthList`).
    public static let englishMonth = LexiconCategory(rawValue: 1 << 35)
    /// A lower-case word joining the parts of a hyphenated place name (`sur` of `Vern-sur-Seiche`).
    public static let placeJoiner = LexiconCategory(rawValue: 1 << 36)
    /// Words after which a number is a count, never a year (`près de 2000`).
    public static let countCue = LexiconCategory(rawValue: 1 << 37)
    /// The letters of a road's number (`A` of `l'A7`, `RN` of `la RN 118`).
    public static let roadCode = LexiconCategory(rawValue: 1 << 38)
    /// A word right before a road's number (`l'`, `la`, `autoroute`).
    public static let roadCue = LexiconCategory(rawValue: 1 << 39)
    /// A head whose institution is named by `de` and a place alone (`tribunal`, `université`, `CHU`).
    public static let institutionByPlace = LexiconCategory(rawValue: 1 << 40)

    /// Named places of any list.
    public static let anyLocation: LexiconCategory = [.country, .region, .city, .place]
    /// Named organisations of any list.
    public static let anyOrganization: LexiconCategory = [.organization, .seatOfPower]
    /// Every list naming an entity by itself.
    public static let anyName: LexiconCategory = [.anyLocation, .anyOrganization, .givenName, .surname]

    /// Lists of `files` that are not files of `Resources/ner/` but drawn from `Resources/fr/months.txt`
    /// and `Resources/dates/names.txt`, which the loader reads too (`Gazetteers.calendarLists`,
    /// `Gazetteers.englishMonthList`).
    public static let calendarFiles: Set<String> = ["months.txt", "weekdays.txt", "english-months.txt"]

    /// The data file of each category under `Resources/ner/` (see `calendarFiles`).
    public static let files: [(file: String, category: LexiconCategory)] = [
        ("countries.txt", .country), ("regions.txt", .region), ("cities.txt", .city),
        ("places.txt", .place), ("organisations.txt", .organization),
        ("seats-of-power.txt", .seatOfPower), ("given-names.txt", .givenName),
        ("given-names-extra.txt", .givenName), ("surnames.txt", .surname), ("surnames-extra.txt", .surname),
        ("common-words.txt", .commonWord), ("person-cues.txt", .personCue),
        ("org-cues.txt", .organizationCue), ("org-heads.txt", .organizationHead),
        ("loc-heads.txt", .locationHead), ("loc-prepositions.txt", .locationPreposition),
        ("portfolios.txt", .portfolio), ("portfolio-cues.txt", .portfolioCue),
        ("months.txt", .month), ("weekdays.txt", .weekday), ("name-particles.txt", .nameParticle),
        ("function-words.txt", .functionWord), ("number-units.txt", .numberUnit),
        ("loc-qualifiers.txt", .locationQualifier), ("award-cues.txt", .awardCue),
        ("not-organisations.txt", .notOrganization), ("place-cues.txt", .placeCue),
        ("institution-heads.txt", .institutionHead), ("holidays.txt", .holiday),
        ("org-suffixes.txt", .organizationSuffix), ("nearness-cues.txt", .nearnessCue),
        ("indefinites.txt", .indefinite), ("eponym-nouns.txt", .eponymNoun),
        ("not-names.txt", .notName), ("role-bodies.txt", .roleBody),
        ("eponym-institutions.txt", .eponymInstitution), ("title-abbreviations.txt", .titleAbbreviation),
        ("english-months.txt", .englishMonth), ("place-joiners.txt", .placeJoiner),
        ("count-cues.txt", .countCue), ("road-codes.txt", .roadCode), ("road-cues.txt", .roadCue),
        ("institution-heads-by-place.txt", .institutionByPlace),
    ]
}
