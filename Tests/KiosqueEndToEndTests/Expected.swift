/// What the screens are expected to show: adapt here when the views change.
enum Expected {
    /// Text on the reader's first frame: the title of the first seed article, in the list.
    static let firstFrame = "Lutte contre les terroristes"
    /// The start of the message when the reader has no terminal.
    static let noTerminal = "kiosque: the reader needs a terminal"
    /// Parts of the messages for a terminal the reader refuses.
    static let dumbTerminal = "TERM=dumb cannot show the reader"
    static let termUnset = "TERM is not set"
    static let notUTF8 = "not UTF-8"
    static let unknownTerminal = "unknown terminal type TERM=no-such-terminal"
    /// Every refusal points to the plain commands.
    static let plainHint = "kiosque list"
}

/// What the entity journey expects (English interface, seed articles).
enum ExpectedEntities {
    /// The side panel's title in the entity view, and its first group.
    static let viewTitle = "─ Entities "
    static let peopleGroup = "People ("
    /// The entity filtered by, as the entity view lists it, and the list header's start.
    static let name = "Sergueï Lavrov"
    static let header = "Articles ("
    /// The list header with no filter on the two seeds.
    static let unfiltered = "Articles (2)"
    /// How the mark (`]`) is drawn with colours: reverse (SGR 7), then yellow (33), then the text.
    static let markPattern = #"\x1b\[[0-9;]*7m\x1b\[33m([^\x1b]+)"#
}
