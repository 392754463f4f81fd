import Foundation

/// Makes article ids unique in a corpus, the same way for the index's catalogue and for
/// `ArticleFiles.load`, so that both modes give the same ids.
///
/// An article's *source id* is what its source says: the file name without extension, or the
/// JSONL `id` field. When it is unique in the corpus it is the article's id. Articles sharing a
/// source id are told apart by the nearest folders of their file (`a/x`, `b/x`; for a JSONL
/// line, the file's name without extension first: `feeds/x`), each with as few folders as make it
/// unique; what folders cannot tell apart (the same id twice in one JSONL file, `x.txt` beside
/// `x.md`) gets `#2`, `#3`... in corpus order. Folders are those of the absolute path, so ids do
/// not depend on how the paths were typed; ids change only when the corpus gains or loses an
/// article of the same source id (bookmarks and reading state then find their article by
/// location first: `isQualification`).
public enum CorpusIDs {
    /// One article as the rule sees it.
    public struct Source: Sendable {
        public var id: String
        /// The file's absolute path.
        public var path: String
        public var kind: FileKind
        /// JSONL line or feed entry (from 1), 0 for a text file or a page.
        public var line: Int
        /// `Article.location` (the path as walked, with `:line` for JSONL), for warnings.
        public var location: String

        public init(id: String, path: String, kind: FileKind, line: Int, location: String) {
            self.id = id
            self.path = path
            self.kind = kind
            self.line = line
            self.location = location
        }
    }

    /// A source id found more than once in one JSONL file (or one feed): what the user is warned about.
    public struct Duplicate: Hashable, Sendable {
        public var sourceID: String
        /// `path:line` of the later line, and of the first line with that id.
        public var location: String
        public var first: String
        /// The id the later line gets.
        public var assigned: String

        public var reason: LoadReason { .duplicateID(id: sourceID, first: first, assigned: assigned) }
        public var issue: LoadIssue { LoadIssue(location: location, reason: reason) }
    }

    /// For a whole corpus of `count` articles in corpus order, `id(k)` the source id of each: the
    /// new id of each article whose source id is shared (by position), found with one set pass
    /// (nothing more in the usual corpus), and the duplicate JSONL ids met. `source(k)` is only
    /// asked of the articles sharing an id.
    public static func unique(count: Int, id: (Int) -> String, source: (Int) -> Source)
        -> (ids: [Int: String], duplicates: [Duplicate]) {
        // Every catalogue read runs this (the warm open of 100,000 articles included): ids go
        // into an open-addressing table keyed on their 64-bit FNV-1a hash, and are compared as
        // strings only where two hashes are equal. A `Set<String>` of every id cost about 15 % of
        // the catalogue read (seeded hashing), a sort of the hashes about 9 %.
        var capacity = 16
        while capacity < count * 2 { capacity <<= 1 }
        let mask = capacity - 1
        var positions = [Int32](repeating: -1, count: capacity)
        var hashes = [UInt64](repeating: 0, count: capacity)
        var shared = Set<String>()
        for k in 0..<count {
            let text = id(k)
            let hash = fnv1a(text)
            var slot = Int(truncatingIfNeeded: hash) & mask
            var duplicate = false
            while positions[slot] >= 0 {
                if hashes[slot] == hash, id(Int(positions[slot])) == text {
                    duplicate = true
                    break
                }
                slot = (slot + 1) & mask
            }
            if duplicate {
                shared.insert(text)
            } else {
                positions[slot] = Int32(k)
                hashes[slot] = hash
            }
        }
        guard !shared.isEmpty else { return ([:], []) }
        let seen = Set((0..<count).map(id))
        let members = (0..<count).filter { shared.contains(id($0)) }
        let (assigned, duplicates) = assign(members.map(source), taken: seen.subtracting(shared))
        return (Dictionary(uniqueKeysWithValues: assigned.map { (members[$0.key], $0.value) }), duplicates)
    }

    /// The unique id of each article of `sources` whose source id is shared (by index into
    /// `sources`; the first of a group may keep its source id), and the duplicate JSONL ids met.
    /// `taken`: ids of other articles of the corpus, which no qualified id may take.
    public static func assign(_ sources: [Source], taken others: Set<String> = []) -> (ids: [Int: String], duplicates: [Duplicate]) {
        var groups: [String: [Int]] = [:]
        for (i, source) in sources.enumerated() { groups[source.id, default: []].append(i) }
        var assigned: [Int: String] = [:]
        var taken = others.union(groups.keys)
        var duplicates: [Duplicate] = []
        for (id, members) in groups where members.count > 1 {
            let qualifiers = members.map { folders(of: sources[$0]) }
            var names: [String] = []
            for folders in qualifiers {
                // The fewest folders that tell it from every member in other folders (members in
                // the same folders are numbered below).
                let others = qualifiers.indices.filter { qualifiers[$0] != folders }
                var depth = 0
                while depth < folders.count,
                      others.contains(where: { Array(qualifiers[$0].prefix(depth)) == Array(folders.prefix(depth)) }) {
                    depth += 1
                }
                names.append((folders.prefix(depth).reversed() + [id]).joined(separator: "/"))
            }
            // Equal names (folders cannot tell them apart): #2, #3... after the first, in order.
            var seen: [String: (count: Int, first: Int)] = [:]
            for (k, i) in members.enumerated() {
                var name = names[k]
                if let earlier = seen[name] {
                    seen[name] = (earlier.count + 1, earlier.first)
                    let base = name
                    var n = earlier.count + 1
                    name = "\(base)#\(n)"
                    while taken.contains(name) {
                        n += 1
                        name = "\(base)#\(n)"
                    }
                    let source = sources[i], first = sources[earlier.first]
                    if source.kind == .jsonLines || source.kind == .feed, first.path == source.path {
                        duplicates.append(Duplicate(sourceID: id, location: source.location, first: first.location,
                                                    assigned: name))
                    }
                } else {
                    seen[name] = (1, i)
                    if taken.contains(name) && name != id {
                        // A qualified name that is another article's own id: keep counting.
                        var n = 2
                        while taken.contains("\(name)#\(n)") { n += 1 }
                        name = "\(name)#\(n)"
                    }
                }
                taken.insert(name)
                assigned[i] = name
            }
        }
        return (assigned, duplicates)
    }

    /// FNV-1a 64 of the UTF-8 bytes: cheap, no per-call seeding (unlike `Hasher`).
    static func fnv1a(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8(fnv1a(bytes:))
    }

    /// FNV-1a 64 of `bytes` (a row's text as SQLite gives it).
    static func fnv1a(bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return h
    }

    /// True when `id` names the article of source id `sourceID`: the same, or one of its
    /// qualified forms (`a/x`, `x#2`, `a/x#2` for `x`). Bookmarks and reading state made when the
    /// article had another qualification still find it (with its location).
    public static func isQualification(_ id: String, of sourceID: String) -> Bool {
        if id == sourceID { return true }
        var base = Substring(id)
        if let hash = base.lastIndex(of: "#"), base[base.index(after: hash)...].allSatisfy(\.isNumber),
           base.index(after: hash) < base.endIndex {
            base = base[..<hash]
            if base == sourceID { return true }
        }
        return base.hasSuffix("/" + sourceID)
    }

    /// True when two ids may name the same article under two qualifications (`x`, `a/x`, `x#2`):
    /// the same once the `#n` and the folders are taken off. Only meaningful for two articles at
    /// the same location.
    public static func sameSource(_ a: String, _ b: String) -> Bool {
        a == b || isQualification(a, of: b) || isQualification(b, of: a) || unqualified(a) == unqualified(b)
    }

    /// `id` without its `#n` and its folders.
    static func unqualified(_ id: String) -> Substring {
        var base = Substring(id)
        if let hash = base.lastIndex(of: "#"), base.index(after: hash) < base.endIndex,
           base[base.index(after: hash)...].allSatisfy(\.isNumber) {
            base = base[..<hash]
        }
        if let slash = base.lastIndex(of: "/") { base = base[base.index(after: slash)...] }
        return base
    }

    /// The folders that qualify an article, nearest first: for a JSONL line, its file's name
    /// without extension first.
    static func folders(of source: Source) -> [String] {
        var parts = SystemPath.display(source.path).split(separator: "/").map(String.init)
        guard let file = parts.popLast() else { return [] }
        if source.kind == .jsonLines { parts.append((file as NSString).deletingPathExtension) }
        return parts.reversed()
    }
}
