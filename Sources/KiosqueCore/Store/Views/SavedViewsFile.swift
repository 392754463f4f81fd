import Foundation

/// A view saved under a name (`S` in the reader, `kiosque list --view NAME`): the list's filters
/// and order (`ListView`).
public struct SavedView: Hashable, Sendable, Codable {
    public var name: String
    public var view: ListView

    public init(name: String, view: ListView) {
        self.name = name
        self.view = view
    }
}

/// Why `views.json` cannot be used: where and what is wrong, and that it is left as it is.
public struct SavedViewsError: Error, Hashable, Sendable, CustomStringConvertible {
    public var path: String
    /// What is wrong, and where in the file when known (`views[2].name`).
    public var reason: String

    public init(path: String, reason: String) {
        self.path = path
        self.reason = reason
    }

    public var description: String {
        "\(path): \(reason); the saved views are ignored and the file is left as it is (fix it or move it away)"
    }
}

/// Reads and writes the saved views (`$XDG_CONFIG_HOME/kiosque/views.json`: written by the
/// user's choices, so kept with the settings): `{"version": 1, "views": [{"name": …, "view": {…}}]}`,
/// in the order they were saved. A missing file is no view; a file that cannot be read or
/// decoded is an error naming its place, and is never written over (`save` is for a file
/// that loaded). Writes are atomic.
public struct SavedViewsFile: Sendable {
    public var url: URL

    /// The longest file read (1 MiB): a bigger one is reported, not read.
    public static let maxBytes = 1 << 20
    public static let version = 1

    public init(url: URL) {
        self.url = url
    }

    public init(directories: AppDirectories) {
        self.init(url: directories.config.appendingPathComponent("views.json"))
    }

    private struct Body: Codable {
        var version: Int
        var views: [SavedView]
    }

    /// The saved views, in file order; `[]` when there is no file.
    public func load() -> Result<[SavedView], SavedViewsError> {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch let error as CocoaError where error.code == .fileReadNoSuchFile {
            return .success([])
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) { return .success([]) }
            return .failure(SavedViewsError(path: url.path, reason: "cannot be read (\(error.localizedDescription))"))
        }
        guard data.count <= Self.maxBytes else {
            return .failure(SavedViewsError(path: url.path, reason: "larger than \(Self.maxBytes) bytes"))
        }
        let body: Body
        do {
            body = try JSONDecoder().decode(Body.self, from: data)
        } catch let error as DecodingError {
            return .failure(SavedViewsError(path: url.path, reason: Self.describe(error)))
        } catch {
            return .failure(SavedViewsError(path: url.path, reason: "not JSON (\(error.localizedDescription))"))
        }
        guard body.version == Self.version else {
            return .failure(SavedViewsError(path: url.path, reason: "version \(body.version) is not known (this kiosque reads \(Self.version))"))
        }
        var seen = Set<String>()
        for (index, view) in body.views.enumerated() {
            let name = view.name.trimmingCharacters(in: .whitespacesAndNewlines)
            guard !name.isEmpty else { return .failure(SavedViewsError(path: url.path, reason: "views[\(index)].name is empty")) }
            guard seen.insert(Self.key(name)).inserted else {
                return .failure(SavedViewsError(path: url.path, reason: "views[\(index)]: the name \"\(name)\" is used twice"))
            }
        }
        return .success(body.views)
    }

    /// Replaces the file with `views` (atomic).
    public func save(_ views: [SavedView]) throws(FileWriteError) {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .prettyPrinted]
        let data = (try? encoder.encode(Body(version: Self.version, views: views))) ?? Data("{}".utf8)
        try AtomicFile.write(data + Data("\n".utf8), to: url)
    }

    /// Names compare without case or accents (`Énergie` and `energie` are one view).
    public static func key(_ name: String) -> String { Folding.fold(name.trimmingCharacters(in: .whitespacesAndNewlines)) }

    /// The view named `name` (case and accents ignored).
    public static func find(_ name: String, in views: [SavedView]) -> SavedView? {
        let wanted = key(name)
        return views.first { key($0.name) == wanted }
    }

    /// Where a decoding error is and what it is: `views[1].view.order: missing`.
    static func describe(_ error: DecodingError) -> String {
        func place(_ path: [CodingKey]) -> String {
            let text = path.map { key in key.intValue.map { "[\($0)]" } ?? "." + key.stringValue }.joined()
            let trimmed = text.hasPrefix(".") ? String(text.dropFirst()) : text
            return trimmed.isEmpty ? "the top level" : trimmed
        }
        switch error {
        case .keyNotFound(let key, let context):
            return "\(place(context.codingPath + [key])): missing"
        case .typeMismatch(_, let context), .valueNotFound(_, let context):
            return "\(place(context.codingPath)): \(context.debugDescription)"
        case .dataCorrupted(let context):
            let underlying = (context.underlyingError as NSError?)?.userInfo[NSDebugDescriptionErrorKey] as? String
            return "\(place(context.codingPath)): not valid JSON (\(underlying ?? context.debugDescription))"
        @unknown default:
            return "not a views file"
        }
    }
}
