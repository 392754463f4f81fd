import Foundation
import KiosqueMarkup

/// What real feeds get wrong about XML, mended on the bytes before libxml2 sees them (which would
/// otherwise drop the text, as feedparser's loose parser does not):
/// - HTML entity names (`&eacute;`, `&nbsp;`) without a DTD declaring them: written as numeric
///   references (`&#233;`); unknown names and bare ampersands (`?a=1&b=2`) kept as text (`&amp;`),
///   as is a `<` that opens no markup (`a < b`);
/// - C0 controls (ESC, BEL...), which XML 1.0 forbids even as `&#27;`: replaced by placeholders
///   (`FeedBytes.restoreControls` turns them back) when `controls` is set (UTF-8 input only).
/// CDATA sections, comments, processing instructions and the doctype are copied as they are;
/// entities the internal subset declares are left to the parser (which expands nothing).
/// Works on any ASCII-compatible encoding (`&`, `;`, `<` and names are ASCII bytes in all of them).
enum FeedRepair {
    static let predefined: Set<String> = ["amp", "lt", "gt", "quot", "apos"]
    static let cdataStart = Array("<![CDATA[".utf8), cdataEnd = Array("]]>".utf8)
    static let commentStart = Array("<!--".utf8), commentEnd = Array("-->".utf8)
    static let piStart = Array("<?".utf8), piEnd = Array("?>".utf8)
    static let doctypeStart = Array("<!DOCTYPE".utf8), escapedAmpersand = Array("&amp;".utf8)
    static let escapedLessThan = Array("&lt;".utf8)

    /// The mended bytes, or nil when nothing needed mending.
    static func repair(_ data: Data, controls: Bool) -> Data? {
        let bytes = [UInt8](data)
        // One tight pass for the common case: nothing that could need mending.
        guard bytes.indices.contains(where: { index in
            let byte = bytes[index]
            if byte == 0x26 || (controls && FeedBytes.isProtectedControl(UInt32(byte))) { return true }
            return byte == 0x3C && (index + 1 == bytes.count || !startsMarkup(bytes[index + 1]))
        }) else {
            return nil
        }
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count + bytes.count / 64)
        var changed = false
        var declared: Set<String> = []
        var index = 0
        func placeholder(_ value: UInt32) {
            if let scalar = Unicode.Scalar(FeedBytes.placeholderBase + value) { out += Array(String(Character(scalar)).utf8) }
            changed = true
        }
        /// Copies up to and including `terminator` (to the end when absent), mending only raw controls.
        func copyVerbatim(until terminator: [UInt8]) {
            while index < bytes.count {
                if bytes[index...].starts(with: terminator) {
                    out += terminator
                    index += terminator.count
                    return
                }
                let byte = bytes[index]
                if controls && FeedBytes.isProtectedControl(UInt32(byte)) { placeholder(UInt32(byte)) } else { out.append(byte) }
                index += 1
            }
        }
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x3C { // <
                let rest = bytes[index...]
                if rest.starts(with: cdataStart) {
                    copyVerbatim(until: cdataEnd)
                    continue
                }
                if rest.starts(with: commentStart) {
                    copyVerbatim(until: commentEnd)
                    continue
                }
                if rest.starts(with: piStart) {
                    copyVerbatim(until: piEnd)
                    continue
                }
                // A `<` that opens no markup (`a < b`) is text: escaped, as feedparser reads it.
                if index + 1 >= bytes.count || !startsMarkup(bytes[index + 1]) {
                    out += escapedLessThan
                    changed = true
                    index += 1
                    continue
                }
                if rest.starts(with: doctypeStart) {
                    let start = index
                    let hasSubset = rest.prefix { $0 != 0x3E }.contains(0x5B) // '[' before '>'
                    if hasSubset {
                        copyVerbatim(until: [0x5D])
                        copyVerbatim(until: [0x3E])
                    } else {
                        copyVerbatim(until: [0x3E])
                    }
                    collectDeclaredEntities(bytes[start..<index], into: &declared)
                    continue
                }
            }
            if controls && FeedBytes.isProtectedControl(UInt32(byte)) {
                placeholder(UInt32(byte))
                index += 1
                continue
            }
            guard byte == 0x26 else {
                out.append(byte)
                index += 1
                continue
            }
            // `&`: a numeric reference, a name, or a bare ampersand.
            if index + 1 < bytes.count, bytes[index + 1] == 0x23 {
                if let (value, length) = characterReference(bytes, at: index) {
                    if controls && FeedBytes.isProtectedControl(value) { placeholder(value) } else { out += bytes[index..<index + length] }
                    index += length
                } else {
                    out += escapedAmpersand
                    changed = true
                    index += 1
                }
                continue
            }
            var end = index + 1
            while end < bytes.count, end - index <= 64, isNameByte(bytes[end], first: end == index + 1) { end += 1 }
            if end > index + 1, end < bytes.count, bytes[end] == 0x3B {
                let name = String(decoding: bytes[(index + 1)..<end], as: UTF8.self)
                if predefined.contains(name) || declared.contains(name) {
                    out += bytes[index...end]
                } else if let character = Markup.htmlEntity(named: name), let scalar = character.unicodeScalars.first {
                    out += Array("&#\(scalar.value);".utf8)
                    changed = true
                } else {
                    out += escapedAmpersand + bytes[(index + 1)...end]
                    changed = true
                }
                index = end + 1
                continue
            }
            out += escapedAmpersand
            changed = true
            index += 1
        }
        return changed ? Data(out) : nil
    }

    private static func startsMarkup(_ byte: UInt8) -> Bool {
        isNameByte(byte, first: true) || byte == 0x2F || byte == 0x21 || byte == 0x3F // / ! ?
    }

    private static func isNameByte(_ byte: UInt8, first: Bool) -> Bool {
        switch byte {
        case 0x41...0x5A, 0x61...0x7A, 0x5F, 0x3A: return true
        case 0x30...0x39, 0x2E, 0x2D: return !first
        default: return byte >= 0x80
        }
    }

    /// `<!ENTITY name` (general entities, not `%` ones) in a doctype.
    private static func collectDeclaredEntities(_ region: ArraySlice<UInt8>, into names: inout Set<String>) {
        guard region.contains(0x5B) else { return }
        let text = String(decoding: region, as: UTF8.self)
        var rest = Substring(text)
        while let range = rest.range(of: "<!ENTITY") {
            rest = rest[range.upperBound...]
            let afterSpace = rest.drop { $0.isWhitespace }
            guard afterSpace.first != "%" else { continue }
            let name = afterSpace.prefix { !$0.isWhitespace }
            if !name.isEmpty { names.insert(String(name)) }
        }
    }

    /// `&#27;` or `&#x1B;` at `start`: the value and the length in bytes.
    static func characterReference(_ bytes: [UInt8], at start: Int) -> (UInt32, Int)? {
        var index = start + 2
        guard index < bytes.count else { return nil }
        let hex = bytes[index] == 0x78 || bytes[index] == 0x58
        if hex { index += 1 }
        var value: UInt32 = 0
        let digitsStart = index
        while index < bytes.count, index - digitsStart < 8 {
            let byte = bytes[index]
            let digit: UInt32
            switch byte {
            case 0x30...0x39: digit = UInt32(byte - 0x30)
            case 0x61...0x66 where hex: digit = UInt32(byte - 0x61 + 10)
            case 0x41...0x46 where hex: digit = UInt32(byte - 0x41 + 10)
            default:
                guard byte == 0x3B, index > digitsStart else { return nil }
                return (value, index + 1 - start)
            }
            value = value * (hex ? 16 : 10) + digit
            index += 1
        }
        return nil
    }
}
