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

    /// Replaces the file with the list (atomically).
    public static func save(_ list: SubscriptionList, to url: URL) throws(SubscriptionError) {
        do throws(FileWriteError) {
            try AtomicFile.write(Data(list.serialized().utf8), to: url)
        } catch {
            throw .cannotWrite(error)
        }
    }
}
