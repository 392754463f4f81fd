import KiosqueCore

extension EntityKind {
    /// The theme role of mentions of this type.
    var role: Role {
        switch self {
        case .person: return .entityPerson
        case .location: return .entityLocation
        case .organization: return .entityOrganization
        case .date: return .entityDate
        }
    }

    /// The type's name in the interface (legend, entity view).
    var nameKey: StringKey {
        switch self {
        case .person: return .entityPerson
        case .location: return .entityLocation
        case .organization: return .entityOrganization
        case .date: return .entityDate
        }
    }

    /// The action that shows or hides this type.
    var toggleAction: Action {
        switch self {
        case .person: return .togglePerson
        case .location: return .toggleLocation
        case .organization: return .toggleOrganization
        case .date: return .toggleDate
        }
    }
}

/// Styles entity mentions in the reader by source offset: the type's style, then the highlight
/// (the entity chosen in the entity view), then the mark (`]` / `[`), each patched over the
/// text's own style.
struct EntityPaint {
    /// The shown mentions of the open article, sorted by position.
    let entities: [Entity]
    /// Start offsets of the mentions of the highlighted entity (matched once per frame, not
    /// once per glyph).
    let highlighted: Set<Int>
    let mark: TextRange?
    let theme: Theme

    init(state: AppState) {
        let shown = state.entities.visible(state.open?.entities ?? [])
        entities = shown
        highlighted = state.entities.highlighted.map { key in
            Set(shown.filter { state.entities.mentions(key, $0) }.map(\.range.start))
        } ?? []
        mark = state.reader.mark
        theme = state.theme
    }

    /// Mentions that overlap `start..<end`, in order (binary search on the sorted mentions).
    func mentions(from start: Int, to end: Int) -> ArraySlice<Entity> {
        var low = 0, high = entities.count
        while low < high {
            let mid = (low + high) / 2
            if entities[mid].range.end <= start { low = mid + 1 } else { high = mid }
        }
        var last = low
        while last < entities.count && entities[last].range.start < end { last += 1 }
        return entities[low..<last]
    }

    /// The mention holding `offset`, walking `mentions` with `cursor` (glyphs come in source
    /// order, so the walk is linear over a line).
    func mention(at offset: Int, in mentions: ArraySlice<Entity>, cursor: inout Int) -> Entity? {
        while cursor < mentions.endIndex && mentions[cursor].range.end <= offset { cursor += 1 }
        guard cursor < mentions.endIndex, mentions[cursor].range.contains(offset) else { return nil }
        return mentions[cursor]
    }

    /// The style for a glyph at `offset` over `base` (see `mention(at:in:cursor:)`).
    func style(at offset: Int, base: Style, mentions: ArraySlice<Entity>, cursor: inout Int) -> Style {
        guard let entity = mention(at: offset, in: mentions, cursor: &cursor) else { return base }
        return style(of: entity, base: base)
    }

    /// A mention's style over `base`: its type, then the highlight, then the mark.
    func style(of entity: Entity, base: Style) -> Style {
        var style = base.patched(with: theme.style(for: entity.kind.role))
        if highlighted.contains(entity.range.start) { style = style.patched(with: theme.style(for: .entityHighlight)) }
        if entity.range == mark { style = style.patched(with: theme.style(for: .entityMark)) }
        return style
    }
}
