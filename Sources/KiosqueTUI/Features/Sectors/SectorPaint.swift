import KiosqueCore

/// Styles of sector marks: a theme role (attributes that survive monochrome) with the sector's
/// own colour from the taxonomy laid over it when the terminal has colours.
enum SectorPaint {
    /// The taxonomy's colour names (`red`, `bright-green`) as system colours.
    static let colors: [String: Color] = {
        let base = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]
        var out: [String: Color] = [:]
        for (i, name) in base.enumerated() {
            out[name] = .system(UInt8(i))
            out["bright-" + name] = .system(UInt8(i + 8))
        }
        return out
    }()

    /// The colour of a sector, `.default` for a name the table lacks.
    static func color(of sector: Sector) -> Color { colors[sector.colour] ?? .default }

    /// The style of `role` for a sector.
    static func style(_ role: Role, sector: Sector, theme: Theme) -> Style {
        let style = theme.style(for: role)
        guard theme.colors != .monochrome else { return style }
        return style.patched(with: Style(foreground: color(of: sector)))
    }
}

/// The sector marks of a list row: keys of central sectors in upper case and bold (`DEF`), of
/// mentioned ones in lower case and dim (`ene`), so case tells them apart without colour.
enum SectorMarks {
    struct Mark: Hashable {
        var text: String
        var sector: Int
        var central: Bool
    }

    /// Columns kept for the title before marks are dropped: at least this many, at least
    /// `titleShare` of the room after the date, and from `titleTarget` columns of room on, all but
    /// two marks' worth up to `titleTarget` (a title reads whole at 60; other marks go to `+n`).
    static let minimumTitle = 12
    static let titleShare = 0.6
    static let titleTarget = 60

    /// The sectors of the filter first (they explain why the row is there), then the other
    /// central sectors, then the other mentioned ones, each in taxonomy order.
    static func marks(_ result: ArticleSectors?, sectors: [Sector], active: Set<Int> = []) -> [Mark] {
        guard let result else { return [] }
        let entries = result.entries.filter { Int($0.sector) < sectors.count }
        func rank(_ entry: ArticleSectors.Entry) -> Int {
            (active.contains(Int(entry.sector)) ? 0 : 2) + (entry.level == .central ? 0 : 1)
        }
        let ordered = entries.enumerated().sorted { (rank($0.element), $0.offset) < (rank($1.element), $1.offset) }.map(\.element)
        return ordered.map { entry in
            let key = sectors[Int(entry.sector)].key
            return Mark(text: entry.level == .central ? key.uppercased() : key.lowercased(), sector: Int(entry.sector),
                        central: entry.level == .central)
        }
    }

    /// Columns the marks take, a space before each.
    static func width(_ marks: [Mark]) -> Int { marks.reduce(0) { $0 + 1 + DisplayWidth.of($1.text) } }

    /// The marks that fit in `room` columns while leaving the title its share, dropping the last
    /// ones first (mentioned sectors outside the filter); `dropped` is how many went, shown as
    /// `+n` when that fits too.
    static func fit(_ marks: [Mark], room: Int) -> (marks: [Mark], dropped: Int) {
        let budget = room - max(minimumTitle, Int((Double(room) * titleShare).rounded(.up)), room >= titleTarget ? min(titleTarget, room - 8) : 0)
        var kept = marks
        while !kept.isEmpty && width(kept) > budget { kept.removeLast() }
        let dropped = marks.count - kept.count
        guard !kept.isEmpty, dropped > 0 else { return (kept, 0) }
        return width(kept) + 2 + String(dropped).count <= budget ? (kept, dropped) : (kept, 0)
    }
}
