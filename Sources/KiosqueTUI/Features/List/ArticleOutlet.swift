import KiosqueCore

/// The outlet a list row names: the article's source (a feed's name, JSONL `source`), else the
/// host of its link (without `www.`), else the folder holding its file.
enum ArticleOutlet {
    /// The widest outlet column.
    static let maxWidth = 16
    /// Narrower than this, the column is left out (a name cut to 4 columns says nothing).
    static let minWidth = 5
    /// The room after the date below which the title keeps it all (a list beside two panels).
    static let minRoom = 32

    static func name(source: String?, url: String?, path: String) -> String? {
        ArticleOutletName.name(source: source, url: url, path: path)
    }

    /// The outlet of the article at a catalogue position.
    static func name(at position: Int, in catalogue: Catalogue) -> String? {
        name(source: catalogue.source(at: position), url: catalogue.url(at: position), path: catalogue.place(at: position).path)
    }

    /// The outlet column's width for rows whose widest outlet is `widest`, when `room` columns
    /// follow the date: at most 16 and a quarter of the room, so the title keeps most of it; 0
    /// (no column) below `minRoom`, or when names would be cut to less than `minWidth`.
    static func columnWidth(widest: Int, room: Int) -> Int {
        guard room >= minRoom else { return 0 }
        let width = max(0, min(maxWidth, widest, room / 4))
        return width == widest || width >= minWidth ? width : 0
    }
}
