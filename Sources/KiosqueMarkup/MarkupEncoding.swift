import Foundation

/// Which encoding to read a page's bytes in, before libxml2 sees them.
public enum MarkupEncoding {
    /// A BOM, else a `<meta charset>` / `http-equiv` declaration in the first 2 KB when the bytes
    /// agree with it, else UTF-8 when the bytes are valid UTF-8, else Windows-1252 (what a page
    /// saying nothing, or wrongly saying UTF-8, almost always is).
    public static func sniffHTML(_ data: Data) -> String {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) { return "UTF-8" }
        if data.starts(with: [0xFF, 0xFE]) { return "UTF-16LE" }
        if data.starts(with: [0xFE, 0xFF]) { return "UTF-16BE" }
        let validUTF8 = String(validating: data, as: UTF8.self) != nil
        if let declared = declaredCharset(data.prefix(2048)) {
            let isUTF8 = declared == "utf-8" || declared == "utf8"
            if isUTF8 { return validUTF8 ? "UTF-8" : "windows-1252" }
            // Latin-1 is read as its superset Windows-1252 (as browsers do).
            if declared == "iso-8859-1" || declared == "latin1" || declared == "us-ascii" { return validUTF8 && containsNonASCII(data) ? "UTF-8" : "windows-1252" }
            return declared
        }
        return validUTF8 ? "UTF-8" : "windows-1252"
    }

    static func containsNonASCII(_ data: Data) -> Bool { data.contains { $0 >= 0x80 } }

    /// The charset a page's head names, lower case, or nil.
    static func declaredCharset(_ head: Data) -> String? {
        let text = String(decoding: head, as: UTF8.self).lowercased()
        guard let range = text.range(of: "charset=") else { return nil }
        var value = text[range.upperBound...].drop { $0 == "\"" || $0 == "'" || $0 == " " }
        value = value.prefix { $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ":" }
        return value.isEmpty ? nil : String(value)
    }
}
