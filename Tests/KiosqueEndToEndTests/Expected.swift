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
