import Foundation

/// Reads feeds (one article per entry) and saved web pages (one article) from their files:
/// `FeedReader` and `PageReader` give drafts, which `ArticleParser` turns into articles as it
/// does JSONL lines (the draft's title, date, source, url, author kept; the text cut into
/// paragraphs with the page-debris rules of the text files).
struct MarkupFileReader: Sendable {
    let parser: ArticleParser

    /// The articles of the feed at `path` (a `SystemPath`), in feed order, with ids
    /// `FeedIDs.id` and locations `path#N`; a feed that cannot be read, or holds no entry, is one
    /// issue naming the file and why. What the reader recovered from (malformed XML, a date not
    /// understood) is a note of each article.
    func readFeed(path: String, cache: FeedCache? = nil) -> Result<[Article], LoadIssue> {
        feed(path: path, cache: cache).map { feed in
            let shown = SystemPath.display(path)
            // Entries are independent: cut into paragraphs on every core, in feed order.
            return ParallelMap.map(Array(feed.drafts.indices), chunkSize: 64) { k in
                article(feed.drafts[k], id: FeedIDs.id(feedPath: path, draft: feed.drafts[k]), location: "\(shown)#\(k + 1)",
                        notes: feed.problems)
            }
        }
    }

    /// The `number`th entry (from 1) of the feed at `path`, read alone (the feed is parsed again,
    /// unless `cache` holds it unchanged).
    func readFeedEntry(path: String, number: Int, cache: FeedCache?) -> Result<Article, LoadIssue> {
        feed(path: path, cache: cache).flatMap { feed in
            let location = "\(SystemPath.display(path))#\(number)"
            guard number >= 1, number <= feed.drafts.count else {
                return .failure(LoadIssue(location: location, reason: .feedEntriesChanged(count: feed.drafts.count)))
            }
            return .success(entry(feed, number: number, path: path))
        }
    }

    /// The article of the page at `path` (a `SystemPath`), its id the file name without extension.
    func readPage(path: String) -> Result<Article, LoadIssue> {
        let location = SystemPath.display(path)
        let name = Self.baseName(location)
        return contents(path).flatMap { data in
            switch PageReader.read(data, name: name) {
            case .failure(let error): return .failure(LoadIssue(location: location, reason: .pageUnreadable(LoadReason(error))))
            case .success(let draft): return .success(article(draft, id: ArticleID(name), location: location, notes: []))
            }
        }
    }

    /// The `number`th entry (from 1) of `feed`, read from `path`, as an article.
    func entry(_ feed: FeedReader.Result, number: Int, path: String) -> Article {
        let draft = feed.drafts[number - 1]
        return article(draft, id: FeedIDs.id(feedPath: path, draft: draft), location: "\(SystemPath.display(path))#\(number)",
                       notes: feed.problems)
    }

    /// The parsed feed at `path`: from `cache` when it holds this file unchanged; a feed without
    /// entries is an issue.
    func feed(path: String, cache: FeedCache?) -> Result<FeedReader.Result, LoadIssue> {
        let identity = SourceIdentity.of(path: path)
        if let cache, let identity, let cached = cache.feed(path: path, identity: identity) { return .success(cached) }
        let location = SystemPath.display(path)
        return contents(path).flatMap { data in
            switch FeedReader.read(data) {
            case .failure(let failure):
                return .failure(LoadIssue(location: location, reason: failure.reason))
            case .success(let feed):
                guard !feed.drafts.isEmpty else { return .failure(LoadIssue(location: location, reason: .feedWithoutEntries)) }
                if let cache, let identity { cache.keep(feed, path: path, identity: identity) }
                return .success(feed)
            }
        }
    }

    private func contents(_ path: String) -> Result<Data, LoadIssue> {
        let location = SystemPath.display(path)
        do {
            let data = try TextFileReader.contents(path, limit: LoadLimits.maxMarkupFileBytes)
            return data.isEmpty ? .failure(LoadIssue(location: location, reason: .emptyFile)) : .success(data)
        } catch let tooLarge as TextFileReader.TooLarge {
            return .failure(LoadIssue(location: location, reason: .tooLarge(bytes: tooLarge.bytes, limit: tooLarge.limit)))
        } catch {
            return .failure(LoadIssue(location: location, reason: FileErrorReason.reason(error)))
        }
    }

    /// A draft as an article: its text (NFC) cut into paragraphs, its metadata kept.
    private func article(_ draft: ArticleDraft, id: ArticleID, location: String, notes: [LoadReason]) -> Article {
        let metadata = ArticleParser.Metadata(id: id, location: location, title: draft.title, date: draft.date,
                                              source: draft.source, url: draft.url, author: draft.author,
                                              language: draft.language, notes: draft.notes + notes, textIsBody: true)
        let text = Self.isSurelyNFC(draft.text) ? draft.text : draft.text.precomposedStringWithCanonicalMapping
        return parser.parse(text: text, metadata: metadata)
    }

    /// Whether `text` is NFC without normalising it: every scalar is below U+0300 (before the
    /// combining marks: nothing composes or decomposes), general punctuation but the two
    /// singletons U+2000-2001, a currency sign, or a CJK ideograph. Most texts are; the others
    /// go through Foundation.
    static func isSurelyNFC(_ text: String) -> Bool {
        var utf8 = text.utf8.makeIterator()
        while let byte = utf8.next() {
            // Lead bytes below 0xCC start scalars below U+0300.
            if byte < 0xCC { continue }
            guard byte >= 0xE0, byte < 0xF0, let b1 = utf8.next(), let b2 = utf8.next() else { return false }
            let value = (UInt32(byte & 0x0F) << 12) | (UInt32(b1 & 0x3F) << 6) | UInt32(b2 & 0x3F)
            switch value {
            case 0x2002...0x206F, 0x20A0...0x20BF, 0x4E00...0x9FFF: continue
            default: return false
            }
        }
        return true
    }

    /// The last component of a shown path, without its extension.
    static func baseName(_ shown: String) -> String {
        let name = shown.split(separator: "/").last.map(String.init) ?? shown
        return (name as NSString).deletingPathExtension
    }
}

/// The ids of feed entries: `<feed file name>-<8 hex digits>`, the digits the start of the 64-bit
/// FNV-1a hash of the entry's own id (its guid or Atom id, else its link, else its title and
/// text): short, typed easily, and the same from run to run while the entry keeps its guid, even
/// when entries come and go around it. Two entries of one feed with the same guid are told apart
/// by `CorpusIDs` (`#2`).
public enum FeedIDs {
    public static func id(feedPath: String, draft: ArticleDraft) -> ArticleID {
        let key = draft.id ?? draft.url ?? ((draft.title ?? "") + "\n" + draft.text)
        let hash = CorpusIDs.fnv1a(key) >> 32
        let hex = String(hash, radix: 16)
        let digits = String(repeating: "0", count: max(0, 8 - hex.count)) + hex
        return ArticleID("\(MarkupFileReader.baseName(SystemPath.display(feedPath)))-\(digits)")
    }
}

/// The last feed parsed, kept while its file is unchanged (size, time, inode), so that opening
/// one entry after another does not parse the feed again each time.
final class FeedCache: @unchecked Sendable {
    private let lock = NSLock()
    private var last: (path: String, identity: SourceIdentity, feed: FeedReader.Result)?

    func feed(path: String, identity: SourceIdentity) -> FeedReader.Result? {
        lock.lock()
        defer { lock.unlock() }
        guard let last, last.path == path, last.identity == identity else { return nil }
        return last.feed
    }

    func keep(_ feed: FeedReader.Result, path: String, identity: SourceIdentity) {
        lock.lock()
        defer { lock.unlock() }
        last = (path, identity, feed)
    }
}
