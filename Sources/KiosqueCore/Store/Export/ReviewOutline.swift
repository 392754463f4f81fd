import Foundation

/// What a press review holds, whatever it is written as (Markdown, HTML): its sections, each
/// with its articles and their passages.
///
/// When one of the bookmarks has a tag of the analyst, the review is grouped by tag: a bookmark
/// with several tags appears under each of them (a theme's section is then whole), sections in
/// alphabetical order ignoring case and accents, untagged bookmarks last (`labels.untagged`).
/// Otherwise it is grouped by sector, as before tags: each bookmark once, under its first
/// preferred sector, sections in the taxonomy's order, those without a sector last.
public struct ReviewOutline: Sendable {
    public enum Grouping: Hashable, Sendable {
        case sector
        case tag
    }

    /// One heading of the review: a sector or a tag, or nil for the last section (no sector, no tag).
    public struct Section: Sendable {
        public var name: String?
        /// The section's articles in review order, each as its passages in text order.
        public var articles: [[Bookmark]]
    }

    public var grouping: Grouping
    public var sections: [Section]

    public init(_ bookmarks: [Bookmark], sectorOrder: [String] = [], preferredSectors: [String] = []) {
        if bookmarks.contains(where: { !$0.tags.isEmpty }) {
            grouping = .tag
            sections = Self.tagGroups(bookmarks).map { Section(name: $0.0, articles: MarkdownExport.byArticle($0.1)) }
        } else {
            grouping = .sector
            sections = MarkdownExport.groups(bookmarks, sectorOrder: sectorOrder, preferred: preferredSectors)
                .map { Section(name: $0.0, articles: MarkdownExport.byArticle($0.1)) }
        }
    }

    /// The heading of a section: the sector's name, `#tag`, or the last section's label.
    public func heading(_ section: Section, labels: ReviewLabels) -> String {
        guard let name = section.name else { return grouping == .tag ? labels.untagged : labels.other }
        return grouping == .tag ? "#" + name : name
    }

    /// The sectors worth naming beside a passage: all of them, but the section's own.
    public func otherSectors(_ bookmark: Bookmark, in section: Section) -> [String] {
        guard grouping == .sector, let name = section.name else { return bookmark.sectors }
        return bookmark.sectors.filter { Folding.fold($0) != Folding.fold(name) }
    }

    /// The tags worth naming beside a passage: all of them, but the section's own.
    public func otherTags(_ bookmark: Bookmark, in section: Section) -> [String] {
        guard grouping == .tag, let name = section.name else { return bookmark.tags }
        return bookmark.tags.filter { Folding.fold($0) != Folding.fold(name) }
    }

    /// People, places and organisations of a passage, each once (case and accents ignored):
    /// dates and repeats are noise in a review.
    public static func namedEntities(_ bookmark: Bookmark) -> [BookmarkEntity] {
        var seen = Set<String>()
        return bookmark.entities.filter { $0.kind != .date && seen.insert(Folding.fold($0.text)).inserted }
    }

    /// (tag as first written, its bookmarks) by tag, alphabetical ignoring case and accents;
    /// (nil, untagged bookmarks) last.
    static func tagGroups(_ bookmarks: [Bookmark]) -> [(String?, [Bookmark])] {
        var members: [String: [Bookmark]] = [:]
        var names: [String: String] = [:]
        var untagged: [Bookmark] = []
        for bookmark in bookmarks {
            if bookmark.tags.isEmpty { untagged.append(bookmark) }
            for tag in bookmark.tags {
                let key = Folding.fold(tag)
                members[key, default: []].append(bookmark)
                names[key] = names[key] ?? tag
            }
        }
        var out: [(String?, [Bookmark])] = members.keys.sorted().map { (names[$0], members[$0] ?? []) }
        if !untagged.isEmpty { out.append((nil, untagged)) }
        return out
    }
}
