import Foundation
import KiosqueResources

/// The words of the Markdown press review in one language (`Resources/export/labels.json`).
public struct ReviewLabels: Hashable, Sendable, Decodable {
    public var title: String
    /// `{passages}` and `{articles}` are filled in.
    public var summary: String
    /// `{date}` is filled in.
    public var exported: String
    /// The group of passages without a sector.
    public var other: String
    public var note: String
    public var entities: String
    public var sectors: String
    public var link: String
    /// Entity type names by code (`PER`, `LOC`, `ORG`, `DATE`).
    public var kinds: [String: String]

    /// The name of an entity type, or its code when the file lacks it.
    public func kind(_ kind: EntityKind) -> String { kinds[kind.rawValue] ?? kind.rawValue }

    /// The labels for a language code (`fr`, `en`); English for any other language.
    public static func bundled(language: String) throws -> ReviewLabels {
        let data = try ResourceLocator.resource("export/labels.json")
        let all: [String: ReviewLabels]
        do {
            all = try JSONDecoder().decode([String: ReviewLabels].self, from: data)
        } catch {
            throw ReviewLabelsError(reason: "export/labels.json is not valid: \(error)")
        }
        guard let labels = all[language] ?? all["en"] else {
            throw ReviewLabelsError(reason: "export/labels.json has no `\(language)` nor `en` labels")
        }
        return labels
    }
}

/// Why the review labels could not be read.
public struct ReviewLabelsError: Error, CustomStringConvertible {
    public var reason: String
    public var description: String { reason }
}
