import KiosqueCore

/// The background index update as the reader knows it.
public struct IndexState: Sendable {
    /// True while an update runs (the runtime sets it when it starts one; `Message.indexFinished`
    /// clears it): the status line shows the progress, filters say `partial`.
    public var running = false
    /// The last progress reported.
    public var progress: IndexProgress?
    /// Why the update stopped before the end (the index could not be written, word lists
    /// missing), shown in the status line.
    public var failure: String?
    /// Files the last update could not read (they keep what the index had).
    public var issues: [LoadIssue] = []

    public init(running: Bool = false) { self.running = running }
}

/// A catalogue read again while (or after) the index is updated.
public struct CatalogueUpdate: Sendable {
    /// Increases with each catalogue the worker reads (the one read at start is 0).
    public var serial: Int
    public var catalogue: Catalogue

    public init(serial: Int, catalogue: Catalogue) {
        self.serial = serial
        self.catalogue = catalogue
    }
}

/// How an index update ended.
public struct IndexOutcome: Sendable {
    /// Files that could not be read this time.
    public var issues: [LoadIssue]
    /// Stopped on request (the program is ending).
    public var cancelled: Bool
    /// Why it failed, nil when it did not.
    public var failure: String?

    public init(issues: [LoadIssue] = [], cancelled: Bool = false, failure: String? = nil) {
        self.issues = issues
        self.cancelled = cancelled
        self.failure = failure
    }
}
