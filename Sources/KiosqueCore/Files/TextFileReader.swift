import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Reads one `.txt`/`.md` file (or any file named explicitly) as one article.
struct TextFileReader {
    let parser: ArticleParser

    /// The article of the file at `path` (a `SystemPath`); its location is the path as shown.
    func read(path: String) -> Result<Article, LoadIssue> {
        let location = SystemPath.display(path)
        do {
            let data = try Self.contents(path, limit: LoadLimits.maxTextFileBytes)
            switch TextDecoder.decode(data) {
            case .failure(let failure):
                return .failure(LoadIssue(location: location, reason: failure.reason))
            case .success(let decoded):
                let name = location.split(separator: "/").last.map(String.init) ?? location
                let id = ArticleID((name as NSString).deletingPathExtension)
                guard Self.isMarkdown(name) else {
                    let metadata = ArticleParser.Metadata(id: id, location: location, notes: decoded.notes)
                    return .success(parser.parse(text: decoded.text, metadata: metadata))
                }
                return .success(markdownArticle(decoded.text, id: id, location: location, notes: decoded.notes))
            }
        } catch let tooLarge as TooLarge {
            return .failure(LoadIssue(location: location, reason: .tooLarge(bytes: tooLarge.bytes, limit: tooLarge.limit)))
        } catch {
            return .failure(LoadIssue(location: location, reason: FileErrorReason.reason(error)))
        }
    }

    /// `.md` and `.markdown` files: their front matter and markup are read as such.
    static func isMarkdown(_ name: String) -> Bool {
        ["md", "markdown"].contains((name as NSString).pathExtension.lowercased())
    }

    /// A Markdown file's article: metadata from the front matter, the text without markup (the
    /// article's ranges point into that text). A front matter date no form reads is a warning.
    private func markdownArticle(_ text: String, id: ArticleID, location: String, notes: [LoadReason]) -> Article {
        let converted = MarkdownArticle.convert(text)
        let matter = converted.frontMatter
        let date = matter.date.flatMap(DateText.parse)
        let metadata = ArticleParser.Metadata(id: id, location: location, title: matter.title, date: date,
                                              source: matter.source, url: matter.url, notes: notes)
        var article = parser.parse(text: converted.body, metadata: metadata)
        if let raw = matter.date, date == nil { article.warnUnreadDate(raw) }
        return article
    }

    struct TooLarge: Error {
        var bytes: Int
        var limit: Int
    }

    /// The whole file, refused (before reading, with `TooLarge`) over `limit` bytes.
    static func contents(_ path: String, limit: Int) throws -> Data {
        let fd = SystemPath.openForReading(path)
        guard fd >= 0 else { throw SystemPath.posixError(path) }
        let handle = FileHandle(fileDescriptor: fd, closeOnDealloc: true)
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw SystemPath.posixError(path) }
        if Int(info.st_size) > limit { throw TooLarge(bytes: Int(info.st_size), limit: limit) }
        return try handle.readToEnd() ?? Data()
    }
}
