import Foundation

/// A feed's bytes as handed to the XML parser, after the encoding is settled: a BOM or a
/// declaration libxml2 reads itself, or bytes that are not what they claim (or claim nothing and
/// are not UTF-8) transcoded here from Windows-1252 to UTF-8, with a problem saying so.
struct FeedBytes {
    var data: Data
    /// The encoding to force on the parser (the bytes were transcoded), or nil to let the BOM
    /// and the declaration decide.
    var encoding: String?
    /// What was guessed, for the feed's problems.
    var problem: String?

    static func prepare(_ data: Data) -> FeedBytes {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = data.dropFirst(3)
            if String(validating: body, as: UTF8.self) != nil { return FeedBytes(data: data) }
            return windows1252(body, problem: "starts with a UTF-8 byte order mark but is not valid UTF-8: read as Windows-1252")
        }
        // UTF-16 and UTF-32, with or without a BOM: libxml2 recognises them from the first bytes.
        if let first = data.first, let second = data.dropFirst().first, first == 0 || second == 0 || first >= 0xFE {
            return FeedBytes(data: data)
        }
        let declared = declaredEncoding(data.prefix(256))
        switch declared {
        case nil, "utf-8", "utf8":
            if String(validating: data, as: UTF8.self) != nil { return FeedBytes(data: data) }
            let said = declared == nil ? "declares no encoding" : "declares UTF-8"
            return windows1252(data, problem: "\(said) but is not valid UTF-8: read as Windows-1252")
        case "us-ascii", "ascii":
            // ASCII is rarely what a feed saying so holds: UTF-8 when that reads, else Windows-1252.
            if String(validating: data, as: UTF8.self) != nil { return FeedBytes(data: data, encoding: "UTF-8") }
            return windows1252(data, problem: "declares US-ASCII but holds other bytes: read as Windows-1252")
        case "windows-1252", "cp1252", "x-cp1252":
            // Transcoded here: iconv refuses the five bytes Windows-1252 leaves undefined.
            return windows1252(data, problem: nil)
        default:
            return FeedBytes(data: data)
        }
    }

    /// The bytes read as Windows-1252 (undefined bytes as the C1 controls of the same value, as
    /// WHATWG does), re-encoded as UTF-8.
    static func windows1252(_ bytes: Data, problem: String?) -> FeedBytes {
        var scalars = String.UnicodeScalarView()
        scalars.reserveCapacity(bytes.count)
        for byte in bytes {
            if (0x80...0x9F).contains(byte) {
                scalars.append(Unicode.Scalar(c1Table[Int(byte) - 0x80]) ?? Unicode.Scalar(byte))
            } else {
                scalars.append(Unicode.Scalar(byte))
            }
        }
        return FeedBytes(data: Data(String(scalars).utf8), encoding: "UTF-8", problem: problem)
    }

    /// Windows-1252 bytes 0x80-0x9F; the undefined ones map to themselves.
    static let c1Table: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    /// The `encoding` of an XML declaration at the start of `head`, lower case, or nil.
    static func declaredEncoding(_ head: Data) -> String? {
        let text = String(decoding: head, as: UTF8.self)
        guard text.hasPrefix("<?xml"), let end = text.range(of: "?>") else { return nil }
        let declaration = text[..<end.lowerBound]
        guard let key = declaration.range(of: "encoding") else { return nil }
        let rest = declaration[key.upperBound...].drop { $0 == " " || $0 == "=" || $0 == "\t" }
        guard let quote = rest.first, quote == "\"" || quote == "'" else { return nil }
        let value = rest.dropFirst().prefix { $0 != quote }
        return value.isEmpty ? nil : value.lowercased()
    }
}
