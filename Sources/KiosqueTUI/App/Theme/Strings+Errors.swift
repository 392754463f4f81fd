import KiosqueCore

/// The core's typed errors and notices in the interface language (`error.*`, `notice.store.*`),
/// for the reader's status line and the commands' standard error alike. Each type's English
/// `description` stays for logs and tests; what a user reads comes from here.
extension Strings {
    /// Any error the core throws, worded; an error of no known type (a system or library
    /// error) keeps its own text.
    public func describe(_ error: any Error) -> String {
        switch error {
        case let error as StoreError: return storeError(error)
        case let error as FileWriteError: return fileWriteError(error)
        case let error as LibraryError: return libraryError(error)
        case let error as IndexError: return indexError(error)
        case let error as DatePeriodError: return periodError(error)
        case let error as SearchQueryError: return searchQueryError(error)
        case let error as BookmarkFileError: return bookmarkFileError(error)
        case let error as SavedViewsError: return format(.errorViewsFile, ["path": error.path, "reason": error.reason])
        case let error as FetchError: return fetchError(error)
        case let error as SubscriptionError: return subscriptionError(error)
        case let error as LayoutFileError: return layoutFileError(error)
        case let error as TaxonomyError: return taxonomyError(error)
        default: return String(describing: error)
        }
    }

    public func storeError(_ error: StoreError) -> String {
        switch error {
        case .readOnly(let path): return format(.errorStoreReadOnly, ["path": path])
        case .diskFull(let path): return format(.errorStoreDiskFull, ["path": path])
        case .cannotCreateFolder(let path, let reason): return format(.errorStoreCannotCreateFolder, ["path": path, "reason": reason])
        case .cannotOpen(let path, let reason): return format(.errorStoreCannotOpen, ["path": path, "reason": reason])
        case .busy(let path): return format(.errorStoreBusy, ["path": path])
        case .damaged(let path, let problem): return format(.errorStoreDamaged, ["path": path, "problem": fileProblem(problem)])
        case .otherVersion(let path): return format(.errorStoreOtherVersion, ["path": path])
        case .cannotMoveAside(let path, let reason): return format(.errorStoreCannotMoveAside, ["path": path, "reason": reason])
        case .notFound(let id): return format(.errorStoreNotFound, ["id": id.description])
        case .failed(let path, let reason): return format(.errorStoreFailed, ["path": path, "reason": reason])
        }
    }

    public func fileProblem(_ problem: FileProblem) -> String {
        switch problem {
        case .notADatabase: return self[.errorFileNotADatabase]
        case .damaged(let detail): return format(.errorFileDamaged, ["detail": detail])
        case .otherVersion: return self[.errorFileOtherVersion]
        }
    }

    public func storeNotice(_ notice: StoreNotice) -> String {
        switch notice {
        case .movedAside(let file, let movedTo, let problem):
            let values = ["file": file, "movedTo": movedTo, "problem": fileProblem(problem)]
            return format(.noticeStoreMovedAside, values) + (problem == .otherVersion ? "" : format(.noticeStoreRecover, values))
        case .rebuilt(let file, let setAsideTo, let problem):
            let values = ["file": file, "problem": fileProblem(problem)]
            guard let setAsideTo else { return format(.noticeStoreRebuilt, values) }
            return format(.noticeStoreRebuiltMoved, values.merging(["movedTo": setAsideTo]) { $1 })
        case .keptInMemory(let count, let error):
            return format(.noticeStoreKeptInMemory, ["count": number(count), "reason": storeError(error)])
        case .pendingWritten(let count): return format(.noticeStorePendingWritten, ["count": number(count)])
        case .readOnly(let file): return format(.noticeStoreReadOnly, ["file": file])
        case .unreadable(let error): return format(.noticeStoreUnreadable, ["reason": storeError(error)])
        }
    }

    public func fileWriteError(_ error: FileWriteError) -> String {
        let path = error.path
        switch error.reason {
        case .folderMissing(let folder): return format(.errorWriteFolderMissing, ["path": path, "folder": folder])
        case .permissionDenied: return format(.errorWritePermissionDenied, ["path": path])
        case .readOnly: return format(.errorWriteReadOnly, ["path": path])
        case .diskFull: return format(.errorWriteDiskFull, ["path": path])
        case .isFolder: return format(.errorWriteIsFolder, ["path": path])
        case .other(let reason): return format(.errorWriteOther, ["path": path, "reason": reason])
        }
    }

    public func libraryError(_ error: LibraryError) -> String {
        switch error {
        case .folder(let path, let reason): return format(.errorLibraryFolder, ["path": path, "reason": reason])
        case .write(let error): return format(.errorLibraryWrite, ["reason": fileWriteError(error)])
        case .manifest(let path, let reason): return format(.errorLibraryManifest, ["path": path, "reason": reason])
        }
    }

    public func indexError(_ error: IndexError) -> String {
        switch error {
        case .file(.damaged(let path, let problem)): return format(.errorStoreIndexDamaged, ["path": path, "problem": fileProblem(problem)])
        case .file(let error): return storeError(error)
        case .damagedAnalysis(let path): return format(.errorIndexDamagedAnalysis, ["path": path])
        case .resourcesNotFound: return self[.errorIndexResourcesNotFound]
        case .analyserUnavailable(let reason): return format(.errorIndexAnalyserUnavailable, ["reason": reason])
        }
    }

    public func periodError(_ error: DatePeriodError) -> String {
        switch error {
        case .empty: return self[.errorPeriodEmpty]
        case .days(let text): return format(.errorPeriodDays, ["text": text, "max": number(DatePeriod.maxDays)])
        case .date(let text): return format(.errorPeriodDate, ["text": text])
        case .reversed(let from, let to): return format(.errorPeriodReversed, ["from": from, "to": to])
        }
    }

    public func searchQueryError(_ error: SearchQueryError) -> String {
        switch error {
        case .empty: return self[.searchErrorEmpty]
        case .unbalancedQuote: return self[.searchErrorQuote]
        case .noWords: return self[.searchErrorNoWords]
        case .tooManyTerms(let count):
            return format(.searchErrorTooManyTerms, ["count": number(count), "max": number(SearchQuery.maxTerms)])
        }
    }

    public func bookmarkFileError(_ error: BookmarkFileError) -> String {
        switch error {
        case .notJSON(let reason): return format(.errorBookmarkFileNotJSON, ["reason": reason])
        case .wrongFormat(let found):
            return format(.errorBookmarkFileWrongFormat, ["found": found.map { "`\($0)`" } ?? self[.errorBookmarkFileFormatMissing],
                                                          "expected": BookmarkFile.format])
        case .newerVersion(let version):
            return format(.errorBookmarkFileNewerVersion, ["version": String(version), "supported": String(BookmarkFile.version)])
        case .invalid(let reason): return format(.errorBookmarkFileInvalid, ["reason": reason])
        }
    }

    public func reviewExportError(_ error: ReviewExportError) -> String {
        switch error {
        case .write(let error): return fileWriteError(error)
        case .namesTaken(let folder, let stem): return format(.errorReviewNamesTaken, ["folder": folder, "stem": stem])
        case .labels(let reason): return format(.cliBookmarksLabels, ["reason": reason])
        }
    }

    /// A subscription error; `urlsFile` names the urls file in `file:line` locations.
    public func subscriptionError(_ error: SubscriptionError, urlsFile: String = "urls") -> String {
        switch error {
        case .notWebURL(let url):
            return format(.feedsErrorNotURL, ["url": url])
        case .invalidLabel(let label, _):
            return format(.feedsErrorLabel, ["label": label])
        case .alreadySubscribed(let url, let existing, let line):
            let location = "\(urlsFile):\(line)"
            if let name = existing.name {
                return format(.feedsErrorExistsNamed, ["url": url, "name": name, "location": location])
            }
            return format(.feedsErrorExists, ["url": url, "location": location])
        case .notSubscribed(let key):
            return format(.feedsErrorUnknown, ["key": key])
        case .ambiguous(let key, let urls):
            return format(.feedsErrorAmbiguous, ["key": key, "urls": urls.joined(separator: ", ")])
        case .cannotRead(let path, let reason):
            return format(.feedsErrorRead, ["path": path, "reason": reason])
        case .cannotWrite(let error):
            return format(.feedsErrorWrite, ["reason": fileWriteError(error)])
        }
    }

    public func subscriptionProblem(_ problem: SubscriptionProblem) -> String {
        switch problem.kind {
        case .notWebURL(let url):
            return format(.feedsProblemNotURL, ["location": problem.location, "url": url])
        case .unclosedQuote:
            return format(.feedsProblemQuote, ["location": problem.location])
        case .duplicate(let url, let first):
            return format(.feedsProblemDuplicate, ["location": problem.location, "url": url, "first": String(first)])
        }
    }

    public func layoutFileError(_ error: LayoutFileError) -> String {
        switch error {
        case .unreadable(let path, let reason): return format(.errorLayoutUnreadable, ["path": path, "reason": reason])
        case .malformed(let path, let reason): return format(.errorLayoutMalformed, ["path": path, "reason": reason])
        }
    }

    /// A sector taxonomy file's fault: the file, line and field as the file writes them, then
    /// what is wrong.
    public func taxonomyError(_ error: TaxonomyError) -> String {
        format(.errorTaxonomyLine, ["file": error.file, "line": String(error.line), "field": error.field,
                                    "problem": taxonomyProblem(error.problem)])
    }

    public func taxonomyProblem(_ problem: TaxonomyProblem) -> String {
        switch problem {
        case .expectedWords(let kind): return format(.errorTaxonomyExpectedWords, ["kind": kind])
        case .expectedFrames(let kind): return format(.errorTaxonomyExpectedFrames, ["kind": kind])
        case .expectedSector: return self[.errorTaxonomyExpectedSector]
        case .emptySectorName: return self[.errorTaxonomyEmptySectorName]
        case .badKey(let key): return format(.errorTaxonomyBadKey, ["key": key])
        case .badColour(let colour): return format(.errorTaxonomyBadColour, ["colour": colour])
        case .definedTwice(let name, let key): return format(.errorTaxonomyDefinedTwice, ["name": name, "key": key])
        case .termBeforeSector: return self[.errorTaxonomyTermBeforeSector]
        case .expectedTerm: return self[.errorTaxonomyExpectedTerm]
        case .emptyTerm: return self[.errorTaxonomyEmptyTerm]
        case .badWeight(let weight): return format(.errorTaxonomyBadWeight, ["weight": weight])
        case .unknownFlag(let flag, let known):
            return format(.errorTaxonomyUnknownFlag, ["flag": flag, "known": TaxonomyProblem.quoted(known)])
        case .cancelsNeedsException: return self[.errorTaxonomyCancelsNeedsException]
        case .unknownLine: return self[.errorTaxonomyUnknownLine]
        case .noSector: return self[.errorTaxonomyNoSector]
        case .nounNeedsDeterminers: return self[.errorTaxonomyNounNeedsDeterminers]
        case .notASector(let name): return format(.errorTaxonomyNotASector, ["name": name])
        case .framesItself(let name): return format(.errorTaxonomyFramesItself, ["name": name])
        case .unreadable: return self[.errorTaxonomyUnreadable]
        case .resourcesMissing: return self[.errorTaxonomyResourcesMissing]
        }
    }
}
