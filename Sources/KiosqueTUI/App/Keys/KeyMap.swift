import Foundation
import KiosqueResources

/// One action with its keys and help text, as written in `keymap.json`.
public struct Binding: Hashable, Sendable {
    public var action: Action
    /// The key names as written in the file, in order (the first one is shown in the hint bar).
    public var keyNames: [String]
    public var keys: [Key]
    public var help: LocalizedText
    /// The sector a `toggleSector` binding adds or removes (a name or key of the taxonomy, looked
    /// up when the key is pressed); nil for every other action.
    public var sector: String?

    public init(action: Action, keyNames: [String], keys: [Key], help: LocalizedText, sector: String? = nil) {
        self.action = action
        self.keyNames = keyNames
        self.keys = keys
        self.help = help
        self.sector = sector
    }
}

/// A titled group of bindings, in file order (the help screen shows them so).
public struct BindingGroup: Hashable, Sendable {
    public var title: LocalizedText
    public var bindings: [Binding]
}

/// A text in the interface languages.
public struct LocalizedText: Hashable, Sendable, Codable {
    public var en: String
    public var fr: String
    public init(en: String, fr: String) {
        self.en = en
        self.fr = fr
    }
    public func text(in language: Language) -> String { language == .french ? fr : en }
}

/// The key bindings: data from `Resources/keymap.json`, which also feeds the help screen.
///
/// ```json
/// {"groups": [{"title": {"en": "Move", "fr": "Déplacement"},
///              "bindings": [{"action": "down", "keys": ["j", "Down"],
///                            "help": {"en": "next line", "fr": "ligne suivante"}}]}]}
/// ```
public struct KeyMap: Hashable, Sendable {
    public private(set) var groups: [BindingGroup]
    private var actions: [Key: Action]
    private var sectors: [Key: String]
    /// Every binding in file order, kept flat: the hint bar asks for a few actions each frame.
    private var flat: [Binding]
    /// The first key name of each binding of an action, in file order: what the hint bar shows.
    private var shownKeys: [Action: [String]]

    public init(groups: [BindingGroup]) throws(KeyMapError) {
        self.groups = groups
        var actions: [Key: Action] = [:]
        var sectors: [Key: String] = [:]
        for binding in groups.flatMap(\.bindings) {
            if (binding.action == .toggleSector) != (binding.sector != nil) {
                throw .sectorArgument(action: binding.action.rawValue)
            }
            for (key, name) in zip(binding.keys, binding.keyNames) {
                if let other = actions[key], other != binding.action || sectors[key] != binding.sector {
                    throw .duplicateKey(name, first: other.rawValue, second: binding.action.rawValue)
                }
                actions[key] = binding.action
                sectors[key] = binding.sector
            }
        }
        self.actions = actions
        self.sectors = sectors
        flat = groups.flatMap(\.bindings)
        var shown: [Action: [String]] = [:]
        for binding in flat { if let name = binding.keyNames.first { shown[binding.action, default: []].append(name) } }
        shownKeys = shown
    }

    /// The first key name of each binding of `action` (`1 2 3` for `toggleSector`), in file order.
    public func shownKeys(for action: Action) -> [String] { shownKeys[action] ?? [] }

    /// The action bound to a key, if any.
    public func action(for key: Key) -> Action? { actions[key] }

    /// The sector a `toggleSector` key names, if the key is one.
    public func sector(for key: Key) -> String? { sectors[key] }

    /// Every binding of an action, in file order (`toggleSector` has one per sector).
    public func bindings(for action: Action) -> [Binding] { bindings.filter { $0.action == action } }

    /// Every binding, in file order.
    public var bindings: [Binding] { flat }

    /// The binding of an action, if the map has one.
    public func binding(for action: Action) -> Binding? { bindings.first { $0.action == action } }

    /// Reads a key map from JSON; errors name the entry at fault.
    public static func decode(_ data: Data) throws(KeyMapError) -> KeyMap {
        let file: FileFormat
        do { file = try JSONDecoder().decode(FileFormat.self, from: data) } catch {
            throw .malformed(String(describing: error))
        }
        var groups: [BindingGroup] = []
        for group in file.groups {
            var bindings: [Binding] = []
            for entry in group.bindings {
                guard let action = Action(rawValue: entry.action) else { throw .unknownAction(entry.action) }
                var keys: [Key] = []
                for name in entry.keys {
                    guard let key = KeyName.parse(name) else { throw .unknownKey(name, action: entry.action) }
                    keys.append(key)
                }
                bindings.append(Binding(action: action, keyNames: entry.keys, keys: keys, help: entry.help, sector: entry.sector))
            }
            groups.append(BindingGroup(title: group.title, bindings: bindings))
        }
        return try KeyMap(groups: groups)
    }

    /// The key map shipped in `Resources/keymap.json`.
    public static func bundled() throws -> KeyMap { try decode(ResourceLocator.resource("keymap.json")) }

    /// What is left when `keymap.json` cannot be read: enough to get help and to quit.
    public static var minimal: KeyMap {
        let make = { (action: Action, names: [String], en: String, fr: String) in
            Binding(action: action, keyNames: names, keys: names.compactMap(KeyName.parse), help: LocalizedText(en: en, fr: fr))
        }
        let group = BindingGroup(title: LocalizedText(en: "Keys", fr: "Touches"), bindings: [
            make(.help, ["?"], "help", "aide"), make(.back, ["Esc"], "back", "retour"),
            make(.quit, ["q", "Ctrl-c"], "quit", "quitter"),
        ])
        return (try? KeyMap(groups: [group])) ?? KeyMap(unchecked: [group])
    }

    private init(unchecked groups: [BindingGroup]) {
        self.groups = groups
        self.actions = [:]
        self.sectors = [:]
        flat = groups.flatMap(\.bindings)
        shownKeys = [:]
    }

    private struct FileFormat: Decodable {
        struct Group: Decodable {
            var title: LocalizedText
            var bindings: [Entry]
        }
        struct Entry: Decodable {
            var action: String
            var keys: [String]
            var help: LocalizedText
            var sector: String?
        }
        var groups: [Group]
    }
}

/// Why `keymap.json` could not be used, naming the entry at fault.
public enum KeyMapError: Error, Hashable, CustomStringConvertible {
    case malformed(String)
    case unknownAction(String)
    case unknownKey(String, action: String)
    case duplicateKey(String, first: String, second: String)
    /// A `toggleSector` binding without `"sector"`, or another action with one.
    case sectorArgument(action: String)

    public var description: String {
        switch self {
        case .malformed(let reason): return "keymap.json is not valid: \(reason)"
        case .unknownAction(let name):
            return "keymap.json: unknown action \"\(name)\" (known: \(Action.allCases.map(\.rawValue).joined(separator: ", ")))"
        case .unknownKey(let key, let action):
            return "keymap.json: action \"\(action)\": unknown key name \"\(key)\" (use e.g. j, ?, Down, Ctrl-d, Space, PgDn, Shift-Tab, F1)"
        case .duplicateKey(let key, let first, let second):
            return "keymap.json: key \"\(key)\" is bound to both \"\(first)\" and \"\(second)\""
        case .sectorArgument(let action):
            return action == Action.toggleSector.rawValue
                ? "keymap.json: action \"toggleSector\" needs \"sector\": the name of a sector (e.g. \"énergie\")"
                : "keymap.json: action \"\(action)\": only \"toggleSector\" takes a \"sector\""
        }
    }
}
