import KiosqueCore

extension Language {
    /// The wording of dates in this language.
    public var dateWording: DateWording { self == .french ? .french : .english }
}

extension Strings {
    /// A date written for this language on the user's clock: `15 mars 2024, 08:00`, `15 Mar 2024, 08:00`.
    public func date(_ date: ArticleDate) -> String {
        date.displayed(language.dateWording)
    }
}
