import Foundation
@testable import KiosqueCore

/// Shared helpers for the core tests.
enum TestSupport {
    /// The repository root, from this file's path.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `/work/shared` beside the repository, where the corpus and gold files live.
    static let sharedFolder = repositoryRoot.deletingLastPathComponent().appendingPathComponent("shared")
    /// The 5,030-article press corpus (`../shared/corpus/presse-2018-2019.jsonl`); suites that read
    /// it are enabled only when it exists.
    static let corpus = sharedFolder.appendingPathComponent("corpus/presse-2018-2019.jsonl").path

    static func seed(_ name: String) -> String {
        repositoryRoot.appendingPathComponent("seeds/\(name).txt").path
    }

    static func french() throws -> FrenchData { try FrenchData.shared.get() }

    static func parser() throws -> ArticleParser { ArticleParser(data: try french()) }

    /// Parses `text` as a text file's article.
    static func parse(_ text: String, id: String = "test") throws -> Article {
        try parser().parse(text: text, metadata: .init(id: ArticleID(id), location: id))
    }

    /// The sentences of one line of text.
    static func sentences(_ text: String) throws -> [String] {
        let scalars = Array(text.unicodeScalars)
        let segmenter = SentenceSegmenter(abbreviations: try french().abbreviations)
        return segmenter.sentences(in: scalars, line: TextRange(0, scalars.count)).map { scalars.string($0) }
    }

    /// The text of `range` in `text`, by code points.
    static func slice(_ text: String, _ range: TextRange) -> String {
        Array(text.unicodeScalars).string(range)
    }

    /// Python's `paragraphs()` of `shared/eval/score.py`, written again independently.
    static func scorerParagraphs(_ text: String) -> [TextRange] {
        var out: [TextRange] = []
        var start: Int?
        var end = 0
        var position = 0
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            let length = line.unicodeScalars.count
            if line.unicodeScalars.contains(where: { !$0.isPythonSpace }) {
                if start == nil { start = position }
                end = position + length
            } else if let s = start {
                out.append(TextRange(s, end))
                start = nil
            }
            position += length + 1
        }
        if let s = start { out.append(TextRange(s, end)) }
        return out
    }
}

/// A temporary folder removed when the value is released.
final class TemporaryFolder {
    let url: URL
    var path: String { url.path }

    init() throws {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-test-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    @discardableResult
    func write(_ name: String, _ data: Data) throws -> String {
        let file = url.appendingPathComponent(name)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
        return file.path
    }

    @discardableResult
    func write(_ name: String, _ text: String) throws -> String { try write(name, Data(text.utf8)) }

    deinit {
        // Restore permissions first so that a locked folder can be removed.
        if let items = FileManager.default.enumerator(atPath: url.path) {
            for case let item as String in items {
                try? FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: url.appendingPathComponent(item).path)
            }
        }
        try? FileManager.default.removeItem(at: url)
    }
}
