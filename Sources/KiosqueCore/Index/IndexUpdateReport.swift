/// What an index update did.
public struct IndexUpdateReport: Sendable {
    /// The files walked, in corpus order (pass them to `CorpusIndex.catalogue(files:)`).
    public var files: CorpusFiles
    /// Files that were not read because they are unchanged.
    public var unchangedFiles: Int
    /// Files read (new, changed, or resumed).
    public var readFiles: Int
    /// Articles read and stored.
    public var storedArticles: Int
    /// Of those, articles analysed (the rest had an analysis under the same content hash).
    public var analysedArticles: Int
    /// Analyses dropped because no article uses them any more.
    public var droppedAnalyses: Int
    /// Files that disappeared from the folders given, removed from the index.
    public var removedFiles: Int
    /// Files that could not be read this time (they keep what the index had, if anything).
    public var issues: [LoadIssue]
    /// True when stopped by an `IndexCancellation` before the end.
    public var cancelled: Bool
}
