/// Character classes the segmenters need, decided on one code point at a time.
extension Unicode.Scalar {
    /// Whitespace exactly as Python's `str.isspace()` sees it, so blank lines match `score.py`.
    var isPythonSpace: Bool {
        switch value {
        case 0x09...0x0D, 0x1C...0x20, 0x85, 0xA0, 0x1680, 0x2000...0x200A, 0x2028, 0x2029, 0x202F, 0x205F, 0x3000:
            return true
        default:
            return false
        }
    }

    var isUppercaseLetter: Bool {
        if value < 0x80 { return value >= 0x41 && value <= 0x5A }
        if value < 0x300 { return LatinClasses.table[Int(value)] & LatinClasses.upper != 0 }
        return properties.isUppercase
    }

    var isLowercaseLetter: Bool {
        if value < 0x80 { return value >= 0x61 && value <= 0x7A }
        if value < 0x300 { return LatinClasses.table[Int(value)] & LatinClasses.lower != 0 }
        return properties.isLowercase
    }

    var isLetter: Bool {
        if value < 0x80 { return (value | 0x20) >= 0x61 && (value | 0x20) <= 0x7A }
        if value < 0x300 { return LatinClasses.table[Int(value)] & LatinClasses.alphabetic != 0 }
        return properties.isAlphabetic
    }

    var isASCIIDigit: Bool { value >= 0x30 && value <= 0x39 }
}

/// Building strings from slices of an article's code points.
extension Array where Element == Unicode.Scalar {
    /// The text of `range`, which must lie within the array.
    func string(_ range: TextRange) -> String {
        var byteCount = 0
        for index in range.start..<range.end { byteCount += UTF8.width(self[index]) }
        // Writes UTF-8 directly: much faster than appending scalars to a String one by one.
        return String(unsafeUninitializedCapacity: byteCount) { buffer in
            var position = 0
            for index in range.start..<range.end {
                let value = self[index].value
                switch value {
                case 0..<0x80:
                    buffer[position] = UInt8(value)
                    position += 1
                case 0x80..<0x800:
                    buffer[position] = UInt8(0xC0 | (value >> 6))
                    buffer[position + 1] = UInt8(0x80 | (value & 0x3F))
                    position += 2
                case 0x800..<0x10000:
                    buffer[position] = UInt8(0xE0 | (value >> 12))
                    buffer[position + 1] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[position + 2] = UInt8(0x80 | (value & 0x3F))
                    position += 3
                default:
                    buffer[position] = UInt8(0xF0 | (value >> 18))
                    buffer[position + 1] = UInt8(0x80 | ((value >> 12) & 0x3F))
                    buffer[position + 2] = UInt8(0x80 | ((value >> 6) & 0x3F))
                    buffer[position + 3] = UInt8(0x80 | (value & 0x3F))
                    position += 4
                }
            }
            return position
        }
    }

    /// `range` without the Python-whitespace at either end.
    func trimmed(_ range: TextRange) -> TextRange {
        var start = range.start, end = range.end
        while start < end, self[start].isPythonSpace { start += 1 }
        while end > start, self[end - 1].isPythonSpace { end -= 1 }
        return TextRange(start, end)
    }
}

/// The Unicode properties above for U+0000–U+02FF, looked up once: French text is almost all
/// there, and a property lookup per code point was a tenth of the recogniser's time.
enum LatinClasses {
    static let alphabetic: UInt8 = 1, upper: UInt8 = 2, lower: UInt8 = 4

    static let table: [UInt8] = (0..<0x300).map { value in
        guard let scalar = Unicode.Scalar(value) else { return 0 }
        let p = scalar.properties
        return (p.isAlphabetic ? alphabetic : 0) | (p.isUppercase ? upper : 0) | (p.isLowercase ? lower : 0)
    }
}
