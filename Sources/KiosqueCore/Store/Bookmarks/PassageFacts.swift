/// The sectors and entities of a passage, computed from an article's analysis when a bookmark is
/// made (by `kiosque bookmarks add` and by the reader).
public enum PassageFacts {
    /// The sectors of the paragraphs the passage overlaps (level 1 or 2 there), strongest score
    /// first; when none of them is about a sector, the article's central sectors (level 2), so
    /// that a short passage of an article about défense is still filed under défense.
    public static func sectors(of range: TextRange, in article: Article, analysis: SectorAnalysis) -> [String] {
        var scores: [Int: Double] = [:]
        for (p, paragraph) in article.paragraphs.enumerated() where p < analysis.paragraphs.count {
            let overlaps = paragraph.range.overlaps(range)
                || (range.isEmpty && paragraph.range.contains(range.start))
            guard overlaps else { continue }
            for (s, finding) in analysis.paragraphs[p].enumerated() where finding.level != .absent {
                scores[s, default: 0] += finding.score
            }
        }
        if scores.isEmpty {
            for (s, finding) in analysis.article.enumerated() where finding.level == .central {
                scores[s] = finding.score
            }
        }
        return scores.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }
            .compactMap { s, _ in s < analysis.sectors.count ? analysis.sectors[s].name : nil }
    }

    /// The entities whose mention lies inside the passage, in text order, each (kind, canonical
    /// name) once, named by their canonical (fullest) name, with the passage's other spellings
    /// of it (`Macron` for `Emmanuel Macron`).
    public static func entities(of range: TextRange, among entities: [Entity]) -> [BookmarkEntity] {
        var at: [BookmarkEntity: Int] = [:]
        var out: [BookmarkEntity] = []
        for entity in entities.sorted(by: { $0.range.start < $1.range.start })
        where entity.range.start >= range.start && entity.range.end <= range.end {
            let name = entity.canonical.isEmpty ? entity.text : entity.canonical
            let key = BookmarkEntity(text: name, kind: entity.kind)
            let index = at[key] ?? out.count
            if index == out.count {
                at[key] = index
                out.append(key)
            }
            EntityName.addSpelling(entity.text, of: name, to: &out[index].written)
        }
        return out
    }

    /// The entities of the passage among those the reader shows (title and shown paragraphs:
    /// `ArticleAnalysis.readableEntities`), so that no bookmark is filed under a name of the
    /// page debris.
    public static func entities(of range: TextRange, in analysis: ArticleAnalysis) -> [BookmarkEntity] {
        entities(of: range, among: analysis.readableEntities)
    }
}
