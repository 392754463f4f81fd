import Foundation

/// Comparison form of short lines: `Folding` plus single spaces and no final colon.
///
/// Used to match lines against the word lists (`Nouveau commentaire :` = `nouveau commentaire`).
enum TextFolding {
    static func fold(_ text: String) -> String {
        var folded = Folding.fold(text)
        // Runs of white space (Unicode `White_Space`) become one space, trimmed, on the UTF-8
        // bytes: every short paragraph of every page is folded.
        return folded.withUTF8 { input -> String in
            var bytes: [UInt8] = []
            bytes.reserveCapacity(input.count)
            var pendingSpace = false
            var i = 0
            while i < input.count {
                let space = whiteSpaceLength(input, at: i)
                if space > 0 {
                    pendingSpace = !bytes.isEmpty
                    i += space
                    continue
                }
                if pendingSpace { bytes.append(0x20); pendingSpace = false }
                bytes.append(input[i])
                i += 1
            }
            // The last word loses one final colon (`Lire aussi :` and `Lire aussi:`).
            if bytes.last == UInt8(ascii: ":") {
                bytes.removeLast()
                if bytes.last == 0x20 { bytes.removeLast() }
            }
            return String(decoding: bytes, as: UTF8.self)
        }
    }

    /// Bytes of the `White_Space` scalar at `i` in UTF-8 `input` (0: none).
    @inline(__always)
    static func whiteSpaceLength(_ input: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let byte = input[i]
        if byte < 0x80 { return byte == 0x20 || (0x09...0x0D).contains(byte) ? 1 : 0 }
        switch byte {
        case 0xC2 where i + 1 < input.count && (input[i + 1] == 0x85 || input[i + 1] == 0xA0): return 2
        case 0xE1 where i + 2 < input.count && input[i + 1] == 0x9A && input[i + 2] == 0x80: return 3
        case 0xE2 where i + 2 < input.count:
            let (b1, b2) = (input[i + 1], input[i + 2])
            if b1 == 0x80 && ((0x80...0x8A).contains(b2) || b2 == 0xA8 || b2 == 0xA9 || b2 == 0xAF) { return 3 }
            if b1 == 0x81 && b2 == 0x9F { return 3 }
            return 0
        case 0xE3 where i + 2 < input.count && input[i + 1] == 0x80 && input[i + 2] == 0x80: return 3
        default: return 0
        }
    }
}
