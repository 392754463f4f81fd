/// Opens files and folders of articles.
public enum Library {
    /// Loads files and folders in the order given (folders recursively: .txt, .md, .jsonl; folder
    /// entries sorted by name). What cannot be read is an issue; loading goes on with the rest.
    public static func load(paths: [String]) -> LoadResult {
        var result = LoadResult()
        let data: FrenchData
        switch FrenchData.shared {
        case .success(let loaded):
            data = loaded
        case .failure(let error):
            result.issues.append(LoadIssue(location: "Resources/fr", reason: "French word lists unavailable: \(error)"))
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
        PathWalker.walk(paths) { item in
            switch item {
            case .issue(let issue):
                result.issues.append(issue)
            case .file(let path, .text):
                switch textReader.read(path: path) {
                case .success(let article): result.articles.append(article)
                case .failure(let issue): result.issues.append(issue)
                }
            case .file(let path, .jsonLines):
                jsonReader.read(path: path, into: &result)
            }
        }
    }
}
