/// How the index stores a `LoadReason`: its stable code, then its values, separated by U+001F
/// (`json.missingField␟id`). A code this version does not know (an index written by a later
/// one, or an English text of an index before `analysis-13`) reads back as `.other`, shown as it is.
extension LoadReason {
    static let separator: Character = "\u{1F}"

    /// The code and values, in one line: separators and line breaks in values become spaces.
    public var stored: String {
        let (code, values) = parts
        return ([code] + values.map(Self.clean)).joined(separator: String(Self.separator))
    }

    public init(stored: String) {
        let fields = stored.split(separator: Self.separator, omittingEmptySubsequences: false).map(String.init)
        self = Self.reason(code: fields.first ?? "", values: Array(fields.dropFirst()))
            ?? .other(fields.count == 1 ? stored : fields.joined(separator: ": "))
    }

    private static func clean(_ value: String) -> String {
        String(value.map { $0 == separator || $0.isNewline ? " " : $0 })
    }

    /// The stable code (also the last part of its `load.reason.*` string keys) and the values.
    public var code: String { parts.code }

    private var parts: (code: String, values: [String]) {
        switch self {
        case .noSuchFile: return ("file.missing", [])
        case .permissionDenied: return ("file.denied", [])
        case .symbolicLinkLoop: return ("file.loop", [])
        case .cannotRead(let detail): return ("file.unreadable", [detail])
        case .namedPipe: return ("file.fifo", [])
        case .socket: return ("file.socket", [])
        case .device: return ("file.device", [])
        case .notRegularFile: return ("file.special", [])
        case .notAnArticle: return ("file.notArticle", [])
        case .noSizeAndDate: return ("file.noSizeAndDate", [])
        case .fileNotMapped: return ("file.notMapped", [])
        case .fileMoved: return ("file.moved", [])
        case .fileShorter: return ("file.shorter", [])
        case .fileChanged(let found, let expected): return ("file.changed", [found, expected])
        case .tooLarge(let bytes, let limit): return ("file.tooLarge", [String(bytes), String(limit)])
        case .emptyFile: return ("text.empty", [])
        case .binaryFile: return ("text.binary", [])
        case .invalidUTF16: return ("text.invalidUTF16", [])
        case .notValidJSON: return ("json.invalid", [])
        case .notAJSONObject: return ("json.notObject", [])
        case .missingField(let field): return ("json.missingField", [field])
        case .notAString(let field): return ("json.notString", [field])
        case .notAFeed: return ("feed.notFeed", [])
        case .feedTooLarge(let bytes, let limit): return ("feed.tooLarge", [String(bytes), String(limit)])
        case .notWellFormed(let detail, let line): return ("markup.notWellFormed", [detail, String(line)])
        case .markupTooLarge(let bytes, let limit): return ("markup.tooLarge", [String(bytes), String(limit)])
        case .pageUnreadable(let reason):
            let inner = reason.parts
            return ("page.unreadable", [inner.code] + inner.values)
        case .feedWithoutEntries: return ("feed.noEntries", [])
        case .feedEntriesChanged(let count): return ("feed.entriesChanged", [String(count)])
        case .feedNotRead: return ("feed.notRead", [])
        case .markupMessage(let message): return ("markup.message", [message])
        case .unknownEncoding(let declared, let readAs): return ("encoding.unknown", [declared, readAs])
        case .byteOrderMarkNotUTF8: return ("encoding.bomNotUTF8", [])
        case .undeclaredNotUTF8: return ("encoding.undeclaredNotUTF8", [])
        case .declaredUTF8NotUTF8: return ("encoding.utf8NotUTF8", [])
        case .declaredASCIINotASCII: return ("encoding.asciiNotASCII", [])
        case .decodedAsUTF16: return ("note.utf16", [])
        case .byteOrderMarkRemoved: return ("note.bomRemoved", [])
        case .lineEndingsConverted: return ("note.lineEndings", [])
        case .decodedAsWindows1252: return ("note.windows1252", [])
        case .normalisedToNFC: return ("note.nfc", [])
        case .textFromJSONLD: return ("note.jsonLD", [])
        case .dateNotUnderstood(let value, .keptUndated): return ("date.keptUndated", [value])
        case .dateNotUnderstood(let value, .datedFromAddress(let date)): return ("date.fromAddress", [value, Self.day(date)])
        case .dateNotUnderstood(let value, .datedFromText(let date)): return ("date.fromText", [value, Self.day(date)])
        case .dateNotUnderstood(let value, .noted): return ("date.noted", [value])
        case .entryDateNotUnderstood(let entry, let value): return ("date.entry", [String(entry), value])
        case .duplicateID(let id, let first, let assigned): return ("id.duplicate", [id, first, assigned])
        case .wordListsUnavailable(let detail): return ("resources.wordLists", [detail])
        case .resourcesUnreadable(let detail): return ("resources.unreadable", [detail])
        case .manifestRebuilt(let detail, let movedTo): return ("library.manifestRebuilt", [detail, movedTo])
        // Never stored (in memory until the next fetch); kept readable if it ever were.
        case .fetchFailed(let error): return ("other", [error.description])
        case .other(let text): return ("other", [text])
        }
    }

    /// The reason of `code` with exactly the values it takes, else nil.
    private static func reason(code: String, values v: [String]) -> LoadReason? {
        let int = { (k: Int) in Int(v[k]) }
        switch (code, v.count) {
        case ("file.missing", 0): return .noSuchFile
        case ("file.denied", 0): return .permissionDenied
        case ("file.loop", 0): return .symbolicLinkLoop
        case ("file.unreadable", 1): return .cannotRead(detail: v[0])
        case ("file.fifo", 0): return .namedPipe
        case ("file.socket", 0): return .socket
        case ("file.device", 0): return .device
        case ("file.special", 0): return .notRegularFile
        case ("file.notArticle", 0): return .notAnArticle
        case ("file.noSizeAndDate", 0): return .noSizeAndDate
        case ("file.notMapped", 0): return .fileNotMapped
        case ("file.moved", 0): return .fileMoved
        case ("file.shorter", 0): return .fileShorter
        case ("file.changed", 2): return .fileChanged(found: v[0], expected: v[1])
        case ("file.tooLarge", 2): return int(0).flatMap { bytes in int(1).map { .tooLarge(bytes: bytes, limit: $0) } }
        case ("text.empty", 0): return .emptyFile
        case ("text.binary", 0): return .binaryFile
        case ("text.invalidUTF16", 0): return .invalidUTF16
        case ("json.invalid", 0): return .notValidJSON
        case ("json.notObject", 0): return .notAJSONObject
        case ("json.missingField", 1): return .missingField(v[0])
        case ("json.notString", 1): return .notAString(field: v[0])
        case ("feed.notFeed", 0): return .notAFeed
        case ("feed.tooLarge", 2): return int(0).flatMap { bytes in int(1).map { .feedTooLarge(bytes: bytes, limit: $0) } }
        case ("markup.notWellFormed", 2): return int(1).map { .notWellFormed(detail: v[0], line: $0) }
        case ("markup.tooLarge", 2): return int(0).flatMap { bytes in int(1).map { .markupTooLarge(bytes: bytes, limit: $0) } }
        case ("page.unreadable", 1...): return reason(code: v[0], values: Array(v.dropFirst())).map { .pageUnreadable($0) }
        case ("feed.noEntries", 0): return .feedWithoutEntries
        case ("feed.entriesChanged", 1): return int(0).map { .feedEntriesChanged(count: $0) }
        case ("feed.notRead", 0): return .feedNotRead
        case ("markup.message", 1): return .markupMessage(v[0])
        case ("encoding.unknown", 2): return .unknownEncoding(declared: v[0], readAs: v[1])
        case ("encoding.bomNotUTF8", 0): return .byteOrderMarkNotUTF8
        case ("encoding.undeclaredNotUTF8", 0): return .undeclaredNotUTF8
        case ("encoding.utf8NotUTF8", 0): return .declaredUTF8NotUTF8
        case ("encoding.asciiNotASCII", 0): return .declaredASCIINotASCII
        case ("note.utf16", 0): return .decodedAsUTF16
        case ("note.bomRemoved", 0): return .byteOrderMarkRemoved
        case ("note.lineEndings", 0): return .lineEndingsConverted
        case ("note.windows1252", 0): return .decodedAsWindows1252
        case ("note.nfc", 0): return .normalisedToNFC
        case ("note.jsonLD", 0): return .textFromJSONLD
        case ("date.keptUndated", 1): return .dateNotUnderstood(value: v[0], outcome: .keptUndated)
        case ("date.fromAddress", 2): return day(v[1]).map { .dateNotUnderstood(value: v[0], outcome: .datedFromAddress($0)) }
        case ("date.fromText", 2): return day(v[1]).map { .dateNotUnderstood(value: v[0], outcome: .datedFromText($0)) }
        case ("date.noted", 1): return .dateNotUnderstood(value: v[0], outcome: .noted)
        case ("date.entry", 2): return int(0).map { .entryDateNotUnderstood(entry: $0, value: v[1]) }
        case ("id.duplicate", 3): return .duplicateID(id: v[0], first: v[1], assigned: v[2])
        case ("resources.wordLists", 1): return .wordListsUnavailable(detail: v[0])
        case ("resources.unreadable", 1): return .resourcesUnreadable(detail: v[0])
        case ("library.manifestRebuilt", 2): return .manifestRebuilt(detail: v[0], movedTo: v[1])
        case ("other", 1): return .other(v[0])
        default: return nil
        }
    }

    /// A date as `ArticleDate.packed`, exact whatever its precision.
    private static func day(_ date: ArticleDate) -> String { String(date.packed) }

    private static func day(_ text: String) -> ArticleDate? { Int64(text).flatMap(ArticleDate.init(packed:)) }
}
