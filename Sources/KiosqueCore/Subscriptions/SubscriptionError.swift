/// Why a subscription command cannot do what was asked, with what to do about it.
public enum SubscriptionError: Error, Hashable, Sendable, CustomStringConvertible {
    /// The address is not an absolute http(s) URL.
    case notWebURL(String)
    /// A name or tag holds something the urls file cannot keep (`problem`: "a double quote"...).
    case invalidLabel(String, problem: String)
    /// The URL is already subscribed, as `existing` on line `line` of the urls file.
    case alreadySubscribed(url: String, existing: Subscription, line: Int)
    /// No subscription has that URL or name.
    case notSubscribed(String)
    /// Several subscriptions have that name: their URLs.
    case ambiguous(String, urls: [String])
    /// A file (the urls file, an OPML file) could not be read.
    case cannotRead(path: String, reason: String)
    /// A file could not be written; nothing was changed.
    case cannotWrite(FileWriteError)

    public var description: String {
        switch self {
        case .notWebURL(let url):
            return "\"\(url)\" is not an http(s) URL; give a whole address such as https://www.example.fr/rss.xml"
        case .invalidLabel(let label, let problem):
            return "\"\(label)\" cannot be a name or a tag: it holds \(problem)"
        case .alreadySubscribed(let url, let existing, let line):
            let named = existing.name.map { " as \"\($0)\"" } ?? ""
            return "\(url) is already subscribed\(named) (urls:\(line)); nothing added"
        case .notSubscribed(let key):
            return "no subscription has the URL or name \"\(key)\"; `kiosque feeds list` shows them"
        case .ambiguous(let key, let urls):
            return "\"\(key)\" names several subscriptions (\(urls.joined(separator: ", "))); give the URL"
        case .cannotRead(let path, let reason):
            return "cannot read \(path): \(reason)"
        case .cannotWrite(let error):
            return error.description
        }
    }
}
