import Foundation
import Testing
import KiosqueCore
@testable import KiosqueTUI

/// The core's errors in the interface language (`Strings+Errors`): every case worded in both
/// languages, the English words the same as the core's own description (so the two never drift),
/// the French ones French.
@Suite("Error texts")
struct ErrorTextTests {
    static let write = FileWriteError(path: "/tmp/revue.md", reason: .diskFull)
    static let errors: [any Error] = [
        StoreError.readOnly(path: "/d/bookmarks.sqlite"), StoreError.diskFull(path: "/d/b.sqlite"),
        StoreError.cannotCreateFolder(path: "/d", reason: "File exists"), StoreError.cannotOpen(path: "/d/b", reason: "x"),
        StoreError.busy(path: "/d/b"), StoreError.damaged(path: "/d/b", problem: .notADatabase),
        StoreError.damaged(path: "/d/b", problem: .damaged("malformed")), StoreError.otherVersion(path: "/d/b"),
        StoreError.cannotMoveAside(path: "/d/b", reason: "EPERM"), StoreError.failed(path: "/d/b", reason: "I/O"),
        FileWriteError(path: "/x/r.md", reason: .folderMissing("/x")), FileWriteError(path: "/x/r.md", reason: .permissionDenied),
        FileWriteError(path: "/x/r.md", reason: .readOnly), write, FileWriteError(path: "/x", reason: .isFolder),
        FileWriteError(path: "/x/r.md", reason: .other("quota")),
        LibraryError.folder(path: "/d/library", reason: "EACCES"), LibraryError.write(write),
        LibraryError.manifest(path: "/d/manifest.sqlite", reason: "x"),
        IndexError.file(.damaged(path: "/c/index.sqlite", problem: .otherVersion)), IndexError.file(.busy(path: "/c/i")),
        IndexError.damagedAnalysis(path: "/c/i"), IndexError.resourcesNotFound, IndexError.analyserUnavailable(reason: "x"),
        DatePeriodError.empty, DatePeriodError.days("0"), DatePeriodError.date("31 févr"),
        DatePeriodError.reversed(from: "2019-02-01", to: "2019-01-01"),
        BookmarkFileError.notJSON("line 1"), BookmarkFileError.wrongFormat(nil), BookmarkFileError.wrongFormat("other"),
        BookmarkFileError.newerVersion(9), BookmarkFileError.invalid("no id"),
        SavedViewsError(path: "/c/views.json", reason: "not valid JSON"),
    ] + Self.taxonomyProblems.map { TaxonomyError(file: "/c/sectors.tsv", line: 3, field: "weight", problem: $0) }
    static let taxonomyProblems: [TaxonomyProblem] = [
        .expectedWords(kind: "determiners"), .expectedFrames(kind: "details"), .expectedSector, .emptySectorName, .badKey("d"),
        .badColour("purple"), .definedTwice(name: "défense", key: "DEF"), .termBeforeSector, .expectedTerm, .emptyTerm,
        .badWeight("beaucoup"), .unknownFlag("rare", known: ["noun", "past"]), .cancelsNeedsException, .unknownLine,
        .noSector, .nounNeedsDeterminers, .notASector("santé"), .framesItself("justice"), .unreadable, .resourcesMissing,
    ]
    static let notices: [StoreNotice] = [
        .movedAside(file: "b.sqlite", movedTo: "b.sqlite.damaged", problem: .notADatabase),
        .movedAside(file: "b.sqlite", movedTo: "b.sqlite.newer", problem: .otherVersion),
        .rebuilt(file: "index.sqlite", setAsideTo: "index.sqlite.damaged", problem: .damaged("x")),
        .rebuilt(file: "index.sqlite", setAsideTo: nil, problem: .notADatabase),
        .keptInMemory(count: 2, error: .diskFull(path: "/d/b")), .pendingWritten(count: 3), .readOnly(file: "/d/b"),
        .unreadable(.busy(path: "/d/b")),
    ]

    @Test("English says what the core's description says, word for word")
    func englishIsTheDescription() throws {
        let en = try Strings.bundled(language: .english)
        for error in Self.errors {
            #expect(en.describe(error) == String(describing: error))
        }
        for notice in Self.notices {
            #expect(en.storeNotice(notice) == notice.description)
        }
    }

    @Test("French words every case, with every value filled and no English left")
    func frenchWordsEveryCase() throws {
        let en = try Strings.bundled(language: .english)
        let fr = try Strings.bundled(language: .french)
        let texts = Self.errors.map { (en.describe($0), fr.describe($0)) } + Self.notices.map { (en.storeNotice($0), fr.storeNotice($0)) }
        for (english, french) in texts {
            #expect(french != english, "\(french)")
            #expect(!french.contains("{") && !french.contains("error."), "\(french)")
            for word in ["cannot", "the ", " is ", "folder", "disk"] {
                #expect(!french.contains(word), "\(word) in \(french)")
            }
        }
        #expect(fr.describe(Self.write) == "impossible d’écrire /tmp/revue.md : le disque est plein ; libérez de la place et réessayez")
        #expect(fr.describe(DatePeriodError.days("0")) == "0 jours : donnez un nombre de 1 à 999")
    }

    @Test("the status line draws a store failure and a failed review in French under a French locale")
    func statusLineInFrench() throws {
        var state = Fixtures.state(width: 220, language: .french)
        state.send(.storeReport(StoreReport(notices: [.keptInMemory(count: 2, error: .diskFull(path: "/d/b.sqlite"))], pendingWrites: 2)))
        let kept = App.render(state).composed.text
        #expect(kept.contains("impossible d’écrire dans /d/b.sqlite : le disque est plein"), "\(kept)")
        #expect(!kept.contains("disk is full"), "\(kept)")
        state.send(.reviewExported(.failure(.write(Self.write))))
        let review = App.render(state).composed.text
        #expect(review.contains("impossible d’écrire /tmp/revue.md : le disque est plein"), "\(review)")
        var english = Fixtures.state(width: 220)
        english.send(.reviewExported(.failure(.write(Self.write))))
        #expect(App.render(english).composed.text.contains("cannot write /tmp/revue.md: the disk is full"))
    }
}
