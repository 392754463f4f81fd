import Foundation
import KiosqueCore
import KiosqueCurses
import KiosqueApp
import KiosqueTUI

/// The reader's wiring, at the application layer: one mailbox for every background worker, the
/// corpus (index in the cache folder, else a temporary one; `ReaderCorpus`), the searches, the
/// stores, all owned by `ReaderServices` (which starts and stops them in its stated order), run
/// on the terminal by `Terminal.run` with `App.update` / `App.render`.
enum ReaderLauncher {
    /// Runs the reader on `paths` and returns the exit status (`Terminal.run` lists them; 1 when
    /// the program would otherwise end well but unsaved bookmarks could only be printed). The
    /// services are made only once the terminal is usable (a refused terminal opens no database);
    /// the reader shows at once what the index holds while the index worker updates it.
    @MainActor
    static func run(paths: [String], libraryEmpty: Bool = false, environment: [String: String] = ProcessInfo.processInfo.environment) -> Int32 {
        let directories = AppDirectories(environment: environment)
        let mailbox = Mailbox<Message>()
        var stores: StoreEffects?
        let status = Terminal.run(environment: environment, mailbox: mailbox,
                            setup: { display, size in
                                let corpus = ReaderCorpus.open(paths: paths, directories: directories, mailbox: mailbox,
                                                               environment: environment)
                                var state = AppState(corpus: corpus, size: size, display: display, settings: directories.config)
                                if libraryEmpty, state.statusMessage == nil { state.statusMessage = .libraryEmpty }
                                // Today, for relative periods; the saved views (views.json); the
                                // order and filters of the last session (view.json).
                                state.list.today = DatePeriod.today()
                                App.receive(savedViews: SavedViewsFile(directories: directories).load(), &state)
                                if let view = ListViewFile(directories: directories).load() { App.restore(view: view, &state) }
                                // The panel widths of the last session (layout.json); a file that
                                // cannot be used gives the defaults and says why.
                                do throws(LayoutFileError) {
                                    let panels = try LayoutFile(directories: directories).load()
                                    App.restore(panels: panels, &state)
                                } catch {
                                    App.restore(panels: nil, failure: state.strings.layoutFileError(error), &state)
                                }
                                let storeEffects = StoreEffects(directories: directories, home: environment["HOME"], mailbox: mailbox,
                                                                strings: state.strings)
                                stores = storeEffects
                                // A fetch brings new articles into the list when the reader shows the
                                // library (or the seeds standing in for it); with paths given, the
                                // library fills for the next start.
                                let library = LibraryStore(directories: directories).articlesFolder.path
                                let showsLibrary = libraryEmpty || paths == [library]
                                let worker = corpus.runner.worker
                                let feeds = FeedEffects(directories: directories, mailbox: mailbox, strings: state.strings) {
                                    if showsLibrary { worker?.again(paths: [library]) }
                                }
                                let services = ReaderServices(
                                    mailbox: mailbox, articles: corpus.runner,
                                    searches: SearchEffects(index: corpus.runner.index, mailbox: mailbox, strings: state.strings),
                                    stores: storeEffects,
                                    links: LinkEffects(mailbox: mailbox, environment: environment,
                                                       clipboard: TerminalClipboard.copy),
                                    feeds: feeds)
                                return (state, services)
                            },
                            update: App.update, render: App.render, interruptIsKey: App.takesInterrupt)
        return status == 0 && stores?.bookmarksUnsaved == true ? 1 : status
    }
}
