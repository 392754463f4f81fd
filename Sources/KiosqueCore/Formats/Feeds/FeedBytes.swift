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
    var problem: LoadReason?

    /// Whether control characters were put out of the parser's way (see `FeedRepair`).
    var protectedControls = false

    static func prepare(_ data: Data) -> FeedBytes {
        var bytes = settleEncoding(data)
        bytes.mend(utf8: bytes.encoding == "UTF-8" || (bytes.encoding == nil && bytes.problem == nil && isUTF8Path(data)))
        return bytes
    }

    /// Applies `FeedRepair` unless the bytes are UTF-16 or UTF-32; controls only in UTF-8.
    mutating func mend(utf8: Bool) {
        if let first = data.first, let second = data.dropFirst().first, encoding == nil, first == 0 || second == 0 || first >= 0xFE { return }
        if let mended = FeedRepair.repair(data, controls: utf8) {
            data = mended
            protectedControls = utf8
        }
    }

    /// Whether `data` is read as UTF-8 when left to the parser (no UTF-16/32, no other declaration).
    private static func isUTF8Path(_ data: Data) -> Bool {
        if let first = data.first, let second = data.dropFirst().first, first == 0 || second == 0 || first >= 0xFE { return false }
        let declared = declaredEncoding(data.dropFirst(data.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0).prefix(256))
        return declared == nil || declared == "utf-8" || declared == "utf8"
    }

    // MARK: Control characters

    /// XML 1.0 forbids C0 controls (ESC, BEL...), even as `&#27;`, and libxml2 drops them; a
    /// title's escape sequence must reach the reader (which shows controls as symbols). They
    /// cross the parser as the noncharacters U+FDD1-U+FDEF (`FeedRepair`) and
    /// `restoreControls` turns them back.
    static let placeholderBase: UInt32 = 0xFDD0

    static func isProtectedControl(_ value: UInt32) -> Bool { (1...0x1F).contains(value) && value != 9 && value != 10 && value != 13 }

    /// `text` with the placeholders of `FeedRepair` turned back into the controls.
    static func restoreControls(_ text: String) -> String {
        guard text.unicodeScalars.contains(where: { (placeholderBase + 1...placeholderBase + 0x1F).contains($0.value) }) else { return text }
        var scalars = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            let value = scalar.value
            if (placeholderBase + 1...placeholderBase + 0x1F).contains(value), let control = Unicode.Scalar(value - placeholderBase) {
                scalars.append(control)
            } else {
                scalars.append(scalar)
            }
        }
        return String(scalars)
    }

    /// The bytes again when libxml2 refused the declared encoding (`x-unknown`): UTF-8 when they
    /// are, else Windows-1252; nil when no declaration was to blame.
    static func undeclared(_ data: Data) -> FeedBytes? {
        guard !data.starts(with: [0xEF, 0xBB, 0xBF]), let declared = declaredEncoding(data.prefix(256)),
              declared != "utf-8", declared != "utf8" else { return nil }
        if String(validating: data, as: UTF8.self) != nil {
            return FeedBytes(data: data, encoding: "UTF-8", problem: .unknownEncoding(declared: declared, readAs: "UTF-8"))
        }
        return windows1252(data, problem: .unknownEncoding(declared: declared, readAs: "Windows-1252"))
    }

    // MARK: Encodings

    private static func settleEncoding(_ data: Data) -> FeedBytes {
        if data.starts(with: [0xEF, 0xBB, 0xBF]) {
            let body = data.dropFirst(3)
            if String(validating: body, as: UTF8.self) != nil { return FeedBytes(data: data) }
            return windows1252(body, problem: .byteOrderMarkNotUTF8)
        }
        // UTF-16 and UTF-32, with or without a BOM: libxml2 recognises them from the first bytes.
        if let first = data.first, let second = data.dropFirst().first, first == 0 || second == 0 || first >= 0xFE {
            return FeedBytes(data: data)
        }
        let declared = declaredEncoding(data.prefix(256))
        switch declared {
        case nil, "utf-8", "utf8":
            if String(validating: data, as: UTF8.self) != nil { return FeedBytes(data: data) }
            return windows1252(data, problem: declared == nil ? .undeclaredNotUTF8 : .declaredUTF8NotUTF8)
        case "us-ascii", "ascii":
            // ASCII is rarely what a feed saying so holds: UTF-8 when that reads, else Windows-1252.
            if String(validating: data, as: UTF8.self) != nil { return FeedBytes(data: data, encoding: "UTF-8") }
            return windows1252(data, problem: .declaredASCIINotASCII)
        case "windows-1252", "cp1252", "x-cp1252", "iso-8859-1", "iso8859-1", "latin1", "latin-1", "l1":
            // Transcoded here: iconv refuses the five bytes Windows-1252 leaves undefined. Latin-1
            // is read as its superset Windows-1252, as browsers do: a 0x92 in a feed saying
            // ISO-8859-1 is a typographic apostrophe, not a C1 control.
            return windows1252(data, problem: nil)
        default:
            return FeedBytes(data: data)
        }
    }

    /// The bytes read as Windows-1252 (undefined bytes as the C1 controls of the same value, as
    /// WHATWG does), re-encoded as UTF-8.
    static func windows1252(_ bytes: Data, problem: LoadReason?) -> FeedBytes {
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
