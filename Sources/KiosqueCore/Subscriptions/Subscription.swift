import Foundation

/// One feed the user subscribes to: a line of `$XDG_CONFIG_HOME/kiosque/urls`.
public struct Subscription: Hashable, Sendable, Codable {
    /// The feed's address, as written (http or https).
    public var url: String
    /// The name the user gave it (newsboat's `"~Name"` tag), or nil.
    public var name: String?
    /// Tags, in the order written, without the name and the full-text mark.
    public var tags: [String]
    /// Fetch each entry's page for its full text (the tag `kiosque:fulltext` in the file).
    public var fullText: Bool

    public init(url: String, name: String? = nil, tags: [String] = [], fullText: Bool = false) {
        self.url = url
        self.name = name
        self.tags = tags
        self.fullText = fullText
    }

    /// The tag that stands for `fullText` in the urls file and in OPML categories. Not `!…`:
    /// newsboat hides a feed with a tag starting with `!`, and the file should stay usable there.
    public static let fullTextTag = "kiosque:fulltext"

    /// The name, else the URL.
    public var displayName: String { name ?? url }

    /// True when `text` is an absolute http or https URL with a host and no white space.
    public static func isWebURL(_ text: String) -> Bool {
        guard !text.isEmpty, !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 }),
              let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
              let host = components.host, !host.isEmpty else { return false }
        return true
    }

    /// The form two URLs are compared in: scheme and host in lower case, a lone `/` path dropped,
    /// so `HTTPS://Example.fr/` and `https://example.fr` are one subscription.
    public static func comparisonKey(_ url: String) -> String {
        guard var components = URLComponents(string: url) else { return url }
        components.scheme = components.scheme?.lowercased()
        if let host = components.host { components.host = host.lowercased() }
        if components.path == "/" && components.query == nil && components.fragment == nil { components.path = "" }
        return components.string ?? url
    }

    /// Why `value` cannot be a tag or a name in the urls file, or nil: a double quote or a
    /// control character (a line break) would change the line's meaning.
    public static func problemInLabel(_ value: String) -> String? {
        if value.contains("\"") { return "a double quote" }
        if value.unicodeScalars.contains(where: { $0.value < 0x20 || $0.value == 0x7F }) { return "a control character" }
        return nil
    }
}
