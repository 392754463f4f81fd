import Foundation

/// A file's bytes read as text, with what was done to read them.
public struct DecodedText: Sendable {
    /// BOM removed, line endings LF, NFC.
    public var text: String
    /// Facts for the article's details (`decoded as Windows-1252 (not valid UTF-8)`).
    public var notes: [LoadReason]
}

/// Why bytes could not be read as an article's text.
public enum TextDecodingFailure: Error, Sendable, Equatable, CustomStringConvertible {
    public var reason: LoadReason {
        switch self {
        case .empty: return .emptyFile
        case .binary: return .binaryFile
        case .invalidUTF16: return .invalidUTF16
        }
    }

    case empty
    case binary
    /// A UTF-16 byte order mark followed by bytes that are not UTF-16.
    case invalidUTF16

    public var description: String { reason.description }
}

/// Reads a text file's bytes: UTF-16 with a BOM, UTF-8, else Windows-1252; BOM stripped; CRLF and CR to LF; NFC.
///
/// Control characters (ESC, C1, U+202E) are kept: offsets must stay true, the view shows them.
public enum TextDecoder {
    /// Share of control bytes (other than tab, LF, CR, FF, ESC) above which a file is binary.
    static let binaryControlShare = 0.1

    public static func decode(_ data: Data) -> Result<DecodedText, TextDecodingFailure> {
        var bytes = [UInt8](data)
        var notes: [LoadReason] = []
        // UTF-16 with its byte order mark (Windows' "Unicode" text files): its NUL bytes would
        // otherwise make it look binary. Decoded to UTF-8, then read as any other text.
        if let utf16 = utf16(bytes) {
            guard let decoded = utf16 else { return .failure(.invalidUTF16) }
            bytes = Array(decoded.utf8)
            notes.append(.decodedAsUTF16)
        }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) {
            bytes.removeFirst(3)
            notes.append(.byteOrderMarkRemoved)
        }
        if isBinary(bytes) { return .failure(.binary) }
        if bytes.contains(0x0D) {
            bytes = normalisingLineEndings(bytes)
            notes.append(.lineEndingsConverted)
        }
        var text: String
        if let utf8 = String(validating: bytes, as: UTF8.self) {
            text = utf8
        } else {
            text = windows1252(bytes)
            notes.append(.decodedAsWindows1252)
        }
        let composed = text.precomposedStringWithCanonicalMapping
        if composed.unicodeScalars.count != text.unicodeScalars.count || composed != text {
            notes.append(.normalisedToNFC)
            text = composed
        }
        if text.unicodeScalars.allSatisfy({ $0.isPythonSpace || $0 == "\u{FEFF}" }) { return .failure(.empty) }
        return .success(DecodedText(text: text, notes: notes))
    }

    /// The text of UTF-16 bytes that start with a byte order mark (`FF FE` little-endian, `FE FF`
    /// big-endian): nil when there is no such mark, `.some(nil)` when the rest is not UTF-16.
    static func utf16(_ bytes: [UInt8]) -> String?? {
        let little: Bool
        if bytes.starts(with: [0xFF, 0xFE]) {
            little = true
        } else if bytes.starts(with: [0xFE, 0xFF]) {
            little = false
        } else {
            return nil
        }
        guard bytes.count % 2 == 0 else { return .some(nil) }
        var units: [UInt16] = []
        units.reserveCapacity(bytes.count / 2 - 1)
        var index = 2
        while index + 1 < bytes.count {
            let (a, b) = (UInt16(bytes[index]), UInt16(bytes[index + 1]))
            units.append(little ? a | b << 8 : a << 8 | b)
            index += 2
        }
        var text = String.UnicodeScalarView()
        var iterator = units.makeIterator()
        var codec = UTF16()
        while true {
            switch codec.decode(&iterator) {
            case .scalarValue(let scalar): text.append(scalar)
            case .emptyInput: return .some(String(text))
            case .error: return .some(nil)
            }
        }
    }

    /// NUL bytes, or a large share of control bytes.
    static func isBinary(_ bytes: [UInt8]) -> Bool {
        if bytes.contains(0) { return true }
        guard !bytes.isEmpty else { return false }
        let controls = bytes.reduce(0) { count, byte in
            count + (byte < 0x20 && byte != 0x09 && byte != 0x0A && byte != 0x0D && byte != 0x0C && byte != 0x1B ? 1 : 0)
        }
        return Double(controls) / Double(bytes.count) > binaryControlShare
    }

    static func normalisingLineEndings(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x0D {
                out.append(0x0A)
                if index + 1 < bytes.count, bytes[index + 1] == 0x0A { index += 1 }
            } else {
                out.append(byte)
            }
            index += 1
        }
        return out
    }

    /// Windows-1252 differs from Latin-1 in 0x80...0x9F; its five unassigned bytes stay C1 controls.
    static let windows1252High: [UInt32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0x8D, 0x017D, 0x8F,
        0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ]

    static func windows1252(_ bytes: [UInt8]) -> String {
        var view = String.UnicodeScalarView()
        for byte in bytes {
            let value = (0x80...0x9F).contains(byte) ? windows1252High[Int(byte) - 0x80] : UInt32(byte)
            view.append(Unicode.Scalar(value) ?? "\u{FFFD}")
        }
        return String(view)
    }
}
