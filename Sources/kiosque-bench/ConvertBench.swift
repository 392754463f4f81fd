import ArgumentParser
import Foundation
import KiosqueCore

/// `kiosque-bench drafts PATH...`: the drafts of pages (`.html`, `.htm`, `.xhtml`) and feeds (any
/// other file) as JSONL in the format of `kiosque convert`, and the time taken. A development
/// tool for the format readers, before and beside `kiosque convert`.
struct DraftsBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "drafts",
        abstract: "Write the drafts of pages and feeds as JSONL (development of the format readers)."
    )

    @Argument(help: "Files or folders (folders: every file inside, sorted).")
    var paths: [String]

    mutating func run() throws {
        var files: [String] = []
        for path in paths {
            var isFolder: ObjCBool = false
            if FileManager.default.fileExists(atPath: path, isDirectory: &isFolder), isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []
                files += names.sorted().filter { !$0.hasPrefix(".") }.map { path + "/" + $0 }
            } else {
                files.append(path)
            }
        }
        let clock = ContinuousClock()
        let start = clock.now
        var out = ""
        for file in files {
            guard let data = FileManager.default.contents(atPath: file) else {
                FileHandle.standardError.write(Data("\(file): cannot read\n".utf8))
                continue
            }
            let name = ((file as NSString).lastPathComponent as NSString).deletingPathExtension
            let ext = (file as NSString).pathExtension.lowercased()
            if ["html", "htm", "xhtml"].contains(ext) {
                switch PageReader.read(data, name: name) {
                case .success(let draft): out += Self.line(draft) + "\n"
                case .failure(let error): FileHandle.standardError.write(Data("\(file): \(error)\n".utf8))
                }
            } else {
                switch FeedReader.read(data) {
                case .success(let feed):
                    for draft in feed.drafts { out += Self.line(draft) + "\n" }
                    for problem in feed.problems { FileHandle.standardError.write(Data("\(file): \(problem)\n".utf8)) }
                case .failure(let error): FileHandle.standardError.write(Data("\(file): \(error)\n".utf8))
                }
            }
        }
        let elapsed = clock.now - start
        FileHandle.standardOutput.write(Data(out.utf8))
        FileHandle.standardError.write(Data("\(files.count) files in \(elapsed)\n".utf8))
    }

    static func line(_ draft: ArticleDraft) -> String {
        let object: [String: Any] = [
            "id": draft.id ?? NSNull(), "title": draft.title ?? NSNull(), "date": draft.date?.iso8601 ?? NSNull(),
            "url": draft.url ?? NSNull(), "source": draft.source ?? NSNull(), "author": draft.author ?? NSNull(),
            "language": draft.language ?? NSNull(), "text": draft.text,
        ]
        guard let data = try? JSONSerialization.data(withJSONObject: object, options: [.sortedKeys, .withoutEscapingSlashes]) else { return "{}" }
        return String(decoding: data, as: UTF8.self)
    }
}
