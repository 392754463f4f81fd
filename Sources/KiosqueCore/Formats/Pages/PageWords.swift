import Foundation
import KiosqueResources

/// The word lists of `Resources/pages/boilerplate.txt` (page furniture in `class`/`id` values,
/// teaser starts, debris and cut lines), read once. See that file's header for the format.
struct PageWords: Sendable {
    /// `class`/`id` words that mark furniture (`share`, `comments`).
    var classWords: Set<String>
    /// Pieces of `class`/`id` values that mark furniture anywhere inside a word (`sharebar`).
    var classParts: [String]
    private var classPartBytes: [[UInt8]]
    /// Furniture words and parts dropped even when together they hold most of the page (`comment`).
    var neverSpared: Set<String>
    /// `class`/`id` words that mark the article's body (`content`, `story`).
    var contentWords: Set<String>
    /// `class`/`id` words that keep an element that also has a furniture word (`entry-content-read-more`).
    var keepWords: Set<String>
    /// Folded teaser starts (`a lire aussi`), longest first.
    var teaserStarts: [String]
    /// Folded lines that are furniture when they stand alone.
    var debrisLines: Set<String>
    /// Folded marks of a photo credit in a short paragraph (`getty images`, `©`).
    var creditMarks: [String]
    /// Each credit mark's UTF-8 bytes: `" afp "` (spaces around) for marks of letters and spaces,
    /// matched as whole words, the mark alone for others (`©`).
    private var creditMarkBytes: [[UInt8]]
    private var creditMarkIsWords: [Bool]
    /// Folded lines after which the rest of the page is not the article.
    var cutLines: Set<String>

    init(text: String) {
        let file = WordListFile(text)
        classWords = Set(file.entries("class words").map { $0.lowercased() })
        classParts = file.entries("class parts").map { $0.lowercased() }
        classPartBytes = classParts.map { Array($0.utf8) }
        neverSpared = Set(file.entries("never spared").map { $0.lowercased() })
        contentWords = Set(file.entries("content words").map { $0.lowercased() })
        keepWords = Set(file.entries("keep words").map { $0.lowercased() })
        teaserStarts = file.entries("teaser starts").map(TextFolding.fold).sorted { $0.count > $1.count }
        debrisLines = Set(file.entries("debris lines").map(TextFolding.fold))
        cutLines = Set(file.entries("cut lines").map(TextFolding.fold))
        creditMarks = file.entries("credit marks").map { Folding.fold($0) }
        creditMarkIsWords = creditMarks.map { mark in mark.allSatisfy { $0.isLetter || $0 == " " } }
        creditMarkBytes = zip(creditMarks, creditMarkIsWords).map { mark, isWords in Array((isWords ? " \(mark) " : mark).utf8) }
    }

    /// The lists read once for the whole program; empty lists (and a plain extraction) when the
    /// file cannot be read, which the program's other data files would already have reported.
    static let shared: PageWords = {
        guard let data = try? ResourceLocator.resource("pages/boilerplate.txt") else { return PageWords(text: "") }
        return PageWords(text: String(decoding: data, as: UTF8.self))
    }()

    /// Whether a folded short paragraph holds a credit mark: marks made of letters and spaces
    /// match whole words, others anywhere. On UTF-8 bytes: a word is a run of ASCII letters and
    /// digits and of non-ASCII scalars that are letters or numbers.
    func isCredit(_ folded: String) -> Bool {
        let text = Array(folded.utf8)
        var words: [UInt8] = [0x20]
        words.reserveCapacity(text.count + 2)
        var i = 0
        while i < text.count {
            let byte = text[i]
            if byte < 0x80 {
                let isWord = (0x30...0x39).contains(byte) || (0x61...0x7A).contains(byte) || (0x41...0x5A).contains(byte)
                words.append(isWord ? byte : 0x20)
                i += 1
                continue
            }
            // A non-ASCII scalar: its bytes kept when it is a letter or a number.
            var end = i + 1
            while end < text.count && text[end] & 0xC0 == 0x80 { end += 1 }
            let scalar = String(decoding: text[i..<end], as: UTF8.self)
            if let character = scalar.first, character.isLetter || character.isNumber {
                words.append(contentsOf: text[i..<end])
            } else {
                words.append(0x20)
            }
            i = end
        }
        words.append(0x20)
        for (index, mark) in creditMarkBytes.enumerated() {
            if creditMarkIsWords[index] {
                if Self.contains(words, mark) { return true }
            } else if Self.contains(text, mark) {
                return true
            }
        }
        return false
    }

    /// How a `class` and `id` pair reads: furniture, article body, or neither.
    struct ClassVerdict {
        var furniture: Bool { furnitureWord != nil }
        /// The furniture word or part found (`share`).
        var furnitureWord: String?
        var content = false
        /// A keep word: furniture words do not drop the element.
        var keep = false
    }

    /// Splits `value` into lower-case words at spaces, `-`, `_`, digits and lower-to-upper
    /// changes (`postShare` → `post`, `share`), and looks them up. Works on UTF-8 bytes (class
    /// names are ASCII but for rare words, which are kept whole): it runs for every element.
    func verdict(classAndID value: String) -> ClassVerdict {
        var verdict = ClassVerdict()
        if value.isEmpty { return verdict }
        var lower: [UInt8] = []
        lower.reserveCapacity(value.utf8.count)
        var word: [UInt8] = []
        var previousLower = false
        func flush() {
            guard !word.isEmpty else { return }
            let text = String(decoding: word, as: UTF8.self)
            if verdict.furnitureWord == nil && classWords.contains(text) { verdict.furnitureWord = text }
            if contentWords.contains(text) { verdict.content = true }
            if keepWords.contains(text) { verdict.keep = true }
            word.removeAll(keepingCapacity: true)
        }
        for byte in value.utf8 {
            switch byte {
            case UInt8(ascii: "a")...UInt8(ascii: "z"):
                word.append(byte)
                lower.append(byte)
                previousLower = true
            case UInt8(ascii: "A")...UInt8(ascii: "Z"):
                if previousLower { flush() }
                word.append(byte + 32)
                lower.append(byte + 32)
                previousLower = false
            case 0x80...:
                word.append(byte)
                lower.append(byte)
            default:
                flush()
                lower.append(byte)
                previousLower = false
            }
        }
        flush()
        if verdict.keep { verdict.furnitureWord = nil }
        if !verdict.furniture {
            for (index, part) in classPartBytes.enumerated() where Self.contains(lower, part) {
                verdict.furnitureWord = classParts[index]
                break
            }
        }
        return verdict
    }

    private static func contains(_ haystack: [UInt8], _ needle: [UInt8]) -> Bool {
        guard let first = needle.first, haystack.count >= needle.count else { return false }
        var start = 0
        let last = haystack.count - needle.count
        while start <= last {
            if haystack[start] == first {
                var matched = true
                for offset in 1..<needle.count where haystack[start + offset] != needle[offset] { matched = false; break }
                if matched { return true }
            }
            start += 1
        }
        return false
    }
}
