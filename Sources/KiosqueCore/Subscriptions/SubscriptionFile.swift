import Foundation

extension AppDirectories {
    /// The urls file: the user's subscriptions (`$XDG_CONFIG_HOME/kiosque/urls`).
    public var subscriptionsFile: URL { config.appendingPathComponent("urls") }
    /// What fetching learnt of each feed (`$XDG_STATE_HOME/kiosque/feeds.json`).
    public var feedStateFile: URL { state.appendingPathComponent("feeds.json") }
}

/// Reading and writing the urls file.
public enum SubscriptionFile {
    /// Largest urls file read: far more than any list of feeds.
    public static let maxBytes = 8 * 1_048_576

    /// The subscriptions in `url`; an empty list when the file does not exist yet.
    public static func load(_ url: URL) throws(SubscriptionError) -> SubscriptionList {
        let data: Data
        do {
            let size = (try FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
            guard size <= maxBytes else {
                throw SubscriptionError.cannotRead(path: url.path, reason: "larger than \(maxBytes / 1_048_576) MB")
            }
            data = try Data(contentsOf: url)
        } catch let error as SubscriptionError {
            throw error
        } catch {
            if !FileManager.default.fileExists(atPath: url.path) { return SubscriptionList() }
            throw .cannotRead(path: url.path, reason: (error as NSError).localizedDescription)
        }
        guard var text = String(data: data, encoding: .utf8) else {
            throw .cannotRead(path: url.path, reason: "not UTF-8 text; convert it with iconv")
        }
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return SubscriptionList.parse(text, fileName: url.lastPathComponent)
    }

    /// Loads the list, lets `change` edit it, and saves it when `change` returns true, holding an
    /// exclusive lock (`flock` on the file's folder) throughout, so two commands changing the
    /// list at once both keep their change. `change` also gets the list's problems to report.
    public static func update<T>(_ url: URL, _ change: (inout SubscriptionList) throws -> (save: Bool, result: T)) throws -> T {
        let folder = url.resolvingSymlinksInPath().deletingLastPathComponent()
        do {
            try AppDirectories.ensure(folder)
        } catch {
            throw SubscriptionError.cannotWrite(FileWriteError(error, path: url.path))
        }
        let fd = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        defer { if fd >= 0 { close(fd) } }
        // Without a lock (a file system that has none) the change is still made.
        if fd >= 0 {
            while flock(fd, LOCK_EX) != 0 && errno == EINTR {}
        }
        var list = try load(url)
        let outcome = try change(&list)
        if outcome.save { try save(list, to: url) }
        return outcome.result
    }

    /// Replaces the file with the list (atomically).
    public static func save(_ list: SubscriptionList, to url: URL) throws(SubscriptionError) {
        do throws(FileWriteError) {
            try AtomicFile.write(Data(list.serialized().utf8), to: url)
        } catch {
            throw .cannotWrite(error)
        }
    }
}
