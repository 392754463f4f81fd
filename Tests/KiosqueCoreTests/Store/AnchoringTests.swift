import Testing
@testable import KiosqueCore

/// Re-anchoring a bookmark after its article's text changed.
@Suite struct AnchoringTests {
    typealias F = BookmarkFixtures

    func slice(_ text: String, _ range: TextRange?) -> String? {
        range.map { TestSupport.slice(text, $0) }
    }

    @Test("the quote and its context are taken from the text, 32 code points each side at most")
    func quoteFromText() throws {
        let bookmark = try F.bookmark(on: F.passage)
        #expect(bookmark.quote.exact == F.passage)
        #expect(bookmark.quote.prefix.unicodeScalars.count == 32)
        #expect(F.kidal.contains(bookmark.quote.prefix + F.passage + bookmark.quote.suffix))
        #expect(bookmark.quote.suffix == " ».\n\nDe son côté, Sergueï Lavrov")
        let start = TextQuote(text: "abc", range: TextRange(0, 2))
        #expect(start == TextQuote(exact: "ab", prefix: "", suffix: "c"))
    }

    @Test("same text: the stored offsets hold")
    func unchanged() throws {
        let bookmark = try F.bookmark(on: F.passage)
        #expect(Anchoring(text: F.kidal).anchor(bookmark) == .unchanged(bookmark.range))
    }

    @Test("text inserted before the passage: found at its new offsets")
    func insertedBefore() throws {
        let bookmark = try F.bookmark(on: F.passage)
        let edited = "Mise à jour du 1er mars : précisions ajoutées.\n\n" + F.kidal
        let anchor = Anchoring(text: edited).anchor(bookmark)
        guard case .found(let range) = anchor else { Issue.record("expected found, got \(anchor)"); return }
        #expect(range.start == bookmark.range.start + 48)
        #expect(slice(edited, range) == F.passage)
    }

    @Test("spacing and line breaks changed inside the passage: still found, over the new spacing")
    func whitespaceChanged() throws {
        let bookmark = try F.bookmark(on: F.passage)
        let edited = F.kidal.replacingOccurrences(of: "a permis à l’armée", with: "a permis\nà  l’armée")
        let anchor = Anchoring(text: edited).anchor(bookmark)
        guard case .found(let range) = anchor else { Issue.record("expected found, got \(anchor)"); return }
        #expect(slice(edited, range) == F.passage.replacingOccurrences(of: "a permis à l’armée", with: "a permis\nà  l’armée"))
    }

    @Test("the passage itself changed slightly: the edited passage, as approximate")
    func passageEdited() throws {
        let bookmark = try F.bookmark(on: F.passage)
        let newPassage = F.passage.replacingOccurrences(of: "récupérer", with: "reprendre")
        let edited = "Chapeau ajouté.\n\n" + F.kidal.replacingOccurrences(of: F.passage, with: newPassage)
        let anchor = Anchoring(text: edited).anchor(bookmark)
        guard case .approximate(let range, let similarity) = anchor else {
            Issue.record("expected approximate, got \(anchor)"); return
        }
        #expect(slice(edited, range) == newPassage)
        #expect(similarity >= Anchoring.minimumSimilarity && similarity < 1)
    }

    @Test("the passage was rewritten or removed: detached, never another passage")
    func removed() throws {
        let bookmark = try F.bookmark(on: F.passage)
        let removed = F.kidal.replacingOccurrences(of: F.passage, with: "")
        #expect(Anchoring(text: removed).anchor(bookmark) == .detached)
        let rewritten = F.kidal.replacingOccurrences(
            of: F.passage, with: "le partenariat avec Moscou n’a rien changé sur le terrain, selon plusieurs sources locales")
        #expect(Anchoring(text: rewritten).anchor(bookmark) == .detached)
        #expect(Anchoring(text: "").anchor(bookmark) == .detached)
    }

    @Test("a duplicated passage: the occurrence whose context matches, whatever the order")
    func duplicated() throws {
        let sentence = "Les combats ont repris près de Kidal."
        let text = "Lundi, selon l’armée. \(sentence)\n\nMardi, selon les rebelles. \(sentence)\n"
        let second = try #require(F.range(of: sentence, in: text, from: 30))
        let article = try F.article(text)
        let bookmark = Bookmark(article: article, range: second)
        // Paragraphs swapped and a line added: the second occurrence is now first.
        let edited = "Note de la rédaction.\n\nMardi, selon les rebelles. \(sentence)\n\nLundi, selon l’armée. \(sentence)\n"
        let anchor = Anchoring(text: edited).anchor(bookmark)
        guard case .found(let range) = anchor else { Issue.record("expected found, got \(anchor)"); return }
        #expect(range == F.range(of: "rebelles. " + sentence, in: edited).map { TextRange($0.start + 10, $0.end) })
    }

    @Test("duplicates with the same context: the one nearest the old position")
    func nearest() throws {
        // 20 times `Kidal. `: the middle units have the same 32 code points of context each side.
        let text = String(repeating: "Kidal. ", count: 20)
        let tenth = TextRange(70, 76)
        #expect(TestSupport.slice(text, tenth) == "Kidal.")
        let bookmark = Bookmark(article: try F.article(text), range: tenth)
        let anchor = Anchoring(text: "X " + text).anchor(bookmark)
        #expect(anchor == .found(TextRange(72, 78)))
    }

    @Test("place: bookmarks of articles not loaded have no anchor; same id elsewhere is used")
    func place() throws {
        let bookmark = try F.bookmark(on: F.passage)
        let other = try F.article("Autre texte.", id: "autre")
        #expect(AnchoredBookmark.place([bookmark], in: [other]).first?.anchor == nil)
        var moved = try F.article(F.kidal)
        moved.location = "/elsewhere/kidal.txt"
        #expect(AnchoredBookmark.place([bookmark], in: [other, moved]).first?.anchor == .unchanged(bookmark.range))
    }

    @Test("edit distance and similarity")
    func similarity() {
        #expect(EditDistance.between(Array("kitten".unicodeScalars), Array("sitting".unicodeScalars), swaps: false) == 3)
        #expect(EditDistance.between([Int](), [1, 2], swaps: false) == 2)
        let a = "abcdefghij".unicodeScalars.map(\.value), b = "abcdefghiX".unicodeScalars.map(\.value)
        #expect(abs(Anchoring.similarity(a, b) - 0.9) < 1e-9)
    }
}
