/// The four entity types of `shared/eval/GUIDELINES.md`.
public enum EntityKind: String, CaseIterable, Hashable, Sendable, Codable {
    /// A person's name, without titles or functions.
    case person = "PER"
    /// A named place: country, city, region, continent, geographic feature, named site.
    case location = "LOC"
    /// A named organisation: company, party, ministry, agency, armed group, institution, medium.
    case organization = "ORG"
    /// A calendar expression: a date, a month, a year, a range of years, a weekday.
    case date = "DATE"
}
