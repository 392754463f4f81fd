import KiosqueCore

/// Reading state: where the user was in each article, which articles were read, the article
/// brought back at start. Changes are written in batches: when another article is opened and
/// when the program ends (`Message.stopping`), never on each key. Articles are known by
/// `ArticleKey` (id and location), which survives catalogue refreshes.
extension App {
    /// Puts the cursor on the shown sentence holding `offset` (else the next one, else the last),
    /// near the top of the view.
    static func placeCursor(_ state: inout AppState, at offset: Int) {
        guard let context = ReaderContext(state) else { return }
        let article = context.article
        var target = article.shownSentence(containing: offset)
        if target == nil {
            let shown = article.shownParagraphIndices
            outer: for p in shown {
                for (s, sentence) in article.paragraphs[p].sentences.enumerated() where sentence.range.start >= offset {
                    target = SentenceIndex(paragraph: p, sentence: s)
                    break outer
                }
            }
        }
        guard let cursor = target ?? article.lastShownSentence, let start = article.sentence(at: cursor)?.range.start else { return }
        state.reader.cursor = cursor
        state.reader.topOffset = context.layout.anchorOffset(of: context.layout.position(ofOffset: start))
        followCursor(&state, context)
    }

    /// Records the cursor sentence's start as the position of the open article, when it is read.
    static func rememberPosition(_ state: inout AppState) {
        guard let article = state.openArticle, let cursor = state.reader.cursor,
              let start = article.sentence(at: cursor)?.range.start else { return }
        let key = ArticleKey(article)
        guard state.reading.isRead(key) else { return }
        state.reading.setPosition(start, of: key)
    }

    /// The changes waiting to be written, with the article open now.
    static func readingBatch(_ state: inout AppState) -> ReadingBatch {
        let changes = state.reading.takeChanges().sorted { ($0.key.location, $0.key.id.rawValue) < ($1.key.location, $1.key.id.rawValue) }
            .map { key, change in
                ReadingBatch.Change(article: key, position: change.entry.position, read: change.entry.read, unmark: change.unmark)
            }
        return ReadingBatch(changes: changes, lastOpened: state.openArticle.map(ArticleKey.init))
    }

    /// The cursor moved inside the open article: it counts as read.
    static func noteCursorMoved(_ state: inout AppState, from before: (article: ArticleID?, cursor: SentenceIndex?)) {
        guard let id = state.reader.article, before.article == id, before.cursor != state.reader.cursor,
              let article = state.openArticle else { return }
        let key = ArticleKey(article)
        guard key != state.reading.keptUnread else { return }
        setRead(true, key, at: state.openPosition, &state)
    }

    /// The store's reading state at start: read marks and positions by article, and the last
    /// article open comes back (with the cursor where it was, the reader focused), now or when
    /// it reaches the catalogue during a first index.
    static func receive(reading snapshot: ReadingSnapshot, _ state: inout AppState) -> [Effect] {
        if let failure = snapshot.failure {
            state.statusMessage = .readingUnavailable(reason: failure)
            return []
        }
        let stored = snapshot.states.sorted { ($0.value.updated, $0.key.location) < ($1.value.updated, $1.key.location) }
            .map { (key: $0.key, entry: ReadingMemory.Entry(position: $0.value.position, read: $0.value.read)) }
        state.reading.load(stored)
        matchReading(&state)
        rebuildReadPositions(&state)
        recountUnread(&state)
        state.reading.pendingRestore = snapshot.lastOpened
        return showSomething(&state)
    }

    /// Stored entries become the entries of the catalogue's articles: the same id and location,
    /// else the only article with the id (the same files opened from another folder). Entries
    /// whose article is not (yet) in the catalogue wait for the next catalogue.
    static func matchReading(_ state: inout AppState) {
        let unmatched = state.reading.unmatched.map(\.key)
        guard !unmatched.isEmpty else { return }
        var byID: [ArticleID: [ArticleKey]] = [:]
        var matches: [ArticleKey: ArticleKey] = [:]
        for key in unmatched {
            if state.catalogue.position(location: key.location, id: key.id) != nil {
                matches[key] = key
            } else {
                byID[key.id, default: []].append(key)
            }
        }
        for (id, positions) in state.catalogue.positions(ofIDs: Set(byID.keys)) where positions.count == 1 {
            for key in byID[id] ?? [] { matches[key] = state.key(at: positions[0]) }
        }
        state.reading.match(matches)
    }

    /// The position of an article known by key: the same id and location, else the only article
    /// with that id; nil when the catalogue has none.
    static func position(of key: ArticleKey, _ state: AppState) -> Int? {
        if let position = state.catalogue.position(location: key.location, id: key.id) { return position }
        guard let candidates = state.catalogue.positions(ofIDs: [key.id])[key.id], candidates.count == 1 else { return nil }
        return candidates[0]
    }

    /// The program ends: the position in the open article and every change not yet written.
    static func stopping(_ state: inout AppState) -> [Effect] {
        guard state.reading.loaded else { return [] }
        rememberPosition(&state)
        let batch = readingBatch(&state)
        return batch.isEmpty ? [] : [.saveReading(batch)]
    }
}
