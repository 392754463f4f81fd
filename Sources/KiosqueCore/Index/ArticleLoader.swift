import Foundation

/// Reads one article from its source, alone: the JSONL line at its byte range, the text file or
/// page, or the feed entry (the feed parsed again, unless it is the last feed read and is
/// unchanged), through the same readers as `ArticleFiles.load`, so the result is the same `Article`.
public struct ArticleLoader: Sendable {
    let parser: ArticleParser
    /// The last feed parsed (opening one entry after another parses the feed once).
    let feeds = FeedCache()

    public init(data: FrenchData) {
        parser = ArticleParser(data: data)
    }

    /// A loader over the bundled French word lists.
    public static func bundled() throws(FrenchDataError) -> ArticleLoader {
        ArticleLoader(data: try FrenchData.shared.get())
    }

    /// The article at `place`; `expected` (the catalogue's id) guards against a file changed since
    /// it was indexed, which would put another line at the same bytes, and becomes the article's
    /// id (it may be its source id qualified to be unique in the corpus: `CorpusIDs`).
    public func article(at place: ArticlePlace, expected: ArticleID? = nil) -> Result<Article, LoadIssue> {
        let loaded: Result<Article, LoadIssue>
        switch place.kind {
        case .text:
            loaded = TextFileReader(parser: parser).read(path: place.path)
        case .jsonLines:
            loaded = readLine(place).flatMap { JSONLReader(parser: parser).article(line: $0, location: place.location) }
        case .page:
            loaded = MarkupFileReader(parser: parser).readPage(path: place.path)
        case .feed:
            loaded = MarkupFileReader(parser: parser).readFeedEntry(path: place.path, number: place.line, cache: feeds)
        }
        guard case .success(var article) = loaded, let expected else { return loaded }
        guard CorpusIDs.isQualification(expected.rawValue, of: article.id.rawValue) else {
            return .failure(LoadIssue(location: place.location,
                                      reason: .fileChanged(found: article.id.rawValue, expected: expected.rawValue)))
        }
        article.id = expected // the id unique in the corpus (`CorpusIDs`)
        return .success(article)
    }

    private func readLine(_ place: ArticlePlace) -> Result<Data, LoadIssue> {
        let fd = SystemPath.openForReading(place.path)
        guard fd >= 0 else {
            return .failure(LoadIssue(location: place.location, reason: .fileMoved))
        }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        do {
            try handle.seek(toOffset: UInt64(place.bytes.lowerBound))
            let data = try handle.read(upToCount: place.bytes.count) ?? Data()
            guard data.count == place.bytes.count else {
                return .failure(LoadIssue(location: place.location, reason: .fileShorter))
            }
            return .success(data)
        } catch {
            return .failure(LoadIssue(location: place.location, reason: FileErrorReason.reason(error)))
        }
    }
}
