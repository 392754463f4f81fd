/// What the screens are expected to show: adapt here when the views change.
enum Expected {
    /// Text on the reader's first frame: the start of the title of the first row (the newest
    /// seed article, 004, dated 2024-03), in the list and in the reader.
    static let firstFrame = "Cette relati"
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

/// The reader's screens, as the journey of issue 2 sees them.
extension Expected {
    /// The bottom line of a frame (written last): the hint bar, in English and in French.
    static let hintBar = "? help  q quit"
    static let hintBarFrench = "? aide"
    /// Panel titles.
    static let listTitle = "Articles (2 unread / 2)"
    static let readerTitle = "─ Reader "
    static let readerTitleFrench = "─ Lecture "
    static let detailsTitle = "─ Details "
    static let detailsTitleFrench = "─ Détails "
    /// The tab bar below 100 columns, in the reader.
    static let tabBarOnReader = "Articles  [Reader]  Details"
    /// Help: its title and one binding line.
    static let helpTitle = "Help: keys"
    static let helpTitleFrench = "Aide : touches"
    static let helpBinding = "next article, sentence or row"
    /// The second row (newest first: seed 000, 2024-02-29): its list row, a word of its text,
    /// its first two sentences (the second starts inside a line). (At 120 columns the row also shows the article's sector marks,
    /// so the title is cut early.)
    static let secondRow = "2024-02-29 Lutte contre"
    /// The same row where the list is wide enough for the outlet column (the seeds' folder).
    static let secondRowWithOutlet = "2024-02-29 seeds Lutte contre"
    static let secondText = "ministres maliens"
    static let secondFirstSentence = "Les ministres maliens des"
    static let secondSentenceTwo = "Ils se sont entretenus"
    /// The passage cursor in the reader's margin, and the mark of the open article in the list.
    static let passageMark: Character = "▌"
    static let openMark = "•"
    /// The mark of an unread article in the list (every article but the open one, on a first start).
    static let unreadMark = "*"
    /// Below 60x15.
    static func tooSmall(width: Int, height: Int) -> String {
        "Terminal too small: 60x15 needed, now \(width)x\(height)"
    }
    /// The status line when reading the files met problems.
    static let loadIssues = "problems reading the files:"
}

/// What the entity journey expects (English interface, seed articles).
enum ExpectedEntities {
    /// The side panel's title in the entity view, and its first group.
    static let viewTitle = "─ Entities "
    static let peopleGroup = "People ("
    /// The entity filtered by, as the entity view lists it, and the list header's start.
    static let name = "Sergueï Lavrov"
    static let header = "Articles ("
    /// The list header with no filter on the two seeds (the first one opened).
    static let unfiltered = "Articles (1 unread / 2)"
    /// How the mark (`]`) is drawn with colours: reverse (SGR 7), then yellow (33), then the text.
    static let markPattern = #"\x1b\[[0-9;]*7m\x1b\[33m([^\x1b]+)"#
}
