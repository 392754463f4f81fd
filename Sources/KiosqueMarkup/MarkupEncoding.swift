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
        let validUTF8 = isValidUTF8(data)
        if let declared = declaredCharset(data.prefix(2048)) {
            let isUTF8 = declared == "utf-8" || declared == "utf8"
            if isUTF8 { return validUTF8 ? "UTF-8" : "windows-1252" }
            // Latin-1 is read as its superset Windows-1252 (as browsers do).
            if declared == "iso-8859-1" || declared == "latin1" || declared == "us-ascii" { return validUTF8 && containsNonASCII(data) ? "UTF-8" : "windows-1252" }
            return declared
        }
        return validUTF8 ? "UTF-8" : "windows-1252"
    }

    /// Whether `data` is well-formed UTF-8 (no overlong form, surrogate or scalar past U+10FFFF),
    /// checked on the bytes without building a string of the whole page.
    static func isValidUTF8(_ data: Data) -> Bool {
        data.withUnsafeBytes { raw -> Bool in
            guard let base = raw.baseAddress else { return true }
            let bytes = raw.bindMemory(to: UInt8.self)
            var i = 0
            let n = bytes.count
            while i < n {
                // Runs of ASCII are skipped eight bytes at a time.
                while i + 8 <= n, (base + i).loadUnaligned(as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                    i += 8
                }
                guard i < n else { break }
                let b0 = bytes[i]
                if b0 < 0x80 { i += 1; continue }
                func continuation(_ k: Int) -> Bool { i + k < n && bytes[i + k] & 0xC0 == 0x80 }
                switch b0 {
                case 0xC2...0xDF:
                    guard continuation(1) else { return false }
                    i += 2
                case 0xE0...0xEF:
                    guard continuation(1), continuation(2) else { return false }
                    let b1 = bytes[i + 1]
                    if b0 == 0xE0 && b1 < 0xA0 { return false } // overlong
                    if b0 == 0xED && b1 >= 0xA0 { return false } // surrogate
                    i += 3
                case 0xF0...0xF4:
                    guard continuation(1), continuation(2), continuation(3) else { return false }
                    let b1 = bytes[i + 1]
                    if b0 == 0xF0 && b1 < 0x90 { return false } // overlong
                    if b0 == 0xF4 && b1 >= 0x90 { return false } // past U+10FFFF
                    i += 4
                default:
                    return false
                }
            }
            return true
        }
    }

    static func containsNonASCII(_ data: Data) -> Bool { data.contains { $0 >= 0x80 } }

    /// The charset a page's head names, lower case, or nil.
    static func declaredCharset(_ head: Data) -> String? {
        // On bytes, ASCII lower-cased: the name is ASCII and the head may hold anything.
        let bytes = head.map { (0x41...0x5A).contains($0) ? $0 + 32 : $0 }
        let key = Array("charset=".utf8)
        guard bytes.count >= key.count,
              let start = (0...(bytes.count - key.count)).first(where: { bytes[$0..<($0 + key.count)].elementsEqual(key) })
        else { return nil }
        var value = bytes[(start + key.count)...].drop { $0 == UInt8(ascii: "\"") || $0 == UInt8(ascii: "'") || $0 == 0x20 }
        value = value.prefix { byte in
            (0x61...0x7A).contains(byte) || (0x30...0x39).contains(byte) || byte == UInt8(ascii: "-") || byte == UInt8(ascii: "_")
                || byte == UInt8(ascii: ":")
        }
        return value.isEmpty ? nil : String(decoding: value, as: UTF8.self)
    }
}
