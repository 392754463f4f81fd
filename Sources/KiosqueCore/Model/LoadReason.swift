/// Why a file, a line or a feed entry could not be read, or a fact about how it was read: the
/// reason of a `LoadIssue`, an article's notes and warnings. Typed so that each interface words it
/// in its language (`Strings.loadReason` in KiosqueTUI); `description` is the English text, for
/// logs, tests and the commands' JSON. The index stores it as `stored` (a stable code and its
/// values) and reads it back with `init(stored:)`.
public indirect enum LoadReason: Hashable, Sendable, CustomStringConvertible {
    // Files and folders
    case noSuchFile
    case permissionDenied
    case symbolicLinkLoop
    /// A file system error without words of its own: the system's text.
    case cannotRead(detail: String)
    case namedPipe
    case socket
    case device
    case notRegularFile
    /// A file found in a folder that is not an article (`SkippedFiles`).
    case notAnArticle
    case noSizeAndDate
    /// A JSONL file the index update could not map any more.
    case fileNotMapped
    case fileMoved
    case fileShorter
    /// The article at an indexed place has another id now.
    case fileChanged(found: String, expected: String)
    /// Over `limit` bytes: a text file (`LoadLimits.maxTextFileBytes`: split it or convert it to
    /// JSONL) or a feed or page file.
    case tooLarge(bytes: Int, limit: Int)
    // Text
    case emptyFile
    case binaryFile
    case invalidUTF16
    // JSONL lines
    case notValidJSON
    case notAJSONObject
    case missingField(String)
    case notAString(field: String)
    // Feeds and pages
    case notAFeed
    case feedTooLarge(bytes: Int, limit: Int)
    /// libxml2 built no document: its (English) words and the line, 0 when unknown.
    case notWellFormed(detail: String, line: Int)
    case markupTooLarge(bytes: Int, limit: Int)
    /// A saved page that could not be parsed, and why (`notWellFormed`, `markupTooLarge`).
    case pageUnreadable(LoadReason)
    case feedWithoutEntries
    case feedEntriesChanged(count: Int)
    case feedNotRead
    /// What libxml2 recovered from, in its (English) words, or a document flattened.
    case markupMessage(String)
    case unknownEncoding(declared: String, readAs: String)
    case byteOrderMarkNotUTF8
    case undeclaredNotUTF8
    case declaredUTF8NotUTF8
    case declaredASCIINotASCII
    // Notes on how a text was read
    case decodedAsUTF16
    case byteOrderMarkRemoved
    case lineEndingsConverted
    case decodedAsWindows1252
    case normalisedToNFC
    case textFromJSONLD
    // Dates
    /// A date field no form reads (`value` as shown: long values cut), and what the article's date is then.
    case dateNotUnderstood(value: String, outcome: DateOutcome)
    /// A feed entry's date no form reads (a note of every article of the feed).
    case entryDateNotUnderstood(entry: Int, value: String)
    // Corpus and resources
    case duplicateID(id: String, first: String, assigned: String)
    case wordListsUnavailable(detail: String)
    case resourcesUnreadable(detail: String)
    /// The library's manifest could not be read: set aside and rebuilt.
    case manifestRebuilt(detail: String, movedTo: String)
    /// A feed the reader's `R` could not fetch (kept in memory only, never stored).
    case fetchFailed(FetchError)
    /// Text shown as it is: a stored reason of a code this version does not know.
    case other(String)

    /// What an article's date is when its source's date was not understood.
    public enum DateOutcome: Hashable, Sendable {
        /// Kept without a date.
        case keptUndated
        /// Dated by the day its address writes (`AddressDate`).
        case datedFromAddress(ArticleDate)
        /// Dated by a dateline of its text.
        case datedFromText(ArticleDate)
        /// Only noted: a feed or page whose date may come from elsewhere.
        case noted
    }

    /// The longest date value a warning shows whole (longer: cut, with `…`).
    public static let shownDateLength = 60

    /// The warning for a date field no form reads, `value` cut to `shownDateLength`; `outcome`
    /// is the article's date then.
    public static func unreadDate(_ value: String, outcome: DateOutcome) -> LoadReason {
        let shown = value.count > shownDateLength ? String(value.prefix(shownDateLength)) + "…" : value
        return .dateNotUnderstood(value: shown, outcome: outcome)
    }

    /// Megabytes with one decimal, as the English text writes them (`12.3`).
    public static func megabytes(_ bytes: Int) -> Double { (Double(bytes) / 1_048_576 * 10).rounded() / 10 }

    /// True for a text file's limit (then the advice is to convert it to JSONL).
    public static func isArticleLimit(_ limit: Int) -> Bool { limit == LoadLimits.maxTextFileBytes }

    public var description: String {
        switch self {
        case .noSuchFile: return "no such file or folder"
        case .permissionDenied: return "permission denied"
        case .symbolicLinkLoop: return "symbolic link loop, skipped"
        case .cannotRead(let detail): return "cannot read: \(detail)"
        case .namedPipe: return "a named pipe (FIFO), not a file: skipped"
        case .socket: return "a socket, not a file: skipped"
        case .device: return "a device, not a file: skipped"
        case .notRegularFile: return "not a regular file: skipped"
        case .notAnArticle: return "not an article (Kiosque reads .txt, .md, .jsonl, RSS and Atom feeds, .html pages): skipped"
        case .noSizeAndDate: return "cannot read the file's size and date"
        case .fileNotMapped: return "cannot read the file"
        case .fileMoved: return "cannot open the file; it may have been moved or removed"
        case .fileShorter: return "the file is shorter than when it was indexed; open it again"
        case .fileChanged(let found, let expected):
            return "the file changed since it was indexed (found \(found), expected \(expected)); open it again"
        case .tooLarge(let bytes, let limit):
            let shown = Self.megabytes(bytes)
            if Self.isArticleLimit(limit) {
                return "too large for one article: \(shown) MB (limit \(limit / 1_048_576) MB); split it or convert it to JSONL"
            }
            return "too large to read: \(shown) MB (limit \(limit / 1_048_576) MB); split it"
        case .emptyFile: return "empty file"
        case .binaryFile: return "binary file, not text"
        case .invalidUTF16: return "starts like UTF-16 text (byte order mark) but is not valid UTF-16"
        case .notValidJSON: return "not valid JSON"
        case .notAJSONObject: return "not a JSON object"
        case .missingField(let field): return "no \"\(field)\" field"
        case .notAString(let field): return "\"\(field)\" is not a string"
        case .notAFeed: return "not a feed (no RSS, RDF or Atom root element)"
        case .feedTooLarge(let bytes, let limit):
            return "too large to read as a feed: \(bytes / 1_048_576) MB (limit \(limit / 1_048_576) MB); split it or convert it in parts"
        case .notWellFormed(let detail, let line):
            return line > 0 ? "not well-formed XML (line \(line)): \(detail)" : "not well-formed XML: \(detail)"
        case .markupTooLarge(let bytes, let limit): return "too large to parse: \(bytes / 1_048_576) MB (limit \(limit / 1_048_576) MB)"
        case .pageUnreadable(let reason): return "not a readable web page: \(reason)"
        case .feedWithoutEntries: return "a feed without entries"
        case .feedEntriesChanged(let count): return "the feed has \(count) entries now; open it again"
        case .feedNotRead: return "cannot read the feed"
        case .markupMessage(let message): return message
        case .unknownEncoding(let declared, let readAs): return "declares an encoding not known here (\(declared)): read as \(readAs)"
        case .byteOrderMarkNotUTF8: return "starts with a UTF-8 byte order mark but is not valid UTF-8: read as Windows-1252"
        case .undeclaredNotUTF8: return "declares no encoding but is not valid UTF-8: read as Windows-1252"
        case .declaredUTF8NotUTF8: return "declares UTF-8 but is not valid UTF-8: read as Windows-1252"
        case .declaredASCIINotASCII: return "declares US-ASCII but holds other bytes: read as Windows-1252"
        case .decodedAsUTF16: return "decoded as UTF-16 (byte order mark)"
        case .byteOrderMarkRemoved: return "byte order mark removed"
        case .lineEndingsConverted: return "line endings converted to LF"
        case .decodedAsWindows1252: return "decoded as Windows-1252 (not valid UTF-8)"
        case .normalisedToNFC: return "normalised to NFC"
        case .textFromJSONLD: return "text from the page's JSON-LD articleBody (the page itself holds little text)"
        case .dateNotUnderstood(let value, .keptUndated): return "date \"\(value)\" not understood, article kept without a date"
        case .dateNotUnderstood(let value, .datedFromAddress(let date)):
            return "date \"\(value)\" not understood, article dated \(date.iso8601) from its address"
        case .dateNotUnderstood(let value, .datedFromText(let date)):
            return "date \"\(value)\" not understood, article dated \(date.iso8601) from its text"
        case .dateNotUnderstood(let value, .noted): return "date not understood: \"\(value)\""
        case .entryDateNotUnderstood(let entry, let value): return "entry \(entry): date not understood: \"\(value)\""
        case .duplicateID(let id, let first, let assigned): return "duplicate id \"\(id)\" (first at \(first)); this article is \(assigned)"
        case .wordListsUnavailable(let detail): return "French word lists unavailable: \(detail)"
        case .resourcesUnreadable(let detail): return detail
        case .manifestRebuilt(let detail, let movedTo):
            return "the library's manifest could not be read (\(detail)); moved to \(movedTo) and rebuilt from the articles"
        case .fetchFailed(let error): return error.description
        case .other(let text): return text
        }
    }

    /// True for a date no form reads (`kiosque convert` says these of every article).
    public var isDateNotUnderstood: Bool {
        switch self {
        case .dateNotUnderstood, .entryDateNotUnderstood: return true
        default: return false
        }
    }
}
