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

    /// An article's date as `date(_:)` writes it, saying so when it was read from the article's
    /// address (`17 Nov 2018 (from its address)`); nil when the article is undated.
    public func articleDate(_ article: Article) -> String? {
        article.date.map { date in
            article.dateFromAddress ? format(.detailDateFromAddress, ["date": self.date(date)]) : self.date(date)
        }
    }
}
