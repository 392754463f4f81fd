/// The three panels, left to right; the focused one gets the keys.
public enum Panel: Int, CaseIterable, Hashable, Sendable {
    case list, reader, side

    /// The panel after this one, wrapping around.
    var next: Panel { Panel(rawValue: (rawValue + 1) % Panel.allCases.count) ?? .list }
    var previous: Panel { Panel(rawValue: (rawValue + Panel.allCases.count - 1) % Panel.allCases.count) ?? .list }
}
