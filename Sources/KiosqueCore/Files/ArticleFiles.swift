/// Opens files and folders of articles.
public enum ArticleFiles {
    /// Loads files and folders in the order given (folders recursively: .txt, .md, .jsonl, feeds,
    /// pages; folder entries sorted by name). What cannot be read is an issue; loading goes on
    /// with the rest. Files of folders that are not articles are listed in `skipped`.
    public static func load(paths: [String]) -> LoadResult {
        var result = LoadResult()
        let data: FrenchData
        switch FrenchData.shared {
        case .success(let loaded):
            data = loaded
        case .failure(let error):
            result.issues.append(LoadIssue(location: "Resources/fr", reason: .wordListsUnavailable(detail: "\(error)")))
            return result
        }
        load(paths: paths, data: data, into: &result)
        return result
    }

    /// Loads with the given word lists (tests, or a program with its own data).
    public static func load(paths: [String], data: FrenchData, into result: inout LoadResult) {
        let parser = ArticleParser(data: data)
        let textReader = TextFileReader(parser: parser)
        let jsonReader = JSONLReader(parser: parser)
        let markupReader = MarkupFileReader(parser: parser)
        let first = result.articles.count
        var sources: [CorpusIDs.Source] = []
        PathWalker.walk(paths) { item in
            switch item {
            case .issue(let issue):
                result.issues.append(issue)
            case .skipped(let path):
                result.skipped.append(path)
            case .file(let path, let kind):
                let absolute = CorpusFiles.absolute(path)
                func add(_ article: Article, line: Int) {
                    result.articles.append(article)
                    sources.append(CorpusIDs.Source(id: article.id.rawValue, path: absolute, kind: kind, line: line,
                                                    location: article.location))
                }
                switch kind {
                case .text, .page:
                    switch kind == .page ? markupReader.readPage(path: path) : textReader.read(path: path) {
                    case .success(let article): add(article, line: 0)
                    case .failure(let issue): result.issues.append(issue)
                    }
                case .feed:
                    switch markupReader.readFeed(path: path) {
                    case .success(let articles): for (k, article) in articles.enumerated() { add(article, line: k + 1) }
                    case .failure(let issue): result.issues.append(issue)
                    }
                case .jsonLines:
                    let before = result.articles.count
                    jsonReader.read(path: path, into: &result)
                    for article in result.articles[before...] {
                        let line = article.location.split(separator: ":").last.flatMap { Int($0) } ?? 0
                        sources.append(CorpusIDs.Source(id: article.id.rawValue, path: absolute, kind: .jsonLines, line: line,
                                                        location: article.location))
                    }
                }
            }
        }
        // The same unique ids as the index's catalogue (`Catalogue.makeIDsUnique`).
        let (assigned, duplicates) = CorpusIDs.unique(count: sources.count, id: { sources[$0].id }, source: { sources[$0] })
        for (k, id) in assigned { result.articles[first + k].id = ArticleID(id) }
        result.duplicateIDs += duplicates
    }
}
