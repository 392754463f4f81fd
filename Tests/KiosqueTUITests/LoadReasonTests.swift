import KiosqueCore
import Testing
@testable import KiosqueTUI

/// Load problems and notes: worded in both languages, stored and read back by the index.
@Suite("load reasons: worded in English and French, stored as codes")
struct LoadReasonTests {
    static let day = ArticleDate(year: 2018, month: 11, day: 17)

    /// One of each case (the switch in `caseName` fails to compile when a case is added).
    static let samples: [LoadReason] = {
        var all: [LoadReason] = [
            .noSuchFile, .permissionDenied, .symbolicLinkLoop, .cannotRead(detail: "Input/output error"), .namedPipe, .socket,
            .device, .notRegularFile, .notAnArticle, .noSizeAndDate, .fileNotMapped, .fileMoved, .fileShorter,
            .fileChanged(found: "a4", expected: "a3"), .tooLarge(bytes: 50 * 1_048_576, limit: LoadLimits.maxTextFileBytes),
            .tooLarge(bytes: 100 * 1_048_576 + 300_000, limit: 64 * 1_048_576), .emptyFile, .binaryFile, .invalidUTF16,
            .notValidJSON, .notAJSONObject, .missingField("id"), .notAString(field: "text"), .notAFeed,
            .feedTooLarge(bytes: 70 * 1_048_576, limit: 64 * 1_048_576), .notWellFormed(detail: "Start tag expected", line: 0),
            .notWellFormed(detail: "Premature end of data", line: 3), .markupTooLarge(bytes: 70 * 1_048_576, limit: 64 * 1_048_576),
            .pageUnreadable(.notWellFormed(detail: "Document is empty", line: 1)), .feedWithoutEntries,
            .feedEntriesChanged(count: 3), .feedNotRead, .markupMessage("Opening and ending tag mismatch: p (line 4)"),
            .unknownEncoding(declared: "x-made-up", readAs: "Windows-1252"), .byteOrderMarkNotUTF8, .undeclaredNotUTF8,
            .declaredUTF8NotUTF8, .declaredASCIINotASCII, .decodedAsUTF16, .byteOrderMarkRemoved, .lineEndingsConverted,
            .decodedAsWindows1252, .normalisedToNFC, .textFromJSONLD,
            .dateNotUnderstood(value: "15 Marsch 2024", outcome: .keptUndated),
            .dateNotUnderstood(value: "le jour d'après", outcome: .noted),
            .entryDateNotUnderstood(entry: 2, value: "hier"),
            .duplicateID(id: "d", first: "/c/feed.jsonl:1", assigned: "d#2"), .wordListsUnavailable(detail: "months.txt missing"),
            .resourcesUnreadable(detail: "Resources not found"), .manifestRebuilt(detail: "file is not a database", movedTo: "/l/manifest.sqlite.damaged-1"),
            .fetchFailed(.httpStatus(code: 404, retryAfter: nil)), .other("something a later version said"),
        ]
        if let day {
            all.append(.dateNotUnderstood(value: "15 Marsch 2018", outcome: .datedFromAddress(day)))
            all.append(.dateNotUnderstood(value: "bogus", outcome: .datedFromText(day)))
        }
        return all
    }()

    static func caseName(_ reason: LoadReason) -> String {
        switch reason {
        case .noSuchFile: "noSuchFile"
        case .permissionDenied: "permissionDenied"
        case .symbolicLinkLoop: "symbolicLinkLoop"
        case .cannotRead: "cannotRead"
        case .namedPipe: "namedPipe"
        case .socket: "socket"
        case .device: "device"
        case .notRegularFile: "notRegularFile"
        case .notAnArticle: "notAnArticle"
        case .noSizeAndDate: "noSizeAndDate"
        case .fileNotMapped: "fileNotMapped"
        case .fileMoved: "fileMoved"
        case .fileShorter: "fileShorter"
        case .fileChanged: "fileChanged"
        case .tooLarge: "tooLarge"
        case .emptyFile: "emptyFile"
        case .binaryFile: "binaryFile"
        case .invalidUTF16: "invalidUTF16"
        case .notValidJSON: "notValidJSON"
        case .notAJSONObject: "notAJSONObject"
        case .missingField: "missingField"
        case .notAString: "notAString"
        case .notAFeed: "notAFeed"
        case .feedTooLarge: "feedTooLarge"
        case .notWellFormed: "notWellFormed"
        case .markupTooLarge: "markupTooLarge"
        case .pageUnreadable: "pageUnreadable"
        case .feedWithoutEntries: "feedWithoutEntries"
        case .feedEntriesChanged: "feedEntriesChanged"
        case .feedNotRead: "feedNotRead"
        case .markupMessage: "markupMessage"
        case .unknownEncoding: "unknownEncoding"
        case .byteOrderMarkNotUTF8: "byteOrderMarkNotUTF8"
        case .undeclaredNotUTF8: "undeclaredNotUTF8"
        case .declaredUTF8NotUTF8: "declaredUTF8NotUTF8"
        case .declaredASCIINotASCII: "declaredASCIINotASCII"
        case .decodedAsUTF16: "decodedAsUTF16"
        case .byteOrderMarkRemoved: "byteOrderMarkRemoved"
        case .lineEndingsConverted: "lineEndingsConverted"
        case .decodedAsWindows1252: "decodedAsWindows1252"
        case .normalisedToNFC: "normalisedToNFC"
        case .textFromJSONLD: "textFromJSONLD"
        case .dateNotUnderstood(_, .keptUndated): "dateKeptUndated"
        case .dateNotUnderstood(_, .datedFromAddress): "dateFromAddress"
        case .dateNotUnderstood(_, .datedFromText): "dateFromText"
        case .dateNotUnderstood(_, .noted): "dateNoted"
        case .entryDateNotUnderstood: "entryDateNotUnderstood"
        case .duplicateID: "duplicateID"
        case .wordListsUnavailable: "wordListsUnavailable"
        case .resourcesUnreadable: "resourcesUnreadable"
        case .manifestRebuilt: "manifestRebuilt"
        case .fetchFailed: "fetchFailed"
        case .other: "other"
        }
    }

    static let caseCount = 53

    @Test("the samples hold every case")
    func samplesCoverEveryCase() {
        #expect(Set(Self.samples.map(Self.caseName)).count == Self.caseCount)
    }

    @Test("English words each reason as its description (the logs' text); French words each in French, no key, no placeholder")
    func wordedInBothLanguages() throws {
        let english = try Strings.bundled(language: .english)
        let french = try Strings.bundled(language: .french)
        for reason in Self.samples {
            let en = english.loadReason(reason), fr = french.loadReason(reason)
            if case .fetchFailed(let error) = reason {
                #expect(en == english.fetchError(error) && fr == french.fetchError(error))
                continue
            }
            #expect(en == reason.description, "\(Self.caseName(reason))")
            for text in [en, fr] {
                #expect(!text.isEmpty && !text.contains("load.reason") && !text.contains("{"), "\(Self.caseName(reason)): \(text)")
            }
            if case .other = reason { #expect(fr == en); continue }
            #expect(fr != en, "\(Self.caseName(reason)) is not worded in French: \(fr)")
        }
    }

    @Test("French sentences: sizes in Mo with a decimal comma, numbers grouped, guillemets, the address's day written out")
    func frenchDetails() throws {
        let french = try Strings.bundled(language: .french)
        #expect(french.loadReason(.tooLarge(bytes: 50 * 1_048_576, limit: LoadLimits.maxTextFileBytes))
            == "trop gros pour un seul article : 50 Mo (limite 10 Mo) ; découpez-le ou convertissez-le en JSONL")
        #expect(french.loadReason(.tooLarge(bytes: 12 * 1_048_576 + 300_000, limit: 64 * 1_048_576))
            == "trop gros pour être lu : 12,3 Mo (limite 64 Mo) ; découpez-le")
        #expect(french.loadReason(.notValidJSON) == "JSON non valide")
        #expect(french.loadReason(.missingField("id")) == "pas de champ « id »")
        #expect(french.loadReason(.feedEntriesChanged(count: 1_200)) == "le flux a maintenant 1\u{A0}200 entrées ; ouvrez-le de nouveau")
        let day = try #require(Self.day)
        #expect(french.loadReason(.dateNotUnderstood(value: "15 Marsch 2018", outcome: .datedFromAddress(day)))
            == "date « 15 Marsch 2018 » non comprise, article daté du 17 novembre 2018 d’après son adresse")
        #expect(french.loadIssue(LoadIssue(location: "c.jsonl:3", reason: .notValidJSON)) == "c.jsonl:3 : JSON non valide")
        #expect(french.loadReason(.pageUnreadable(.markupTooLarge(bytes: 70 * 1_048_576, limit: 64 * 1_048_576)))
            == "page web illisible : trop gros pour être analysé : 70 Mo (limite 64 Mo)")
    }

    @Test("the commands' line on skipped files: English as SkippedFiles.summary, French in French")
    func skippedFiles() throws {
        let paths = ["/a/x.pdf", "/a/y.png"]
        #expect(try Strings.bundled(language: .english).skippedFiles(paths) == SkippedFiles.summary(paths))
        #expect(try Strings.bundled(language: .english).skippedFiles(["/a/x.pdf"]) == SkippedFiles.summary(["/a/x.pdf"]))
        #expect(try Strings.bundled(language: .french).skippedFiles(paths) == "2 fichiers ne sont pas des articles et ont été ignorés : x.pdf, y.png")
        #expect(try Strings.bundled(language: .french).skippedFiles([]) == nil)
    }

    @Test("every reason the index can hold reads back the same from its stored code")
    func storedRoundTrip() {
        for reason in Self.samples {
            if case .fetchFailed = reason { continue } // never stored: in memory until the next fetch
            #expect(LoadReason(stored: reason.stored) == reason, "\(reason.stored)")
            #expect(!reason.stored.contains("\n"))
        }
    }

    @Test("stored values lose their separators and line breaks; an unknown code or an old English text reads as other text")
    func storedOddities() {
        let value = LoadReason.dateNotUnderstood(value: "a\u{1F}b\nc", outcome: .keptUndated)
        #expect(LoadReason(stored: value.stored) == .dateNotUnderstood(value: "a b c", outcome: .keptUndated))
        #expect(LoadReason(stored: "not valid JSON") == .other("not valid JSON"), "an index before analysis-13")
        #expect(LoadReason(stored: "json.invalid") == .notValidJSON)
        #expect(LoadReason(stored: "later.code\u{1F}x\u{1F}y") == .other("later.code: x: y"))
        #expect(LoadReason(stored: "json.missingField") == .other("json.missingField"), "a known code with other values")
        #expect(LoadReason(stored: "file.tooLarge\u{1F}many\u{1F}10") == .other("file.tooLarge: many: 10"))
        #expect(LoadReason(stored: "") == .other(""))
    }
}

@Suite("load reasons in the reader: the status line, the P overlay and the details in the interface language")
struct LoadReasonViewTests {
    static let issues = [LoadIssue(location: "corpus/a.jsonl:3", reason: .notValidJSON),
                         LoadIssue(location: "corpus/b.txt", reason: .tooLarge(bytes: 12 * 1_048_576 + 300_000, limit: LoadLimits.maxTextFileBytes))]

    @Test(arguments: [Language.english, .french])
    func statusLineAndOverlay(language: Language) throws {
        var state = Fixtures.state(issues: Self.issues, width: 120, height: 30, language: language)
        let french = language == .french
        let status = state.screen.lines[28]
        #expect(status.contains(french ? "corpus/a.jsonl:3 : JSON non valide" : "corpus/a.jsonl:3: not valid JSON"), "\(status)")
        state.press("P")
        let text = try #require(App.render(state).overlays.last).grid.text
        #expect(text.contains(french ? "JSON non valide" : "not valid JSON"), "\(text)")
        #expect(text.contains(french ? "trop gros pour un seul article : 12,3 Mo (limite 10 Mo)" : "too large for one article: 12.3 MB (limit 10 MB)"),
                "\(text)")
        #expect(!text.contains(french ? "not valid JSON" : "JSON non valide"))
    }

    @Test(arguments: [Language.english, .french])
    func detailsNotes(language: Language) {
        var article = Fixtures.mali
        article.notes = [.decodedAsWindows1252, .lineEndingsConverted]
        var state = Fixtures.state([article], language: language)
        state.press("Enter")
        var grid = Grid(width: 60, height: 40)
        SidePanelView.draw(state, in: grid.bounds, into: &grid)
        let expected = language == .french
            ? ["note : décodé en Windows-1252 (pas de", "note : fins de ligne converties en LF"]
            : ["note: decoded as Windows-1252 (not valid", "note: line endings converted to LF"]
        for line in expected { #expect(grid.text.contains(line), "\(grid.text)") }
    }
}
