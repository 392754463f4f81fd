import Foundation

/// Reads one `.txt`/`.md` file (or any file named explicitly) as one article.
struct TextFileReader {
    let parser: ArticleParser

    func read(path: String) -> Result<Article, LoadIssue> {
        let url = URL(fileURLWithPath: path)
        do {
            let size = try FileManager.default.attributesOfItem(atPath: path)[.size] as? Int ?? 0
            if size > LoadLimits.maxTextFileBytes {
                return .failure(LoadIssue(location: path, reason: LoadLimits.tooLargeReason(bytes: size)))
            }
            let data = try Data(contentsOf: url)
            switch TextDecoder.decode(data) {
            case .failure(let failure):
                return .failure(LoadIssue(location: path, reason: failure.description))
            case .success(let decoded):
                let id = ArticleID(url.deletingPathExtension().lastPathComponent)
                let metadata = ArticleParser.Metadata(id: id, location: path, notes: decoded.notes)
                return .success(parser.parse(text: decoded.text, metadata: metadata))
            }
        } catch {
            return .failure(LoadIssue(location: path, reason: FileErrorReason.reason(error)))
        }
    }
}
