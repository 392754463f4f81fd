import KiosqueCore

/// Walking the sentences the reader shows (those of body paragraphs), in reading order.
extension Article {
    /// Indices into `paragraphs` of the paragraphs the reader shows.
    var shownParagraphIndices: [Int] {
        paragraphs.indices.filter { paragraphs[$0].role.isShown && !paragraphs[$0].sentences.isEmpty }
    }

    var firstShownSentence: SentenceIndex? {
        shownParagraphIndices.first.map { SentenceIndex(paragraph: $0, sentence: 0) }
    }

    var lastShownSentence: SentenceIndex? {
        shownParagraphIndices.last.map { SentenceIndex(paragraph: $0, sentence: paragraphs[$0].sentences.count - 1) }
    }

    func sentence(at index: SentenceIndex) -> Sentence? {
        guard paragraphs.indices.contains(index.paragraph) else { return nil }
        let sentences = paragraphs[index.paragraph].sentences
        return sentences.indices.contains(index.sentence) ? sentences[index.sentence] : nil
    }

    /// The shown sentence after `index`, crossing paragraphs; nil at the end.
    func shownSentence(after index: SentenceIndex) -> SentenceIndex? {
        if index.sentence + 1 < paragraphs[index.paragraph].sentences.count {
            return SentenceIndex(paragraph: index.paragraph, sentence: index.sentence + 1)
        }
        guard let next = shownParagraphIndices.first(where: { $0 > index.paragraph }) else { return nil }
        return SentenceIndex(paragraph: next, sentence: 0)
    }

    /// The shown sentence before `index`, crossing paragraphs; nil at the start.
    func shownSentence(before index: SentenceIndex) -> SentenceIndex? {
        if index.sentence > 0 { return SentenceIndex(paragraph: index.paragraph, sentence: index.sentence - 1) }
        guard let previous = shownParagraphIndices.last(where: { $0 < index.paragraph }) else { return nil }
        return SentenceIndex(paragraph: previous, sentence: paragraphs[previous].sentences.count - 1)
    }
}

extension Article {
    /// True when `offset` is in the title block or a shown paragraph (not page debris).
    func isReadable(at offset: Int) -> Bool {
        guard let p = paragraphIndex(containing: offset) else { return false }
        return paragraphs[p].role == .title || paragraphs[p].role.isShown
    }

    /// The paragraph whose range holds `offset` (binary search).
    func paragraphIndex(containing offset: Int) -> Int? {
        var low = 0, high = paragraphs.count - 1, found: Int?
        while low <= high {
            let mid = (low + high) / 2
            if paragraphs[mid].range.start <= offset { found = mid; low = mid + 1 } else { high = mid - 1 }
        }
        guard let found, offset < paragraphs[found].range.end else { return nil }
        return found
    }

    /// The shown sentence whose range holds `offset`, if any (binary searches, no full walk).
    func shownSentence(containing offset: Int) -> SentenceIndex? {
        guard let p = paragraphIndex(containing: offset), paragraphs[p].role.isShown else { return nil }
        let sentences = paragraphs[p].sentences
        guard let s = sentences.lastIndex(where: { $0.range.start <= offset }), offset < sentences[s].range.end
        else { return nil }
        return SentenceIndex(paragraph: p, sentence: s)
    }
}
