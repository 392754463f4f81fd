import Foundation

/// What loading one article brings back: the article read from its source and its stored analysis.
public struct LoadedArticle: Sendable {
    public var article: Article
    /// Nil when the index no longer has it (dropped since the catalogue was read).
    public var analysis: ArticleAnalysis?

    public init(article: Article, analysis: ArticleAnalysis?) {
        self.article = article
        self.analysis = analysis
    }
}

/// Reads one article from its source: `ArticleLoader`, or a test's counting stand-in.
public protocol ArticleSource: Sendable {
    func article(at place: ArticlePlace, expected: ArticleID?) -> Result<Article, LoadIssue>
}

extension ArticleLoader: ArticleSource {}

/// The criteria of an article list: all apply at once.
public struct CorpusFilter: Sendable {
    /// Only the articles about these sectors (indices into the taxonomy), any or all of them.
    public var sectors: [Int]
    public var match: SectorMatch
    /// The list's order (`kiosque list --order`); corpus order by default, central articles
    /// first under sectors.
    public var order: ListOrder
    /// Only the articles mentioning this entity (the reader's `f`).
    public var entity: EntityKey?
    /// Only the articles mentioning an entity this name matches (`list --entity NAME`).
    public var entityName: EntityQuery?
    /// Only the articles the full-text index finds for this search.
    public var search: SearchQuery?
    /// Only the articles of this outlet (`ArticleOutletName`, the reader's `O`).
    public var outlet: String?
    /// Only the dated articles in this period (`--period`, `--since`, `--until`, the reader's `p`).
    public var period: DatePeriod?
    /// Today, days from 1970-01-01, for a relative period (`DatePeriod.today()` by default).
    public var today: Int

    public init(sectors: [Int] = [], match: SectorMatch = .any, order: ListOrder = .corpus, entity: EntityKey? = nil,
                entityName: EntityQuery? = nil, search: SearchQuery? = nil, outlet: String? = nil,
                period: DatePeriod? = nil, today: Int = DatePeriod.today()) {
        self.outlet = outlet
        self.period = period
        self.today = today
        self.sectors = sectors
        self.match = match
        self.order = order
        self.entity = entity
        self.entityName = entityName
        self.search = search
    }

    /// True when a criterion needs the corpus-wide entity index.
    public var needsEntities: Bool { entity != nil || entityName != nil }
}

/// One corpus, queried the same way by every command and the reader: the catalogue (every
/// article's summary, in corpus order) and its lists, one article by id read alone from its
/// source with its stored analysis, sector counts, entity postings, search.
///
/// Always backed by the analysis index (`CorpusIndex`): the user's (`$XDG_CACHE_HOME/kiosque`),
/// or, for `--no-index` and when the cache cannot be used, a throw-away index in a temporary
/// folder removed by `close`. So there is one pipeline: reading, analysing and querying go
/// through the same code in both modes, and give the same ids, lists and counts (DECISIONS.md).
public final class Corpus {
    public let files: CorpusFiles
    public let index: CorpusIndex
    public let catalogue: Catalogue
    /// Inputs that could not be read, found by the update or the catalogue.
    public let issues: [LoadIssue]
    /// True for a throw-away index (removed by `close`).
    public var isTemporary: Bool { temporaryFolder != nil }
    private let temporaryFolder: URL?
    private let source: ArticleSource

    /// Where the index lives.
    public enum Store: Sendable {
        /// A persistent index file (the cache's `index.sqlite`).
        case file(URL)
        /// A throw-away index in a new temporary folder.
        case temporary
    }

    /// Opens the index, brings it up to date with `paths` (only new and changed articles are
    /// read and analysed) and reads the catalogue.
    public static func open(paths: [String], store: Store, analyser: IndexAnalyser, source: ArticleSource,
                            progress: (@Sendable (IndexProgress) -> Void)? = nil) throws(IndexError) -> Corpus {
        var folder: URL?
        let url: URL
        switch store {
        case .file(let file):
            url = file
        case .temporary:
            removeAbandonedFolders()
            let made = FileManager.default.temporaryDirectory
                .appendingPathComponent("\(temporaryPrefix)\(getpid())-\(UUID().uuidString.prefix(8))")
            do { try FileManager.default.createDirectory(at: made, withIntermediateDirectories: true) } catch {
                throw IndexError.file(.cannotCreateFolder(path: made.path, reason: error.localizedDescription))
            }
            folder = made
            url = made.appendingPathComponent("index.sqlite")
        }
        do {
            let index = try CorpusIndex(url: url)
            let files = CorpusFiles(paths: paths)
            let update = try index.update(files: files, analyser: analyser, progress: progress)
            // The commands read the index itself (a damaged file is found here, at opening, and
            // the command goes on without it) and leave a snapshot for the reader.
            let catalogue = try index.catalogue(files: files, snapshot: .writeOnly)
            return Corpus(files: files, index: index, catalogue: catalogue, issues: update.issues + catalogue.issues,
                          temporaryFolder: folder, source: source)
        } catch {
            if let folder { try? FileManager.default.removeItem(at: folder) }
            throw error
        }
    }

    static let temporaryPrefix = "kiosque-corpus-"

    /// Removes the throw-away indexes of processes that ended without `close` (killed): their
    /// folder names carry their process id.
    static func removeAbandonedFolders() {
        let folder = FileManager.default.temporaryDirectory
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return }
        for name in names where name.hasPrefix(temporaryPrefix) {
            let rest = name.dropFirst(temporaryPrefix.count)
            guard let pid = rest.split(separator: "-").first.flatMap({ pid_t($0) }), pid != getpid(),
                  kill(pid, 0) != 0, errno == ESRCH else { continue }
            try? FileManager.default.removeItem(at: folder.appendingPathComponent(name))
        }
    }

    init(files: CorpusFiles, index: CorpusIndex, catalogue: Catalogue, issues: [LoadIssue], temporaryFolder: URL?,
         source: ArticleSource) {
        self.files = files
        self.index = index
        self.catalogue = catalogue
        self.issues = issues
        self.temporaryFolder = temporaryFolder
        self.source = source
    }

    /// Closes the index, and removes a throw-away one. Call it once, before the process exits.
    public func close() {
        try? index.close()
        if let temporaryFolder { try? FileManager.default.removeItem(at: temporaryFolder) }
    }

    /// What the index said on opening (a broken file set aside), for the user.
    public var notes: [String] { index.notes.map(\.description) }

    // MARK: one article

    /// What an id typed by the user names.
    public enum Lookup: Equatable, Sendable {
        case found(Int)
        /// The id is the source id of several articles (`x` for `a/x` and `b/x`): their ids.
        case ambiguous([ArticleID])
        case missing
    }

    /// The article `id` names: its id, else the one article whose source id it is.
    public func lookup(_ id: String) -> Lookup {
        let positions = catalogue.positions(named: ArticleID(id))
        switch positions.count {
        case 0: return .missing
        case 1: return .found(positions[0])
        default: return .ambiguous(positions.map { catalogue.ids[$0] })
        }
    }

    /// The article at `position`, read alone from its source, with its stored analysis. No other
    /// article is read or analysed.
    public func article(at position: Int) -> Result<LoadedArticle, LoadIssue> {
        let id = catalogue.ids[position]
        switch source.article(at: catalogue.place(at: position), expected: id) {
        case .failure(let issue):
            return .failure(issue)
        case .success(let article):
            let analysis = try? index.analysis(at: position, in: catalogue)
            return .success(LoadedArticle(article: article, analysis: analysis ?? nil))
        }
    }

    // MARK: lists and counts

    /// The positions of the articles `filter` keeps, in its order (corpus order without sectors).
    public func rows(_ filter: CorpusFilter) throws(IndexError) -> [Int] {
        var candidates: [Int]?
        if filter.needsEntities {
            // Without a cancellation the build runs to its end: never nil here.
            let entities = try entityIndex() ?? EntityIndex()
            if let key = filter.entity { candidates = entities.articles(mentioning: key) }
            if let name = filter.entityName {
                let found = entities.articles(matching: name)
                candidates = candidates.map { SortedIndices.intersection($0, found) } ?? found
            }
        }
        if let query = filter.search {
            let found = try search(query)
            candidates = candidates.map { SortedIndices.intersection($0, found) } ?? found
        }
        if let outlet = filter.outlet {
            let found = catalogue.positions(outlet: outlet)
            candidates = candidates.map { SortedIndices.intersection($0, found) } ?? found
        }
        if let period = filter.period {
            let found = catalogue.positions(in: period, today: filter.today)
            candidates = candidates.map { SortedIndices.intersection($0, found) } ?? found
        }
        return catalogue.rows(candidates: candidates, sectors: filter.sectors, match: filter.match, order: filter.order,
                              ordering: filter.order.base == .corpus ? nil : catalogue.ordering(filter.order))
    }

    /// Per sector of the stored taxonomy: the articles about it, and those where it is central.
    public func sectorCounts() -> [SectorCount] { catalogue.sectorCounts() }

    /// Which articles mention which entity (readable mentions only: `EntityIndex`), from every
    /// stored analysis in one read; nil when `cancellation` stopped it (not an error).
    public func entityIndex(cancellation: IndexCancellation? = nil) throws(IndexError) -> EntityIndex? {
        try Self.entityIndex(index, catalogue, cancellation: cancellation)
    }

    /// The entity index of `catalogue`'s articles (the reader's index worker builds it so).
    public static func entityIndex(_ index: CorpusIndex, _ catalogue: Catalogue,
                                   cancellation: IndexCancellation? = nil) throws(IndexError) -> EntityIndex? {
        struct Stopped: Error {}
        var entities = EntityIndex()
        do {
            try index.forEachAnalysis(in: catalogue, sectors: false) { position, analysis in
                if cancellation?.isCancelled == true { throw Stopped() }
                entities.add(article: position, analysis: analysis)
            }
        } catch let error {
            if cancellation?.isCancelled == true { return nil }
            throw IndexError.from(error, path: index.url.path)
        }
        entities.finish()
        return entities
    }

    /// Positions of the articles the full-text index finds for `query`, in corpus order (the
    /// caller confirms each with `SearchMatcher` on the article's text).
    public func search(_ query: SearchQuery) throws(IndexError) -> [Int] {
        try index.search(query, in: catalogue)
    }

    /// Every stored analysis, by position (nil where another process dropped one meanwhile).
    public func analyses() throws(IndexError) -> [ArticleAnalysis?] {
        var all = [ArticleAnalysis?](repeating: nil, count: catalogue.count)
        try index.forEachAnalysis(in: catalogue) { position, analysis in all[position] = analysis }
        return all
    }
}
