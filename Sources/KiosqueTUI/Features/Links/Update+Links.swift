import KiosqueCore

/// `o` and `y`: the article's link goes to the browser or the clipboard, as effects (the service
/// launches the browser, the terminal backend writes OSC 52); `update` only picks the link.
extension App {
    /// The link `o` and `y` act on: the selected row's in the list, else the open article's
    /// (the selected row's when none is open). Nil when the article has none.
    static func linkTarget(_ state: AppState) -> String? {
        let fromRow = state.selectedArticle.flatMap { state.catalogue.url(at: $0) }
        let fromOpen = state.openArticle?.url
        let link = state.focus == .list || state.openArticle == nil ? fromRow : fromOpen
        guard let link = link?.trimmingWhitespace, !link.isEmpty else { return nil }
        return link
    }

    static func openLink(_ state: inout AppState) -> [Effect] {
        guard let link = linkTarget(state) else {
            state.notice = .linkNone
            return []
        }
        guard ArticleLink.isWeb(link) else {
            state.notice = .linkNotWeb(link)
            return []
        }
        return [.openLink(link)]
    }

    static func copyLink(_ state: inout AppState) -> [Effect] {
        guard let link = linkTarget(state) else {
            state.notice = .linkNone
            return []
        }
        return [.copyLink(link)]
    }

    static func receive(linkOpened result: Result<String, LinkError>, _ state: inout AppState) {
        switch result {
        case .success(let command): state.notice = .linkOpening(command: command)
        case .failure(.noBrowser): state.notice = .linkNoBrowser
        case .failure(.failed(let command, let status)): state.notice = .linkFailed(command: command, status: status)
        }
    }
}

/// What the reader checks of an article's link before handing it on.
public enum ArticleLink {
    /// True for an absolute `http` or `https` link with a host and nothing a terminal or a
    /// command line could take for something else (spaces, control characters).
    public static func isWeb(_ link: String) -> Bool {
        guard let host = host(of: link), !host.isEmpty else { return false }
        return !link.unicodeScalars.contains { $0.value <= 0x20 || $0.value == 0x7F || (0x80...0x9F).contains($0.value) }
    }

    /// The host of an `http`/`https` link (`www.lemonde.fr`), lowercased; nil for other links.
    public static func host(of link: String) -> String? { ArticleOutletName.host(of: link) }
}

extension String {
    /// Without the spaces and line ends around it.
    var trimmingWhitespace: String {
        // Most names have nothing to trim: no scalar walk, no new string.
        if let first = utf8.first, let last = utf8.last, first > 0x20, first < 0x80, last > 0x20, last < 0x80 { return self }
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
              let last = scalars.lastIndex(where: { !$0.properties.isWhitespace }) else { return "" }
        return String(scalars[first...last])
    }
}
