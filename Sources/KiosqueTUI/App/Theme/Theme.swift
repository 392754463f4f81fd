import Foundation
import KiosqueResources

/// Styles for each `Role`, from `Resources/theme.json`, for the colour support at hand.
///
/// Each role gives a foreground and background (`default` or one of the 16 system colours by
/// name), attributes, and optionally `mono`: the attributes to use without colour. Without
/// `mono`, monochrome keeps the role's attributes. Colours are dropped in monochrome, so every
/// role that matters (selection, focus, cursor, teaser, heading) must carry an attribute.
///
/// ```json
/// {"roles": {"selection": {"fg": "default", "bg": "default", "attrs": ["reverse", "bold"]},
///            "borderFocused": {"fg": "cyan", "attrs": ["bold"], "mono": ["bold"]}}}
/// ```
public struct Theme: Hashable, Sendable {
    public struct Entry: Hashable, Sendable {
        public var style: Style
        public var monochromeAttributes: Attributes?
        public init(style: Style, monochromeAttributes: Attributes? = nil) {
            self.style = style
            self.monochromeAttributes = monochromeAttributes
        }
    }

    public var entries: [Role: Entry]
    public var colors: ColorSupport

    public init(entries: [Role: Entry], colors: ColorSupport) {
        self.entries = entries
        self.colors = colors
    }

    /// The style of a role; plain for roles the theme leaves out.
    public func style(for role: Role) -> Style {
        guard let entry = entries[role] else { return .plain }
        if colors == .monochrome { return Style(attributes: entry.monochromeAttributes ?? entry.style.attributes) }
        return entry.style
    }

    /// The same theme for other colour support.
    public func with(colors: ColorSupport) -> Theme { Theme(entries: entries, colors: colors) }

    static let colorNames: [String: Color] = [
        "default": .default, "black": .system(0), "red": .system(1), "green": .system(2), "yellow": .system(3),
        "blue": .system(4), "magenta": .system(5), "cyan": .system(6), "white": .system(7),
        "brightBlack": .system(8), "brightRed": .system(9), "brightGreen": .system(10), "brightYellow": .system(11),
        "brightBlue": .system(12), "brightMagenta": .system(13), "brightCyan": .system(14), "brightWhite": .system(15),
    ]
    static let attributeNames: [String: Attributes] = [
        "bold": .bold, "dim": .dim, "underline": .underline, "reverse": .reverse, "italic": .italic,
    ]

    /// Reads a theme from JSON; errors name the role at fault.
    public static func decode(_ data: Data, colors: ColorSupport) throws(ThemeError) -> Theme {
        let file: [String: [String: RawEntry]]
        do { file = try JSONDecoder().decode([String: [String: RawEntry]].self, from: data) } catch {
            throw .malformed(String(describing: error))
        }
        guard let roles = file["roles"] else { throw .malformed("no \"roles\" object") }
        var entries: [Role: Entry] = [:]
        for (name, raw) in roles {
            guard let role = Role(rawValue: name) else { throw .unknownRole(name) }
            func color(_ value: String?) throws(ThemeError) -> Color {
                guard let value else { return .default }
                guard let c = colorNames[value] else { throw .unknownColor(value, role: name) }
                return c
            }
            func attributes(_ values: [String]) throws(ThemeError) -> Attributes {
                var result: Attributes = []
                for value in values {
                    guard let a = attributeNames[value] else { throw .unknownAttribute(value, role: name) }
                    result.insert(a)
                }
                return result
            }
            let style = Style(foreground: try color(raw.fg), background: try color(raw.bg),
                              attributes: try attributes(raw.attrs ?? []))
            let mono = try raw.mono.map { (values: [String]) throws(ThemeError) -> Attributes in try attributes(values) }
            entries[role] = Entry(style: style, monochromeAttributes: mono)
        }
        return Theme(entries: entries, colors: colors)
    }

    /// The theme shipped in `Resources/theme.json`.
    public static func bundled(colors: ColorSupport) throws -> Theme {
        try decode(ResourceLocator.resource("theme.json"), colors: colors)
    }

    /// What is used when `theme.json` cannot be read: attributes only, so that selection,
    /// focus, the cursor sentence, teasers and headings stay visible.
    public static func fallback(colors: ColorSupport) -> Theme {
        let attrs: [Role: Attributes] = [
            .heading: .bold, .teaser: .dim, .articleTitle: .bold, .articleMeta: .dim, .cursorSentence: .underline,
            .cursorMark: .bold, .borderFocused: .bold, .panelTitleFocused: [.bold, .reverse], .selection: [.reverse, .bold],
            .selectionInactive: .reverse, .tabActive: [.reverse, .bold], .statusWarning: .bold, .hintKey: .bold,
            .sectionTitle: .bold, .outlineHeading: .bold, .outlineCurrent: .reverse, .helpTitle: .bold,
            .helpGroup: .bold, .helpKey: .bold, .notice: .bold,
            .entityPerson: [.bold, .underline], .entityLocation: [.underline, .italic], .entityOrganization: .bold,
            .entityDate: .dim, .entityHighlight: .reverse, .entityMark: [.reverse, .bold, .underline],
            .sectorCentral: .bold, .sectorMentioned: .dim, .sectorPassage: .bold, .sectorChecked: .bold,
            .bookmarkMark: .bold, .bookmarkDetached: .underline, .passageSelected: .reverse, .listUnread: .bold,
            .unreadMark: .bold, .promptLabel: .bold, .promptInfo: .dim, .searchMatch: .reverse,
            .searchCurrent: [.reverse, .bold, .underline],
        ]
        return Theme(entries: attrs.mapValues { Entry(style: Style(attributes: $0)) }, colors: colors)
    }

    private struct RawEntry: Decodable {
        var fg: String?
        var bg: String?
        var attrs: [String]?
        var mono: [String]?
    }
}

/// Why `theme.json` could not be used, naming the role at fault.
public enum ThemeError: Error, Hashable, CustomStringConvertible {
    case malformed(String)
    case unknownRole(String)
    case unknownColor(String, role: String)
    case unknownAttribute(String, role: String)

    public var description: String {
        switch self {
        case .malformed(let reason): return "theme.json is not valid: \(reason)"
        case .unknownRole(let name): return "theme.json: unknown role \"\(name)\""
        case .unknownColor(let value, let role):
            return "theme.json: role \"\(role)\": unknown colour \"\(value)\" (use default, black, red, green, yellow, blue, magenta, cyan, white, or brightRed...)"
        case .unknownAttribute(let value, let role):
            return "theme.json: role \"\(role)\": unknown attribute \"\(value)\" (use bold, dim, underline, reverse, italic)"
        }
    }
}
