import Foundation
import KiosqueCore
import KiosqueTUI

/// What the reader opens at start: the index (in the cache folder, else in a temporary folder),
/// the catalogue it already holds for the paths, and the runner that loads articles and updates
/// the index in the background. Opening reads no article and analyses nothing: the reader shows
/// at once what the index has, and the update fills the rest.
public struct ReaderCorpus {
    public var catalogue: Catalogue
    public var runner: CorpusEffects
    /// What the status line should say about the index (fallback folder, file set aside, failure).
    public var problems: [CorpusProblem]
    /// True when an index update will run in the background.
    public var indexing: Bool { runner.worker != nil }

    /// Opens the index for `paths` under `directories` (the cache folder), reads its catalogue
    /// when the index was made by the same analyser (otherwise the update starts it again), and
    /// prepares the background update (started with the runner), whose news go to `mailbox`.
    public static func open(paths: [String], directories: AppDirectories, mailbox: Mailbox<Message>,
                            environment: [String: String] = ProcessInfo.processInfo.environment) -> ReaderCorpus {
        // The taxonomy and the word lists are read on another core while this one reads the
        // catalogue (both are needed for the first frame: it shows each row's sectors).
        let strings = Strings.bundledOrEmpty(language: Language.from(environment: environment))
        let resources = OpeningResources()
        let group = DispatchGroup()
        DispatchQueue.global(qos: .userInitiated).async(group: group) { resources.read(environment: environment, strings: strings) }
        let files = CorpusFiles(paths: paths)
        var problems: [CorpusProblem] = []
        func waitForResources() -> (sectors: Message, loader: Result<ArticleLoader, LoadIssue>) {
            group.wait()
            let read = resources.value
            if let problem = read.taxonomyProblem { problems.insert(.taxonomyIgnored(problem), at: 0) }
            return (read.sectors, read.loader)
        }
        var empty = Catalogue()
        empty.issues = files.issues
        empty.skipped = files.skipped
        let analyser: IndexAnalyser
        do { analyser = try IndexAnalyser.bundled(environment: environment) } catch {
            let (sectors, loader) = waitForResources()
            problems.append(.unavailable(strings.describe(error)))
            return ReaderCorpus(catalogue: empty, runner: CorpusEffects(index: nil, worker: nil, loader: loader, mailbox: mailbox, opening: [sectors]),
                                problems: problems)
        }
        var temporary: URL?
        let index: CorpusIndex
        do {
            index = try CorpusIndex(directories: directories)
        } catch {
            let folder = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-index-\(getpid())-\(UUID().uuidString.prefix(8))")
            do {
                index = try CorpusIndex(url: folder.appendingPathComponent("index.sqlite"))
                temporary = folder
                problems.append(.temporaryIndex(reason: strings.describe(error), path: folder.path))
            } catch let second {
                let (sectors, loader) = waitForResources()
                problems.append(.unavailable("\(strings.describe(error)); \(strings.describe(second))"))
                return ReaderCorpus(catalogue: empty, runner: CorpusEffects(index: nil, worker: nil, loader: loader, mailbox: mailbox, opening: [sectors]),
                                    problems: problems)
            }
        }
        problems += index.notes.map { CorpusProblem.note(strings.storeNotice($0)) }
        var catalogue = empty
        do {
            if try index.storedFingerprint() == analyser.fingerprint { catalogue = try index.catalogue(files: files) }
        } catch {
            problems.append(.note(strings.describe(error)))
        }
        let (sectors, loader) = waitForResources()
        let pages = MappedPageBudget()
        pages.watch(catalogue)
        let worker = IndexWorker(index: index, files: files, analyser: analyser, initial: catalogue, mailbox: mailbox, pages: pages,
                                 strings: strings)
        return ReaderCorpus(catalogue: catalogue,
                            runner: CorpusEffects(index: index, worker: worker, loader: loader, mailbox: mailbox, temporaryFolder: temporary,
                                                  opening: [sectors], pages: pages),
                            problems: problems)
    }
}

/// The taxonomy, a bad user taxonomy's problem and the article loader, read off the opening thread.
private final class OpeningResources: @unchecked Sendable {
    /// Written once by `read`, read after the group waited for it.
    private(set) var value: (sectors: Message, taxonomyProblem: String?, loader: Result<ArticleLoader, LoadIssue>) =
        (.sectorsFailed("not read"), nil, .failure(LoadIssue(location: "Resources/fr", reason: .resourcesUnreadable(detail: "not read"))))

    func read(environment: [String: String], strings: Strings) {
        // A bad user sectors.tsv: the built-in taxonomy is used, and the status line says why.
        let problem = SectorTaxonomy.userFileProblem(environment: environment).map(strings.taxonomyError)
        let sectors: Message
        do { sectors = .sectorsLoaded(try SectorClassifier.configured(environment: environment)) } catch {
            sectors = .sectorsFailed(strings.taxonomyError(error))
        }
        let loader: Result<ArticleLoader, LoadIssue>
        do { loader = .success(try ArticleLoader.bundled()) } catch {
            loader = .failure(LoadIssue(location: "Resources/fr", reason: .resourcesUnreadable(detail: error.description)))
        }
        value = (sectors, problem, loader)
    }
}

/// Something the status line says about the index at start.
public enum CorpusProblem: Hashable, Sendable {
    /// The cache folder could not be written: the index lives in `path` for this session.
    case temporaryIndex(reason: String, path: String)
    /// No index at all (nor any article): why.
    case unavailable(String)
    /// What happened on opening (a broken file moved aside, an old one rebuilt).
    case note(String)
    /// The user's taxonomy file cannot be read or parsed (file, line, field and why): the
    /// built-in taxonomy is used.
    case taxonomyIgnored(String)
}

extension AppState {
    /// The state for an opened corpus: its catalogue, the index update marked running, and what
    /// went wrong with the index in the status line.
    public init(corpus: ReaderCorpus, size: Size, display: DisplayOptions, settings: URL? = nil) {
        self.init(catalogue: corpus.catalogue, size: size, display: display, settings: settings)
        index.running = corpus.indexing
        let said = corpus.problems.map { problem -> Notice in
            switch problem {
            case .temporaryIndex(let reason, let path): return .indexTemporary(reason: reason, path: path)
            case .unavailable(let reason): return .indexUnavailable(reason: reason)
            case .note(let note): return .said([note])
            case .taxonomyIgnored(let reason): return .sectorFileIgnored(reason: reason)
            }
        }
        if !said.isEmpty { statusMessage = .several([statusMessage].compactMap { $0 } + said) }
    }
}
