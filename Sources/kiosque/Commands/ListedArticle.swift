import KiosqueCore

/// What `kiosque list` prints of an article, read from the article itself or from the index's
/// catalogue (which holds no text).
struct ListedArticle {
    var id: ArticleID
    var date: ArticleDate?
    var title: String
    var source: String?
    var location: String

    init(_ article: Article) {
        id = article.id
        date = article.date
        title = article.title
        source = article.source
        location = article.location
    }

    init(_ catalogue: Catalogue, at position: Int) {
        id = catalogue.ids[position]
        date = catalogue.date(at: position)
        title = catalogue.titles[position]
        source = catalogue.source(at: position)
        location = catalogue.location(at: position)
    }
}
