import Foundation
import KiosqueCore

/// The user's own settings in `$XDG_CONFIG_HOME/kiosque/`: `keymap.json` and `theme.json`
/// override only what they name, over the bundled files. A file with a mistake is not used at
/// all (the defaults stay) and its problem, naming the file and the entry, goes to the status line.
///
/// ```json
/// {"keys": {"down": ["j", "Down", "Ctrl-n"], "fetchFeeds": ["F5"], "toggleSector énergie": ["e"]}}
/// {"roles": {"selection": {"fg": "black", "bg": "yellow"}}}
/// ```
public enum UserSettings {
    public static let keyMapFile = "keymap.json"
    public static let themeFile = "theme.json"
    /// Larger files are refused: a settings file is a few kilobytes.
    static let maxBytes = 1_048_576

    /// The bundled resources with the user's files of `folder` over them, and the problems.
    public static func resources(for display: DisplayOptions, folder: URL?) -> (AppResources, [String]) {
        var (resources, errors) = AppResources.bundledOrFallback(for: display)
        guard let folder else { return (resources, errors) }
        let keyURL = folder.appendingPathComponent(keyMapFile)
        switch read(keyURL) {
        case .absent: break
        case .unreadable(let problem): errors.append(problem)
        case .read(let data):
            do throws(KeyMapError) { resources.keyMap = try resources.keyMap.overriding(with: data) } catch {
                errors.append("\(keyURL.path): \(error.userDescription); the default keys are used")
            }
        }
        let themeURL = folder.appendingPathComponent(themeFile)
        switch read(themeURL) {
        case .absent: break
        case .unreadable(let problem): errors.append(problem)
        case .read(let data):
            do throws(ThemeError) { resources.theme = try resources.theme.overriding(with: data) } catch {
                errors.append("\(themeURL.path): \(error.userDescription); the default theme is used")
            }
        }
        return (resources, errors)
    }

    enum FileRead {
        case absent
        case read(Data)
        /// Why the file is not used, naming it.
        case unreadable(String)
    }

    static func read(_ url: URL) -> FileRead {
        guard FileManager.default.fileExists(atPath: url.path) else { return .absent }
        let size = (try? FileManager.default.attributesOfItem(atPath: url.path)[.size] as? Int) ?? 0
        guard size <= maxBytes else { return .unreadable("\(url.path): larger than 1 MB, not a settings file; it is ignored") }
        do { return .read(try Data(contentsOf: url)) } catch {
            return .unreadable("\(url.path): cannot be read (\(error.localizedDescription)); it is ignored")
        }
    }
}

extension KeyMap {
    /// This map with the user's keys: each action named gets exactly the keys given (a
    /// `toggleSector` is named with its sector: `"toggleSector énergie"`); a key the user gives
    /// leaves the action it had by default. Unknown actions, unknown key names, a key given to
    /// two actions, or malformed JSON: an error naming the entry, and nothing changes.
    public func overriding(with data: Data) throws(KeyMapError) -> KeyMap {
        let file: [String: [String: [String]]]
        do { file = try JSONDecoder().decode([String: [String: [String]]].self, from: data) } catch {
            throw .malformed("expected {\"keys\": {\"ACTION\": [\"KEY\", ...]}}: \(Self.shortReason(error))")
        }
        guard let entries = file["keys"] else { throw .malformed("no \"keys\" object") }
        var wanted: [String: (action: Action, sector: String?, keys: [Key], names: [String])] = [:]
        var claimed: [Key: String] = [:]
        for (name, keyNames) in entries.sorted(by: { $0.key < $1.key }) {
            let parts = name.split(separator: " ", maxSplits: 1).map(String.init)
            guard let first = parts.first, let action = Action(rawValue: first) else { throw .unknownAction(name) }
            let sector = parts.count > 1 ? parts[1] : nil
            if (action == .toggleSector) != (sector != nil) { throw .sectorArgument(action: name) }
            if let sector, !bindings(for: .toggleSector).contains(where: { $0.sector.map { Folding.equal($0, sector) } == true }) {
                throw .unknownAction(name)
            }
            var keys: [Key] = []
            for keyName in keyNames {
                guard let key = KeyName.parse(keyName) else { throw .unknownKey(keyName, action: name) }
                if let other = claimed[key], other != name { throw .duplicateKey(keyName, first: other, second: name) }
                claimed[key] = name
                keys.append(key)
            }
            wanted[name] = (action, sector, keys, keyNames)
        }
        var groups = self.groups
        for g in groups.indices {
            for b in groups[g].bindings.indices {
                let binding = groups[g].bindings[b]
                let mine: (action: Action, sector: String?, keys: [Key], names: [String])?
                if let sector = binding.sector {
                    mine = wanted.values.first { $0.action == binding.action && $0.sector.map { Folding.equal($0, sector) } == true }
                } else {
                    mine = wanted[binding.action.rawValue]
                }
                if let mine {
                    groups[g].bindings[b] = Binding(action: binding.action, keyNames: mine.names, keys: mine.keys,
                                                   help: binding.help, sector: binding.sector)
                } else {
                    // A default key the user gave to another action leaves this one.
                    let kept = zip(binding.keys, binding.keyNames).filter { claimed[$0.0] == nil }
                    groups[g].bindings[b] = Binding(action: binding.action, keyNames: kept.map(\.1), keys: kept.map(\.0),
                                                   help: binding.help, sector: binding.sector)
                }
            }
        }
        return try KeyMap(groups: groups)
    }

    static func shortReason(_ error: Error) -> String {
        if case DecodingError.dataCorrupted(let context) = error { return context.debugDescription }
        if case DecodingError.typeMismatch(_, let context) = error {
            return "at \(context.codingPath.map(\.stringValue).joined(separator: ".")): \(context.debugDescription)"
        }
        return "\(error)"
    }
}

extension KeyMapError {
    /// The description without the bundled file's name (the caller names the user's file).
    var userDescription: String {
        let text = description
        if text.hasPrefix("keymap.json: ") { return String(text.dropFirst("keymap.json: ".count)) }
        return text.hasPrefix("keymap.json ") ? String(text.dropFirst("keymap.json ".count)) : text
    }
}

extension ThemeError {
    var userDescription: String {
        let text = description
        if text.hasPrefix("theme.json: ") { return String(text.dropFirst("theme.json: ".count)) }
        return text.hasPrefix("theme.json ") ? String(text.dropFirst("theme.json ".count)) : text
    }
}

extension Theme {
    /// This theme with the roles the user's `theme.json` names replaced (same format as the
    /// bundled file); an error names the role, and nothing changes.
    public func overriding(with data: Data) throws(ThemeError) -> Theme {
        let user = try Theme.decode(data, colors: colors)
        var merged = self
        for (role, entry) in user.entries { merged.entries[role] = entry }
        return merged
    }
}
