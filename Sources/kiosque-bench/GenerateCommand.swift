import ArgumentParser
import Foundation

/// `kiosque-bench generate`: a large corpus made from a real one, for the index and search figures.
///
/// Each article takes another article's metadata (title, date, source, url) and a new id
/// (`gen-000001`...); its text keeps the base article's paragraphs and sentences, but about one
/// sentence in three is replaced by a sentence of another article, so content hashes differ and
/// every article must be analysed. Deterministic: the same seed and input give the same file.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write a corpus of N articles recombined from a JSONL corpus (deterministic)."
    )

    @Option(help: "The JSONL corpus to recombine.")
    var from = "../shared/corpus/presse-2018-2019.jsonl"

    @Option(help: "Where to write the corpus (under /tmp or a git-ignored folder such as bench-out/).")
    var output: String

    @Option(help: "How many articles to write.")
    var count = 100_000

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 2019

    mutating func run() throws {
        let data = try Data(contentsOf: URL(fileURLWithPath: from))
        var bases: [[String: Any]] = []
        for line in data.split(separator: 0x0A) where !line.isEmpty {
            if let object = try JSONSerialization.jsonObject(with: line) as? [String: Any], object["text"] is String {
                bases.append(object)
            }
        }
        guard !bases.isEmpty else { throw ValidationError("\(from) has no article with a text") }
        // Sentence-sized pieces of every paragraph of every article.
        let paragraphs: [[[String]]] = bases.map { base in
            ((base["text"] as? String) ?? "").components(separatedBy: "\n\n").map(Self.sentences)
        }
        let pool = paragraphs.flatMap { $0.flatMap { $0 } }
        var random = SplitMix64(seed: seed)
        guard FileManager.default.createFile(atPath: output, contents: nil),
              let handle = FileHandle(forWritingAtPath: output) else {
            throw ValidationError("cannot write \(output)")
        }
        defer { try? handle.close() }
        var buffer = Data()
        for n in 1...max(1, count) {
            let b = Int(random.next() % UInt64(bases.count))
            var object = bases[b]
            let text = paragraphs[b].map { sentences in
                sentences.map { sentence in
                    random.next() % 3 == 0 ? pool[Int(random.next() % UInt64(pool.count))] : sentence
                }.joined(separator: " ")
            }.joined(separator: "\n\n")
            object["id"] = String(format: "gen-%06d", n)
            object["text"] = text
            buffer.append(try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]))
            buffer.append(0x0A)
            if buffer.count > 8_000_000 {
                handle.write(buffer)
                buffer.removeAll(keepingCapacity: true)
            }
        }
        handle.write(buffer)
        print("generate: \(count) articles from \(bases.count) in \(output) (seed \(seed))")
    }

    /// Pieces ending with `. `, `! ` or `? ` (the punctuation kept), the rest as the last piece.
    static func sentences(_ paragraph: String) -> [String] {
        var out: [String] = []
        var current = ""
        var previous: Character = " "
        for character in paragraph {
            if character == " ", ".!?".contains(previous), !current.isEmpty {
                out.append(current)
                current = ""
            } else {
                current.append(character)
            }
            previous = character
        }
        if !current.isEmpty { out.append(current) }
        return out
    }
}

/// A small deterministic random generator (SplitMix64).
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
