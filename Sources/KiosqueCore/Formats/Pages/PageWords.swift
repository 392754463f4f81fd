import Foundation
import KiosqueResources

/// The word lists of `Resources/pages/boilerplate.txt` (page furniture in `class`/`id` values,
/// teaser starts, debris and cut lines), read once. See that file's header for the format.
struct PageWords: Sendable {
    /// `class`/`id` words that mark furniture (`share`, `comments`).
    var classWords: Set<String>
    /// Pieces of `class`/`id` values that mark furniture anywhere inside a word (`sharebar`).
    var classParts: [String]
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
    /// Folded lines after which the rest of the page is not the article.
    var cutLines: Set<String>

    init(text: String) {
        let file = WordListFile(text)
        classWords = Set(file.entries("class words").map { $0.lowercased() })
        classParts = file.entries("class parts").map { $0.lowercased() }
        neverSpared = Set(file.entries("never spared").map { $0.lowercased() })
        contentWords = Set(file.entries("content words").map { $0.lowercased() })
        keepWords = Set(file.entries("keep words").map { $0.lowercased() })
        teaserStarts = file.entries("teaser starts").map(TextFolding.fold).sorted { $0.count > $1.count }
        debrisLines = Set(file.entries("debris lines").map(TextFolding.fold))
        cutLines = Set(file.entries("cut lines").map(TextFolding.fold))
    }

    /// The lists read once for the whole program; empty lists (and a plain extraction) when the
    /// file cannot be read, which the program's other data files would already have reported.
    static let shared: PageWords = {
        guard let data = try? ResourceLocator.resource("pages/boilerplate.txt") else { return PageWords(text: "") }
        return PageWords(text: String(decoding: data, as: UTF8.self))
    }()

    /// How a `class` and `id` pair reads: furniture, article body, or neither.
    struct ClassVerdict {
        var furniture: Bool { furnitureWord != nil }
        /// The furniture word or part found (`share`).
        var furnitureWord: String?
        var content = false
        /// A keep word: furniture words do not drop the element.
        var keep = false
    }

    /// Splits `value` into lower-case words at spaces, `-`, `_`, digits' edges and lower-to-upper
    /// changes (`postShare` → `post`, `share`), and looks them up.
    func verdict(classAndID value: String) -> ClassVerdict {
        var verdict = ClassVerdict()
        if value.isEmpty { return verdict }
        var word = ""
        var previousLower = false
        func flush() {
            if !word.isEmpty {
                if verdict.furnitureWord == nil && classWords.contains(word) { verdict.furnitureWord = word }
                if contentWords.contains(word) { verdict.content = true }
                if keepWords.contains(word) { verdict.keep = true }
                word = ""
            }
        }
        for scalar in value.unicodeScalars {
            let isLetter = scalar.properties.isAlphabetic
            if !isLetter {
                flush()
                previousLower = false
                continue
            }
            let isUpper = scalar.properties.isUppercase
            if isUpper && previousLower { flush() }
            previousLower = !isUpper
            word.unicodeScalars.append(contentsOf: isUpper ? String(scalar).lowercased().unicodeScalars : String.UnicodeScalarView([scalar]))
        }
        flush()
        if verdict.keep { verdict.furnitureWord = nil }
        if !verdict.furniture {
            let lower = value.lowercased()
            verdict.furnitureWord = classParts.first { lower.contains($0) }
        }
        return verdict
    }
}
