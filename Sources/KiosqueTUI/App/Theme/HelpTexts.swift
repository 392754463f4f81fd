import Foundation
import KiosqueResources

/// The command line's help texts (`--help`, `kiosque help`, `kiosque manual`) in one language,
/// from `Resources/i18n/help-<language>.json`, a file of their own: the reader never shows them.
public struct HelpTexts: Hashable, Sendable {
    public var language: Language
    private var table: [String: String]

    public init(language: Language, table: [String: String]) {
        self.language = language
        self.table = table
    }

    /// The text for a key, or the key itself when the table lacks it (visible, never empty).
    public subscript(_ key: HelpKey) -> String { table[key.rawValue] ?? key.rawValue }

    /// The text for a key with `{name}` placeholders replaced.
    public func format(_ key: HelpKey, _ values: [String: String]) -> String {
        Strings.fill(self[key], values)
    }

    /// Keys the table lacks, and the table's keys that are no `HelpKey` (for tests).
    public var missingKeys: [HelpKey] { HelpKey.allCases.filter { table[$0.rawValue] == nil } }
    public var unknownKeys: [String] { table.keys.filter { HelpKey(rawValue: $0) == nil }.sorted() }

    /// The bundled texts, or an empty table when they cannot be read (each text then shows its key).
    public static func bundledOrEmpty(language: Language) -> HelpTexts {
        (try? bundled(language: language)) ?? HelpTexts(language: language, table: [:])
    }

    /// The texts shipped in `Resources/i18n/`.
    public static func bundled(language: Language) throws -> HelpTexts {
        let name = "help-\(language.rawValue)"
        let data = try ResourceLocator.resource("i18n/\(name).json")
        do {
            return HelpTexts(language: language, table: try JSONDecoder().decode([String: String].self, from: data))
        } catch {
            throw StringsError.malformed(name, String(describing: error))
        }
    }
}
