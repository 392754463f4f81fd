import Foundation
import KiosqueResources

/// The French word lists of `Resources/fr/`, read once and shared.
public struct FrenchData: Sendable {
    /// Words ending with a full stop that do not end a sentence (`M.`, `etc.`).
    public var abbreviations: Set<String>
    /// Folded month names and abbreviations (`fevrier`, `janv`) to month numbers.
    public var months: [String: Int]
    /// Folded weekday names (`jeudi`).
    public var weekdays: Set<String>
    /// Folded words that may introduce a date at a line start, each split in words (`["publie", "le"]`).
    public var datePrefixes: [[String]]
    /// Folded lines that are page debris when they stand alone (`menu`).
    public var debrisLines: Set<String>
    /// Folded lines after which the rest of the page is unrelated (`autres infos`).
    public var cutMarkers: Set<String>
    /// Folded prefixes of teaser lines (`a lire`).
    public var teaserPrefixes: [String]

    /// Builds the data from the texts of the four files (see their header comments for the format).
    public init(abbreviations: String, months: String, boilerplate: String, teasers: String) throws {
        self.abbreviations = Set(WordListFile(abbreviations).entries())
        let monthFile = WordListFile(months)
        var monthTable: [String: Int] = [:]
        for entry in monthFile.entries("months") {
            let parts = entry.split(whereSeparator: { $0.isWhitespace })
            guard parts.count == 2, let number = Int(parts[1]), (1...12).contains(number) else {
                throw FrenchDataError.badEntry(file: "fr/months.txt", entry: entry, expected: "a month name, a space, a number from 1 to 12")
            }
            monthTable[TextFolding.fold(String(parts[0])).trimmingCharacters(in: CharacterSet(charactersIn: "."))] = number
        }
        self.months = monthTable
        self.weekdays = Set(monthFile.entries("weekdays").map(TextFolding.fold))
        self.datePrefixes = monthFile.entries("date prefixes").map { TextFolding.fold($0).split(separator: " ").map(String.init) }
        let boilerplateFile = WordListFile(boilerplate)
        self.debrisLines = Set(boilerplateFile.entries("debris").map(TextFolding.fold))
        self.cutMarkers = Set(boilerplateFile.entries("cut").map(TextFolding.fold))
        self.teaserPrefixes = WordListFile(teasers).entries().map(TextFolding.fold).sorted { $0.count > $1.count }
        guard !self.months.isEmpty else {
            throw FrenchDataError.badEntry(file: "fr/months.txt", entry: "[months]", expected: "at least one month")
        }
    }

    /// Reads the four files from the program's `Resources/fr/`.
    public static func load() throws -> FrenchData {
        func read(_ name: String) throws -> String {
            let data = try ResourceLocator.resource("fr/\(name)")
            guard let text = String(data: data, encoding: .utf8) else {
                throw FrenchDataError.notUTF8(file: "fr/\(name)")
            }
            return text
        }
        return try FrenchData(abbreviations: read("abbreviations.txt"), months: read("months.txt"),
                              boilerplate: read("boilerplate.txt"), teasers: read("teasers.txt"))
    }

    /// The data read once for the whole program, or why it could not be read.
    public static let shared: Result<FrenchData, FrenchDataError> = {
        do { return .success(try load()) } catch let error as FrenchDataError {
            return .failure(error)
        } catch {
            return .failure(.unreadable(String(describing: error)))
        }
    }()
}

/// Why the French word lists could not be read.
public enum FrenchDataError: Error, Sendable, CustomStringConvertible {
    case unreadable(String)
    case notUTF8(file: String)
    case badEntry(file: String, entry: String, expected: String)

    public var description: String {
        switch self {
        case .unreadable(let reason): return reason
        case .notUTF8(let file): return "data file \(file) is not UTF-8"
        case .badEntry(let file, let entry, let expected): return "data file \(file): bad entry \"\(entry)\" (expected \(expected))"
        }
    }
}
