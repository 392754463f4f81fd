import Foundation

/// One batch file's lines: records, or lines the library cannot read (kept as they are when the
/// file is written again, so nothing put there is lost).
enum LibraryBatch {
    enum Line {
        case record(LibraryRecord)
        case raw(Data)
    }

    static func read(_ url: URL) -> [Line] {
        guard let data = try? Data(contentsOf: url) else { return [] }
        let decoder = JSONDecoder()
        return data.split(separator: 0x0A).compactMap { bytes -> Line? in
            let line = Data(bytes)
            guard line.contains(where: { $0 != 0x20 && $0 != 0x09 && $0 != 0x0D }) else { return nil }
            if let record = try? decoder.decode(LibraryRecord.self, from: line) { return .record(record) }
            return .raw(line)
        }
    }

    static func data(_ lines: [Line]) throws -> Data {
        var out = Data()
        for line in lines {
            switch line {
            case .record(let record): out.append(try record.line())
            case .raw(let data): out.append(data)
            }
            out.append(0x0A)
        }
        return out
    }
}
