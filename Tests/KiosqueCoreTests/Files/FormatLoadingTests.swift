import Foundation
import Testing
@testable import KiosqueCore

/// Feeds and pages through `ArticleFiles.load`, the walk and the index (issue 13). The feed entries'
/// values come from `FeedReader`;
/// the page's from `PageReader`.
@Suite struct FormatLoadingTests {
    /// `actu-` and 8 lower-case hex digits.
    static func isEntryID(_ id: ArticleID) -> Bool {
        let text = id.rawValue
        guard text.hasPrefix("actu-") else { return false }
        let digits = text.dropFirst(5)
        return digits.count == 8 && digits.allSatisfy { $0.isHexDigit && !$0.isUppercase }
    }

    @Test("a folder of 2 pages, an RSS feed (2 entries), an Atom feed (1) and 3 notes: 8 articles, the PDF and PNG named as skipped, the hidden file not")
    func folder() throws {
        let folder = try TemporaryFolder()
        try FormatFixtures.writeFolder(folder.url)
        let files = CorpusFiles(paths: [folder.path])
        let kinds = Dictionary(uniqueKeysWithValues: files.files.map { (($0.path as NSString).lastPathComponent, $0.kind) })
        #expect(kinds == ["actu.rss": .feed, "veille.atom": .feed, "page1.html": .page, "page2.htm": .page,
                          "n1.txt": .text, "n2.txt": .text, "n3.txt": .text])
        #expect(files.skipped.map { ($0 as NSString).lastPathComponent } == ["photo.png", "rapport.pdf"])
        #expect(SkippedFiles.summary(files.skipped) == "2 files are not articles and were skipped: photo.png, rapport.pdf")
        #expect(files.issues.isEmpty)

        let result = ArticleFiles.load(paths: [folder.path])
        #expect(result.issues.isEmpty, "\(result.issues)")
        #expect(result.skipped.count == 2)
        #expect(result.articles.count == 8)
        let titles = result.articles.map(\.title)
        #expect(titles.contains("Le réacteur de Flamanville démarre"))
        #expect(titles.contains("Grève à la SNCF"))
        // Feed values (stand-in reader until the feeds work is merged).
        #expect(titles.contains("Budget : le gouvernement & l'Assemblée"))
        #expect(titles.contains("Le prix du gaz baisse"), "markup in an Atom title decoded")
        #expect(!titles.contains { $0.contains("<") || $0.contains("DOCTYPE") }, "\(titles)")
        for article in result.articles {
            let shown = article.bodyParagraphs.map { TestSupport.slice(article.text, $0.range) }.joined(separator: "\n")
            #expect(!shown.isEmpty, "\(article.id)")
            #expect(!shown.contains("<") && !shown.contains("alert(") && !shown.contains("color: red"), "\(article.id): \(shown)")
        }
    }

    @Test("a feed entry without a title keeps its first line as text; its shown title is derived, and convert writes none")
    func entryWithoutTitle() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("flash.rss", """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Flash</title>
            <item><guid>f1</guid><description>Alerte sur le réseau<br/>Les trains sont arrêtés.<br/><br/>Reprise prévue demain.</description></item>
            </channel></rss>
            """)
        let articles = ArticleFiles.load(paths: [path]).articles
        try #require(articles.count == 1)
        let article = articles[0]
        #expect(article.titleIsDerived)
        #expect(article.title == "Alerte sur le réseau")
        let draft = ArticleDraft(article)
        #expect(draft.title == nil)
        #expect(draft.text.hasPrefix("Alerte sur le réseau"), "\(draft.text)")
        #expect(draft.text.contains("Reprise prévue demain."))
    }

    @Test("feed entries: one article each, in feed order, located path#N, id feed-hash of the guid, source the feed title, author and url kept")
    func feedEntries() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("actu.rss", FormatFixtures.rss)
        let articles = ArticleFiles.load(paths: [path]).articles
        try #require(articles.count == 2)
        #expect(articles.map(\.location) == ["\(path)#1", "\(path)#2"])
        #expect(articles.allSatisfy { Self.isEntryID($0.id) }, "\(articles.map(\.id))")
        #expect(articles[0].id == FeedIDs.id(feedPath: path, draft: ArticleDraft(id: "https://quotidien.example/budget", text: "")))
        #expect(articles[0].source == "Le Quotidien")
        #expect(articles[0].author == "Marie Dupont")
        #expect(articles[0].url == "https://quotidien.example/budget")
        #expect(articles[0].date == ArticleDate(year: 2024, month: 3, day: 15))
        #expect(articles[0].language == "fr")
        #expect(articles[0].bodyParagraphs.count == 2)
    }

    @Test("an entry's id follows its guid: a new entry on top and a changed text leave the others' ids as they were")
    func stableIDs() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("actu.rss", FormatFixtures.rss)
        let before = ArticleFiles.load(paths: [path]).articles.map(\.id)
        let newer = FormatFixtures.rss
            .replacingOccurrences(of: "<item>", with: "<item><title>Nouveau</title><guid>neuf</guid><description>Une nouvelle.</description></item><item>",
                                  options: [], range: FormatFixtures.rss.range(of: "<item>"))
            .replacingOccurrences(of: "déborder la Canche", with: "déborder la Canche et l'Authie")
        try folder.write("actu.rss", newer)
        let after = ArticleFiles.load(paths: [path]).articles.map(\.id)
        #expect(after.count == 3)
        #expect(Array(after.dropFirst()) == before)
    }

    @Test("two entries with the same guid get two ids (x, x#2) and a warning naming the feed and entries")
    func duplicateGuids() throws {
        let folder = try TemporaryFolder()
        let twice = FormatFixtures.rss.replacingOccurrences(of: "<guid isPermaLink=\"false\">id-42</guid>",
                                                            with: "<guid>https://quotidien.example/budget</guid>")
        let path = try folder.write("actu.rss", twice)
        let result = ArticleFiles.load(paths: [path])
        let ids = result.articles.map(\.id.rawValue)
        try #require(ids.count == 2)
        #expect(ids[1] == ids[0] + "#2")
        #expect(result.duplicateIDs.map(\.location) == ["\(path)#2"])
    }

    @Test("a feed or page problem is an issue naming the file and why; the rest still opens")
    func badFiles() throws {
        let folder = try TemporaryFolder()
        try folder.write("n1.txt", FormatFixtures.notes["n1.txt"] ?? "")
        let notFeed = try folder.write("sitemap.xml", "<?xml version=\"1.0\"?><urlset><url>x</url></urlset>")
        let empty = try folder.write("vide.rss", "")
        let noEntries = try folder.write("rien.rss", "<rss version=\"2.0\"><channel><title>Vide</title></channel></rss>")
        let result = ArticleFiles.load(paths: [folder.path])
        #expect(result.articles.map(\.id.rawValue) == ["n1"])
        let reasons = Dictionary(uniqueKeysWithValues: result.issues.map { ($0.location, $0.reason.description) })
        #expect(reasons[notFeed]?.contains("not a feed") == true, "\(reasons)")
        #expect(reasons[empty] == "empty file")
        #expect(reasons[noEntries] == "a feed without entries")
    }

    @Test("a 100 MB feed is refused before it is read, with its size and the limit")
    func hugeFeed() throws {
        let folder = try TemporaryFolder()
        let path = try folder.write("enorme.rss", "<rss>")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 100 * 1_048_576) // sparse: nothing written
        try handle.close()
        let clock = ContinuousClock()
        let start = clock.now
        let result = ArticleFiles.load(paths: [path])
        #expect(clock.now - start < .seconds(2))
        #expect(result.articles.isEmpty)
        #expect(result.issues.first?.reason.description.contains("too large to read: 100.0 MB (limit 64 MB)") == true, "\(result.issues)")
    }

    @Test("the index: every format listed in the catalogue, each article read alone as ArticleFiles.load reads it, problems name the skipped files")
    func index() throws {
        let folder = try TemporaryFolder()
        let index = try CorpusIndex(url: folder.url.appendingPathComponent("index/index.sqlite"))
        defer { try? index.close() }
        let corpus = folder.url.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FormatFixtures.writeFolder(corpus)
        let counter = AnalysisCounter()
        let files = CorpusFiles(paths: [corpus.path])
        let report = try index.update(files: files, analyser: IndexFixtures.analyser(counter))
        #expect(report.storedArticles == 8)
        let catalogue = try index.catalogue(files: files)
        let loaded = ArticleFiles.load(paths: [corpus.path]).articles
        #expect(Array(catalogue.ids) == loaded.map(\.id))
        #expect(Array(catalogue.titles) == loaded.map(\.title))
        #expect((0..<catalogue.count).map { catalogue.location(at: $0) } == loaded.map(\.location))
        #expect(catalogue.problems.filter { $0.reason == SkippedFiles.reason }.count == 2)
        let loader = ArticleLoader(data: try TestSupport.french())
        for position in 0..<catalogue.count {
            let article = try loader.article(at: catalogue.place(at: position), expected: catalogue.ids[position]).get()
            #expect(article.title == loaded[position].title)
            #expect(article.text == loaded[position].text)
            #expect(article.author == loaded[position].author)
            #expect(catalogue.position(location: article.location, id: article.id) == position)
        }
        // Unchanged: nothing read again; a feed changed: read again, its new entry found.
        #expect(try index.update(files: files, analyser: IndexFixtures.analyser(counter)).readFiles == 0)
        try Data(FormatFixtures.rss.replacingOccurrences(of: "</channel>", with: "<item><title>Trois</title><guid>t3</guid><description>Encore une.</description></item></channel>").utf8)
            .write(to: corpus.appendingPathComponent("actu.rss"))
        let again = try index.update(files: files, analyser: IndexFixtures.analyser(counter))
        #expect(again.readFiles == 1)
        #expect(try index.catalogue(files: files).count == 9)
    }

    @Test("the index: a feed that breaks is one issue naming it (warm starts too), its entries gone, the rest kept")
    func brokenFeedInIndex() throws {
        let folder = try TemporaryFolder()
        let index = try CorpusIndex(url: folder.url.appendingPathComponent("index/index.sqlite"))
        defer { try? index.close() }
        let corpus = folder.url.appendingPathComponent("corpus")
        try FileManager.default.createDirectory(at: corpus, withIntermediateDirectories: true)
        try FormatFixtures.writeFolder(corpus, extras: false)
        let files = CorpusFiles(paths: [corpus.path])
        let counter = AnalysisCounter()
        try index.update(files: files, analyser: IndexFixtures.analyser(counter))
        #expect(try index.catalogue(files: files).count == 8)
        let feed = corpus.appendingPathComponent("actu.rss")
        try Data("<?xml version=\"1.0\"?><html><body>plus un flux</body></html>".utf8).write(to: feed)
        try index.update(files: files, analyser: IndexFixtures.analyser(counter))
        for _ in 0..<2 { // the update that finds it, then a warm start that reads nothing
            let catalogue = try index.catalogue(files: files)
            #expect(catalogue.count == 6)
            #expect(!catalogue.ids.contains { $0.rawValue.hasPrefix("actu-") })
            #expect(catalogue.issues.map(\.location) == [feed.path], "\(catalogue.issues)")
            #expect(catalogue.issues.first?.reason.description.contains("not a feed") == true)
            #expect(try index.update(files: files, analyser: IndexFixtures.analyser(counter)).readFiles == 0)
        }
    }
}
