import Foundation
import KiosqueResources

/// The interface strings in one language, from `Resources/i18n/<language>.json`.
///
/// Files map keys (`StringKey`) to strings; `{name}` placeholders are filled by `format`.
public struct Strings: Hashable, Sendable {
    public var language: Language
    private var table: [String: String]

    public init(language: Language, table: [String: String]) {
        self.language = language
        self.table = table
    }

    /// The string for a key, or the key itself when the table lacks it (visible, never empty).
    public subscript(_ key: StringKey) -> String { table[key.rawValue] ?? key.rawValue }

    /// The string for a key with `{name}` placeholders replaced.
    public func format(_ key: StringKey, _ values: [String: String]) -> String {
        Self.fill(self[key], values)
    }

    /// `template` with each `{name}` of `values` replaced and other braces kept, in one pass
    /// (the status line formats a few strings at every frame).
    static func fill(_ template: String, _ values: [String: String]) -> String {
        guard template.utf8.contains(UInt8(ascii: "{")) else { return template }
        var out = ""
        out.reserveCapacity(template.utf8.count + 16)
        var rest = template[...]
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest.index(after: open)
            if let close = rest[after...].firstIndex(of: "}"), let value = values[String(rest[after..<close])] {
                out += value
                rest = rest[rest.index(after: close)...]
            } else {
                out += "{"
                rest = rest[after...]
            }
        }
        out += rest
        return out
    }

    /// A count with thousands grouped as the language writes them: `5,030`, `5 030` (with a
    /// no-break space, so it never wraps).
    public func number(_ value: Int) -> String {
        let digits = String(value.magnitude)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0 && (digits.count - i) % 3 == 0 { out.append(language == .french ? "\u{00A0}" : ",") }
            out.append(ch)
        }
        return value < 0 ? "-" + out : out
    }

    /// `count` with the singular or plural string: singular for 1 in English, for 0 and 1 in
    /// French (`0 phrase`, `1 paragraphe`, `2 paragraphes`); `{count}` is `number(count)`.
    public func plural(_ count: Int, one: StringKey, many: StringKey) -> String {
        let singular = language == .french ? abs(count) < 2 : count == 1
        return format(singular ? one : many, ["count": number(count)])
    }

    /// Keys the table lacks (for tests and for the status line).
    public var missingKeys: [StringKey] { StringKey.allCases.filter { table[$0.rawValue] == nil } }

    /// Reads a table from JSON.
    public static func decode(_ data: Data, language: Language) throws(StringsError) -> Strings {
        do {
            return Strings(language: language, table: try JSONDecoder().decode([String: String].self, from: data))
        } catch {
            throw .malformed(language.rawValue, String(describing: error))
        }
    }

    /// The bundled strings, or an empty table when they cannot be read (each string then shows
    /// its key, never nothing): for the command line, which has no status line to report it in.
    public static func bundledOrEmpty(language: Language) -> Strings {
        (try? bundled(language: language)) ?? Strings(language: language, table: [:])
    }

    /// The strings shipped in `Resources/i18n/`.
    public static func bundled(language: Language) throws -> Strings {
        try decode(ResourceLocator.resource("i18n/\(language.rawValue).json"), language: language)
    }
}

/// Why an `i18n` file could not be used.
public enum StringsError: Error, Hashable, CustomStringConvertible {
    case malformed(String, String)
    public var description: String {
        switch self {
        case .malformed(let language, let reason): return "i18n/\(language).json is not valid: \(reason)"
        }
    }
}
