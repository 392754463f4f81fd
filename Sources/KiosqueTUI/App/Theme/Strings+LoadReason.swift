import KiosqueCore

extension Strings {
    /// Why a file or line could not be read, or a note on how it was read, in the interface
    /// language (`load.reason.*`): the reader's problems (`P`, the status line), the details'
    /// notes and the commands' standard error. English reads as `LoadReason.description`.
    public func loadReason(_ reason: LoadReason) -> String {
        switch reason {
        case .noSuchFile: return self[.loadReasonFileMissing]
        case .permissionDenied: return self[.loadReasonFileDenied]
        case .symbolicLinkLoop: return self[.loadReasonFileLoop]
        case .cannotRead(let detail): return format(.loadReasonFileUnreadable, ["detail": detail])
        case .namedPipe: return self[.loadReasonFileFifo]
        case .socket: return self[.loadReasonFileSocket]
        case .device: return self[.loadReasonFileDevice]
        case .notRegularFile: return self[.loadReasonFileSpecial]
        case .notAnArticle: return self[.loadReasonFileNotArticle]
        case .noSizeAndDate: return self[.loadReasonFileNoSizeAndDate]
        case .fileNotMapped: return self[.loadReasonFileNotMapped]
        case .fileMoved: return self[.loadReasonFileMoved]
        case .fileShorter: return self[.loadReasonFileShorter]
        case .fileChanged(let found, let expected): return format(.loadReasonFileChanged, ["found": found, "expected": expected])
        case .tooLarge(let bytes, let limit):
            let key: StringKey = LoadReason.isArticleLimit(limit) ? .loadReasonFileTooLarge : .loadReasonFileTooLargeToRead
            return format(key, ["size": tenthsOfMegabytes(bytes), "limit": megabytes(limit)])
        case .emptyFile: return self[.loadReasonTextEmpty]
        case .binaryFile: return self[.loadReasonTextBinary]
        case .invalidUTF16: return self[.loadReasonTextInvalidUTF16]
        case .notValidJSON: return self[.loadReasonJsonInvalid]
        case .notAJSONObject: return self[.loadReasonJsonNotObject]
        case .missingField(let field): return format(.loadReasonJsonMissingField, ["field": field])
        case .notAString(let field): return format(.loadReasonJsonNotString, ["field": field])
        case .notAFeed: return self[.loadReasonFeedNotFeed]
        case .feedTooLarge(let bytes, let limit): return format(.loadReasonFeedTooLarge, ["size": megabytes(bytes), "limit": megabytes(limit)])
        case .notWellFormed(let detail, let line):
            guard line > 0 else { return format(.loadReasonMarkupNotWellFormed, ["detail": detail]) }
            return format(.loadReasonMarkupNotWellFormedAt, ["detail": detail, "line": number(line)])
        case .markupTooLarge(let bytes, let limit):
            return format(.loadReasonMarkupTooLarge, ["size": megabytes(bytes), "limit": megabytes(limit)])
        case .pageUnreadable(let inner): return format(.loadReasonPageUnreadable, ["reason": loadReason(inner)])
        case .feedWithoutEntries: return self[.loadReasonFeedNoEntries]
        case .feedEntriesChanged(let count):
            return plural(count, one: .loadReasonFeedEntriesChangedOne, many: .loadReasonFeedEntriesChangedMany)
        case .feedNotRead: return self[.loadReasonFeedNotRead]
        case .markupMessage(let message): return format(.loadReasonMarkupMessage, ["message": message])
        case .unknownEncoding(let declared, let readAs): return format(.loadReasonEncodingUnknown, ["declared": declared, "readAs": readAs])
        case .byteOrderMarkNotUTF8: return self[.loadReasonEncodingBomNotUTF8]
        case .undeclaredNotUTF8: return self[.loadReasonEncodingUndeclaredNotUTF8]
        case .declaredUTF8NotUTF8: return self[.loadReasonEncodingUtf8NotUTF8]
        case .declaredASCIINotASCII: return self[.loadReasonEncodingAsciiNotASCII]
        case .decodedAsUTF16: return self[.loadReasonNoteUtf16]
        case .byteOrderMarkRemoved: return self[.loadReasonNoteBomRemoved]
        case .lineEndingsConverted: return self[.loadReasonNoteLineEndings]
        case .decodedAsWindows1252: return self[.loadReasonNoteWindows1252]
        case .normalisedToNFC: return self[.loadReasonNoteNfc]
        case .textFromJSONLD: return self[.loadReasonNoteJsonLD]
        case .dateNotUnderstood(let value, .keptUndated): return format(.loadReasonDateKeptUndated, ["value": value])
        case .dateNotUnderstood(let value, .datedFromAddress(let day)):
            // English keeps the ISO day of the logs; French writes it as the details do.
            let shown = language == .french ? date(day) : day.iso8601
            return format(.loadReasonDateFromAddress, ["value": value, "date": shown])
        case .dateNotUnderstood(let value, .datedFromText(let day)):
            let shown = language == .french ? date(day) : day.iso8601
            return format(.loadReasonDateFromText, ["value": value, "date": shown])
        case .dateNotUnderstood(let value, .noted): return format(.loadReasonDateNoted, ["value": value])
        case .entryDateNotUnderstood(let entry, let value): return format(.loadReasonDateEntry, ["entry": number(entry), "value": value])
        case .duplicateID(let id, let first, let assigned):
            return format(.loadReasonIdDuplicate, ["id": id, "first": first, "assigned": assigned])
        case .wordListsUnavailable(let detail): return format(.loadReasonResourcesWordLists, ["detail": detail])
        case .resourcesUnreadable(let detail): return format(.loadReasonResourcesUnreadable, ["detail": detail])
        case .manifestRebuilt(let detail, let movedTo): return format(.loadReasonLibraryManifestRebuilt, ["detail": detail, "movedTo": movedTo])
        case .fetchFailed(let error): return fetchError(error)
        case .other(let text): return text
        }
    }

    /// `location: reason` (`location : reason` in French), the reason in the interface language.
    public func loadIssue(_ issue: LoadIssue) -> String {
        format(.loadIssue, ["location": issue.location, "reason": loadReason(issue.reason)])
    }

    /// `SkippedFiles.summary` in the interface language, nil when nothing was skipped.
    public func skippedFiles(_ paths: [String]) -> String? {
        guard !paths.isEmpty else { return nil }
        let key: StringKey = paths.count == 1 ? .loadSkippedOne : .loadSkippedMany
        return format(key, ["count": number(paths.count), "names": SkippedFiles.names(paths)])
    }

    /// Whole megabytes: `10 MB`, `10 Mo`.
    func megabytes(_ bytes: Int) -> String {
        "\(number(bytes / 1_048_576)) \(language == .french ? "Mo" : "MB")"
    }

    /// Megabytes to a tenth: `12.3 MB` (`12.0 MB`, as the logs write it), `12,3 Mo` (`12 Mo`).
    func tenthsOfMegabytes(_ bytes: Int) -> String {
        let value = LoadReason.megabytes(bytes)
        guard language == .french else { return "\(value) MB" }
        let tenths = Int((value * 10).rounded())
        let whole = number(tenths / 10)
        return (tenths % 10 == 0 ? whole : "\(whole),\(tenths % 10)") + " Mo"
    }
}
