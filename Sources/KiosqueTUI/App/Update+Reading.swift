import KiosqueCore

/// Reading state: where the user was in each article, which articles were read, the article
/// brought back at start. Changes are written in batches: when another article is opened and
/// when the program ends (`Message.stopping`), never on each key.
extension App {
    /// Opens an article as the user asked (Enter in the list, a bookmark, `n`/`N`): the position
    /// in the article left behind is remembered, the new one opens where the user last was (or at
    /// `offset`, or on a search match: `state.search.arrival`), is marked read, and the changes
    /// are written.
    static func openByUser(_ state: inout AppState, article index: Int, at offset: Int? = nil) -> [Effect] {
        guard state.articles.indices.contains(index) else {
            state.search.arrival = nil
            return []
        }
        rememberPosition(&state)
        open(&state, article: index)
        if let position = offset ?? state.reading.entry(index)?.position { placeCursor(&state, at: position) }
        state.reading.markRead(index)
        reselect(&state, keeping: index)
        searchArticleShown(&state)
        // Without a reading store (tests, or one that could not be opened) nothing is written.
        var effects: [Effect] = state.reading.loaded ? [.saveReading(readingBatch(&state))] : []
        if state.entities.analysing && state.entities.byArticle[index] == nil { effects.append(.analyse(article: index)) }
        return effects
    }

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
        guard let index = state.reader.article, state.reading.isRead(index), let cursor = state.reader.cursor,
              let start = state.openArticle?.sentence(at: cursor)?.range.start else { return }
        state.reading.setPosition(start, of: index)
    }

    /// The changes waiting to be written, with the article open now.
    static func readingBatch(_ state: inout AppState) -> ReadingBatch {
        let changes = state.reading.takeChanges().sorted { $0.key < $1.key }.map { index, entry in
            ReadingBatch.Change(article: ArticleKey(state.articles[index]), position: entry.position, read: entry.read)
        }
        return ReadingBatch(changes: changes, lastOpened: state.openArticle.map(ArticleKey.init))
    }

    /// The cursor moved inside the open article: it counts as read.
    static func noteCursorMoved(_ state: inout AppState, from before: (article: Int?, cursor: SentenceIndex?)) {
        guard let index = state.reader.article, before.article == index, before.cursor != state.reader.cursor else { return }
        state.reading.markRead(index)
    }

    /// The store's reading state at start: read marks and positions by article, and the last
    /// article open comes back (with the cursor where it was, the reader focused).
    static func receive(reading snapshot: ReadingSnapshot, _ state: inout AppState) -> [Effect] {
        if let failure = snapshot.failure {
            state.statusMessage = state.strings.format(.readingUnavailable, ["reason": failure])
            return []
        }
        var byKey: [ArticleKey: Int] = [:]
        var byID: [ArticleID: [Int]] = [:]
        for (i, article) in state.articles.enumerated() {
            if byKey[ArticleKey(article)] == nil { byKey[ArticleKey(article)] = i }
            byID[article.id, default: []].append(i)
        }
        // The same article, or the only one with its id (the same files opened from elsewhere).
        func index(of key: ArticleKey) -> Int? {
            if let index = byKey[key] { return index }
            guard let candidates = byID[key.id], candidates.count == 1 else { return nil }
            return candidates[0]
        }
        var stored: [Int: ReadingMemory.Entry] = [:]
        for (key, value) in snapshot.states.sorted(by: { $0.value.updated < $1.value.updated }) {
            guard let index = index(of: key) else { continue }
            stored[index] = ReadingMemory.Entry(position: value.position, read: value.read || stored[index]?.read == true)
        }
        state.reading.load(stored)
        guard let key = snapshot.lastOpened, let index = index(of: key) else { return [] }
        if state.reader.article != index { open(&state, article: index) }
        if let position = state.reading.entry(index)?.position { placeCursor(&state, at: position) }
        reselect(&state, keeping: index)
        state.focus = .reader
        if state.entities.analysing && state.entities.byArticle[index] == nil { return [.analyse(article: index)] }
        return []
    }

    /// The program ends: the position in the open article and every change not yet written.
    static func stopping(_ state: inout AppState) -> [Effect] {
        guard state.reading.loaded else { return [] }
        rememberPosition(&state)
        let batch = readingBatch(&state)
        return batch.isEmpty ? [] : [.saveReading(batch)]
    }
}
