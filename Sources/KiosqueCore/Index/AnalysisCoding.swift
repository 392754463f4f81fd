import Foundation

/// The binary forms of an analysis in the index.
///
/// - entities: strings table (distinct texts and canonical names), then per entity a byte (type
///   index, plus 0x80 when readable), start, length, text index, canonical index (varints).
/// - sectors: count, one level byte per sector, one float32 score per sector (read with each
///   catalogue row, so kept small).
/// - paragraph sectors: paragraph count, sector count, then the (paragraph, sector, level) entries
///   that are not absent.
enum AnalysisCoding {
    static let kinds = EntityKind.allCases

    static func entities(_ analysis: ArticleAnalysis) -> Data {
        var strings: [String] = []
        // Keyed by bytes: `String` equality is canonical equivalence, which would store a
        // decomposed `Algérie` (e + U+0301) as the precomposed one found earlier in the article.
        var numbers: [[UInt8]: Int] = [:]
        func number(_ s: String) -> Int {
            let key = Array(s.utf8)
            if let n = numbers[key] { return n }
            numbers[key] = strings.count
            strings.append(s)
            return strings.count - 1
        }
        let refs = analysis.entities.map { (number($0.text), number($0.canonical)) }
        var writer = ByteWriter()
        writer.varint(strings.count)
        for s in strings { writer.string(s) }
        writer.varint(analysis.entities.count)
        for (i, entity) in analysis.entities.enumerated() {
            let kind = UInt8(kinds.firstIndex(of: entity.kind) ?? 0)
            writer.byte(kind | (analysis.readable[i] ? 0x80 : 0))
            writer.varint(entity.range.start)
            writer.varint(entity.range.length)
            writer.varint(refs[i].0)
            writer.varint(refs[i].1)
        }
        return writer.data
    }

    static func entities(_ data: Data) throws(ByteReader.Truncated) -> (entities: [Entity], readable: [Bool]) {
        var reader = ByteReader(data)
        let stringCount = try reader.varint()
        var strings: [String] = []
        strings.reserveCapacity(min(stringCount, 4096))
        for _ in 0..<stringCount { strings.append(try reader.string()) }
        let count = try reader.varint()
        var entities: [Entity] = []
        var readable: [Bool] = []
        entities.reserveCapacity(min(count, 4096))
        for _ in 0..<count {
            let flags = try reader.byte()
            let start = try reader.varint()
            let length = try reader.varint()
            let text = try reader.varint()
            let canonical = try reader.varint()
            let kindIndex = Int(flags & 0x7F)
            guard kindIndex < kinds.count, text < strings.count, canonical < strings.count else { throw ByteReader.Truncated() }
            entities.append(Entity(kind: kinds[kindIndex], range: TextRange(start, start + length),
                                   text: strings[text], canonical: strings[canonical]))
            readable.append(flags & 0x80 != 0)
        }
        return (entities, readable)
    }

    static func sectors(levels: [SectorLevel], scores: [Double]) -> Data {
        var writer = ByteWriter()
        writer.varint(levels.count)
        for level in levels { writer.byte(UInt8(level.rawValue)) }
        for s in levels.indices { writer.float(s < scores.count ? scores[s] : 0) }
        return writer.data
    }

    static func sectors(_ data: Data) throws(ByteReader.Truncated) -> (levels: [SectorLevel], scores: [Double]) {
        var reader = ByteReader(data)
        let count = try reader.varint()
        var levels: [SectorLevel] = []
        for _ in 0..<count { levels.append(SectorLevel(rawValue: Int(try reader.byte())) ?? .absent) }
        var scores: [Double] = []
        for _ in 0..<count { scores.append(try reader.float()) }
        return (levels, scores)
    }

    static func paragraphSectors(_ paragraphs: [[SectorLevel]]) -> Data {
        var writer = ByteWriter()
        let sectorCount = paragraphs.first?.count ?? 0
        writer.varint(paragraphs.count)
        writer.varint(sectorCount)
        for (p, levels) in paragraphs.enumerated() {
            for (s, level) in levels.enumerated() where level != .absent {
                writer.varint(p)
                writer.varint(s)
                writer.byte(UInt8(level.rawValue))
            }
        }
        return writer.data
    }

    static func paragraphSectors(_ data: Data) throws(ByteReader.Truncated) -> [[SectorLevel]] {
        var reader = ByteReader(data)
        let paragraphCount = try reader.varint()
        let sectorCount = try reader.varint()
        guard paragraphCount <= 1_000_000, sectorCount <= 1000 else { throw ByteReader.Truncated() }
        var levels = [[SectorLevel]](repeating: [SectorLevel](repeating: .absent, count: sectorCount), count: paragraphCount)
        while !reader.atEnd {
            let p = try reader.varint()
            let s = try reader.varint()
            let level = SectorLevel(rawValue: Int(try reader.byte())) ?? .absent
            guard p < paragraphCount, s < sectorCount else { throw ByteReader.Truncated() }
            levels[p][s] = level
        }
        return levels
    }
}
