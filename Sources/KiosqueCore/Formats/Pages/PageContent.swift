import Foundation
import KiosqueMarkup

/// Finds the article in a parsed page and gives its paragraphs, as readability and trafilatura
/// do: page furniture dropped (by tag, by `class`/`id` words, hidden elements), paragraphs scored
/// by length and commas and their score given to their parents, the best container kept with its
/// related siblings, then link-heavy blocks, teasers and debris lines dropped inside it.
///
/// Every pass is a loop over the node array (parents come before their children), so time and
/// memory are linear in the page and nothing recurses.
struct PageContent {
    /// Elements never holding article text.
    static let neverText: Set<String> = [
        "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "canvas", "video", "audio",
        "map", "head", "title", "img", "picture", "source", "link", "meta", "math",
    ]
    /// Elements that are furniture unless they hold most of the page's article text: an ASP.NET
    /// `<form>` around the whole page, or an element libxml2's HTML 4 parser left open (it does not
    /// know `<nav>` or `<header>` and may put the rest of the page inside them).
    static let usuallyFurniture: Set<String> = [
        "footer", "aside", "form", "header", "fieldset", "nav", "menu", "dialog", "label", "button", "select",
        "input", "textarea", "option", "figure", "figcaption", "address",
    ]
    /// Elements whose text reads as one paragraph when scoring.
    static let paragraphTags: Set<String> = ["p", "pre", "td", "blockquote"]
    /// Elements that become a paragraph when they hold no block element (a `<div>` of text).
    static let divLike: Set<String> = ["div", "section", "article", "main", "span", "font", "center"]
    /// ARIA roles of furniture.
    static let furnitureRoles: Set<String> = [
        "navigation", "banner", "contentinfo", "complementary", "dialog", "alert", "menu", "menubar", "search",
    ]
    /// Containers checked for link density inside the chosen article.
    static let linkChecked: Set<String> = ["ul", "ol", "dl", "div", "section", "table", "aside", "p", "li", "span"]

    /// What the tag sets above say of one element name, looked up once per element.
    struct TagKind: OptionSet {
        let rawValue: UInt8
        static let neverText = TagKind(rawValue: 1)
        static let usuallyFurniture = TagKind(rawValue: 2)
        static let paragraph = TagKind(rawValue: 4)
        static let divLike = TagKind(rawValue: 8)
        static let linkChecked = TagKind(rawValue: 16)
        /// Ends a paragraph (`HTMLText.blocks`).
        static let block = TagKind(rawValue: 32)
        /// A block that holds text blocks (every block but `<br>`).
        static let textBlock = TagKind(rawValue: 64)
    }

    static let tagKinds: [String: TagKind] = {
        var kinds: [String: TagKind] = [:]
        for name in neverText { kinds[name, default: []].insert(.neverText) }
        for name in usuallyFurniture { kinds[name, default: []].insert(.usuallyFurniture) }
        for name in paragraphTags { kinds[name, default: []].insert(.paragraph) }
        for name in divLike { kinds[name, default: []].insert(.divLike) }
        for name in linkChecked { kinds[name, default: []].insert(.linkChecked) }
        for name in HTMLText.blocks {
            kinds[name, default: []].insert(.block)
            if name != "br" { kinds[name, default: []].insert(.textBlock) }
        }
        return kinds
    }()

    let document: MarkupDocument
    let words: PageWords
    /// Each node's `TagKind` (empty for text).
    private var kinds: [TagKind] = []
    /// Folded title of the page, dropped where the body repeats it.
    let foldedTitle: String?
    /// Non-space characters of the title.
    let titleLength: Int

    private var count: Int { document.nodes.count }
    /// The node or an ancestor is dropped.
    private(set) var dropped: [Bool] = []
    /// Non-space characters of kept text under each node.
    private(set) var chars: [Int] = []
    /// Of those, characters inside links.
    private var linkChars: [Int] = []
    private var commas: [Int] = []
    /// Article text minus furniture text under each element (see `measure`).
    private var net: [Int] = []
    /// The last id under each node.
    private var subtreeEnd: [MarkupDocument.NodeID] = []
    private var hasBlockChild: [Bool] = []
    private var verdicts: [PageWords.ClassVerdict] = []

    init(document: MarkupDocument, words: PageWords, title: String?) {
        self.document = document
        self.words = words
        self.foldedTitle = title.map(TextFolding.fold).flatMap { $0.isEmpty ? nil : $0 }
        self.titleLength = title.map { Self.count($0).0 } ?? 0
    }

    /// The article's paragraphs, in order.
    mutating func paragraphs() -> [String] {
        guard let root = document.root else { return [] }
        measure(root: root)
        let body = document.firstElement(of: root, named: "body") ?? root
        let chosen = chooseContainers(body: body)
        var out = emit(chosen)
        if out.joined().count < 100, !chosen.containers.elementsEqual([body]) {
            // The chosen container holds almost nothing: the whole page, furniture dropped.
            let whole = emit(Choice(containers: [body], trusted: [body]))
            if whole.joined().count > out.joined().count * 2 { out = whole }
        }
        return out
    }

    // MARK: measuring

    private mutating func measure(root: MarkupDocument.NodeID) {
        let n = count
        let nodes = document.nodes
        var hard = [Bool](repeating: false, count: n)
        verdicts = [PageWords.ClassVerdict](repeating: .init(), count: n)
        kinds = [TagKind](repeating: [], count: n)
        // Pages repeat the same `class` values (every menu item): each is split once.
        var verdictCache: [String: PageWords.ClassVerdict] = [:]
        // Why an element looks like furniture: its class word, its tag or its role.
        var soft = [String?](repeating: nil, count: n)
        for id in 0..<n {
            if let parent = nodes[id].parent, hard[parent] { hard[id] = true; continue }
            guard nodes[id].kind == .element else { continue }
            let kind = Self.tagKinds[nodes[id].name] ?? []
            kinds[id] = kind
            if kind.contains(.neverText) || isHidden(nodes[id].attributes) { hard[id] = true; continue }
            var classAndID = ""
            for attribute in nodes[id].attributes {
                switch attribute.name {
                case "class", "id": classAndID += attribute.value + " "
                case "role":
                    let role = attribute.value.lowercased()
                    if Self.furnitureRoles.contains(role) { soft[id] = "role " + role }
                default: continue
                }
            }
            if classAndID.isEmpty {
                // Most elements have neither (nothing to split or look up).
            } else if let known = verdictCache[classAndID] {
                verdicts[id] = known
            } else {
                let verdict = words.verdict(classAndID: classAndID)
                verdictCache[classAndID] = verdict
                verdicts[id] = verdict
            }
            if let word = verdicts[id].furnitureWord { soft[id] = word } else if kind.contains(.usuallyFurniture) { soft[id] = "<\(nodes[id].name)>" }
            // Class words never drop the page or its article (`<article class="post tag-news">`).
            switch nodes[id].name {
            case "html", "body", "main", "article": soft[id] = nil
            default: break
            }
        }
        // Characters of each text node.
        var textChars = [Int](repeating: 0, count: n)
        commas = [Int](repeating: 0, count: n)
        for id in 0..<n where nodes[id].kind == .text && !hard[id] {
            let (c, k) = Self.count(nodes[id].text)
            textChars[id] = c
            commas[id] = k
        }
        var inLink = [Bool](repeating: false, count: n)
        for id in 0..<n {
            if let parent = nodes[id].parent { inLink[id] = inLink[parent] || nodes[id].name == "a" }
        }
        // Article text under each node before furniture is dropped: a furniture element holding
        // most of it is a wrapper (`<div class="layout-with-sidebar">`), its parts judged instead.
        let before = stats(excluded: hard, textChars: textChars, inLink: inLink, root: root)
        let pageGood = max(before.good[root], 1)
        // Elements holding an `itemprop=articleBody` element are never furniture.
        var holdsBody = [Bool](repeating: false, count: n)
        for id in stride(from: n - 1, through: 0, by: -1) where nodes[id].kind == .element {
            if isArticleBody(id) { holdsBody[id] = true }
            if holdsBody[id], let parent = nodes[id].parent { holdsBody[parent] = true }
        }
        // Furniture elements are dropped, except one holding half the article text (a wrapper:
        // its parts are judged instead), and except all those of one reason when together they
        // hold half of it (`elementor-widget` on every block of a page).
        func drop(sparing spared: Set<String>) -> [String: Int] {
            dropped = hard
            var goodByReason: [String: Int] = [:]
            for id in 0..<n where !dropped[id] {
                if let parent = nodes[id].parent, dropped[parent] { dropped[id] = true; continue }
                guard let reason = soft[id], !spared.contains(reason) else { continue }
                if before.good[id] * 2 < pageGood && !holdsBody[id] {
                    dropped[id] = true
                    goodByReason[reason, default: 0] += before.good[id]
                }
            }
            return goodByReason
        }
        let spared = Set(drop(sparing: []).filter { $0.value * 2 >= pageGood && !words.neverSpared.contains($0.key) }.keys)
        if !spared.isEmpty { _ = drop(sparing: spared) }
        let after = stats(excluded: dropped, textChars: textChars, inLink: inLink, root: root)
        chars = after.chars
        linkChars = after.links
        net = after.net
        hasBlockChild = [Bool](repeating: false, count: n)
        subtreeEnd = Array(0..<n)
        for id in stride(from: n - 1, through: 1, by: -1) {
            if let parent = nodes[id].parent { subtreeEnd[parent] = max(subtreeEnd[parent], subtreeEnd[id]) }
        }
        for id in stride(from: n - 1, through: 1, by: -1) where !dropped[id] {
            guard let parent = nodes[id].parent else { continue }
            commas[parent] += nodes[id].kind == .text || nodes[id].kind == .element ? commas[id] : 0
            if kinds[id].contains(.textBlock) {
                hasBlockChild[parent] = true
            }
        }
    }

    private struct Stats {
        /// Non-space characters, characters inside links, article text minus furniture text
        /// (`net`) and article text alone (`good`), under each node.
        var chars: [Int], links: [Int], net: [Int], good: [Int]
    }

    /// Text blocks (the text whose nearest block element is the same) that are long with few
    /// links are article text, the others furniture; sums under each node, `excluded` nodes left out.
    private func stats(excluded: [Bool], textChars: [Int], inLink: [Bool], root: MarkupDocument.NodeID) -> Stats {
        let n = count
        let nodes = document.nodes
        var result = Stats(chars: [Int](repeating: 0, count: n), links: [Int](repeating: 0, count: n),
                           net: [Int](repeating: 0, count: n), good: [Int](repeating: 0, count: n))
        var nearestBlock = [MarkupDocument.NodeID](repeating: root, count: n)
        var blockChars = [Int](repeating: 0, count: n)
        var blockLinks = [Int](repeating: 0, count: n)
        for id in 0..<n where !excluded[id] {
            if nodes[id].kind == .text {
                result.chars[id] = textChars[id]
                if inLink[id] { result.links[id] = textChars[id] }
                if let parent = nodes[id].parent { nearestBlock[id] = nearestBlock[parent] }
                blockChars[nearestBlock[id]] += textChars[id]
                if inLink[id] { blockLinks[nearestBlock[id]] += textChars[id] }
            } else if kinds[id].contains(.textBlock) {
                nearestBlock[id] = id
            } else if let parent = nodes[id].parent {
                nearestBlock[id] = nearestBlock[parent]
            }
        }
        for id in 0..<n where blockChars[id] > 0 {
            let length = blockChars[id], links = blockLinks[id]
            if length >= Self.goodBlockChars && links * 3 < length {
                result.net[id] = length - links
                result.good[id] = length - links
            } else {
                result.net[id] = -length * Self.lambda
            }
        }
        for id in stride(from: n - 1, through: 1, by: -1) where !excluded[id] {
            guard let parent = nodes[id].parent else { continue }
            result.chars[parent] += result.chars[id]
            result.links[parent] += result.links[id]
            result.net[parent] += result.net[id]
            result.good[parent] += result.good[id]
        }
        return result
    }

    /// Shortest text block counted as article text when choosing the container.
    static let goodBlockChars = 40
    /// Weight of furniture text against article text in `net`.
    static let lambda = 1

    /// Non-space characters and commas of a text (UTF-8 bytes: ASCII spaces are the spaces
    /// that matter here, and every other scalar counts as one character).
    private static func count(_ text: String) -> (Int, Int) {
        var c = 0, k = 0
        for byte in text.utf8 {
            switch byte {
            case 0x20, 0x09, 0x0A, 0x0D, 0x0C: continue
            case UInt8(ascii: ","): c += 1; k += 1
            case 0x80..<0xC0: continue // continuation byte
            default: c += 1
            }
        }
        return (c, k)
    }

    private func isHidden(_ attributes: [MarkupDocument.Attribute]) -> Bool {
        for attribute in attributes {
            switch attribute.name {
            case "hidden": return true
            case "aria-hidden": if attribute.value.lowercased() == "true" { return true }
            case "style":
                let style = attribute.value.lowercased().filter { $0 != " " }
                if style.contains("display:none") || style.contains("visibility:hidden") { return true }
            default: continue
            }
        }
        return false
    }

    private func isArticleBody(_ id: MarkupDocument.NodeID) -> Bool {
        guard let value = document.nodes[id].attributes.first(where: { $0.name == "itemprop" })?.value else { return false }
        return value.lowercased().contains("articlebody")
    }

    private func linkDensity(_ id: MarkupDocument.NodeID) -> Double {
        chars[id] == 0 ? 0 : Double(linkChars[id]) / Double(chars[id])
    }

    // MARK: choosing the article

    /// The top candidate with its siblings that belong to the article, in document order.
    private func chooseContainers(body: MarkupDocument.NodeID) -> Choice {
        let nodes = document.nodes
        var score = [Double](repeating: 0, count: count)
        var isCandidate = [Bool](repeating: false, count: count)
        func initialise(_ id: MarkupDocument.NodeID) {
            guard !isCandidate[id] else { return }
            isCandidate[id] = true
            var s: Double
            switch nodes[id].name {
            case "div", "article", "main", "section": s = 5
            case "pre", "td", "blockquote": s = 3
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form": s = -3
            case "h1", "h2", "h3", "h4", "h5", "h6", "th": s = -5
            default: s = 0
            }
            if verdicts[id].content { s += 25 }
            if verdicts[id].furniture { s -= 25 }
            if nodes[id].name == "article" || nodes[id].name == "main" { s += 10 }
            if isArticleBody(id) { s += 50 }
            score[id] = s
        }
        for id in 0..<count where !dropped[id] && nodes[id].kind == .element {
            guard kinds[id].contains(.paragraph) || (kinds[id].contains(.divLike) && !hasBlockChild[id]) else { continue }
            let length = chars[id]
            if length < 25 { continue }
            let contentScore = 1 + Double(commas[id]) + Double(min(length / 100, 3))
            var ancestor = nodes[id].parent
            var level = 0
            while let a = ancestor, level < 5 {
                guard nodes[a].kind == .element, a != document.root || level == 0 else { break }
                initialise(a)
                let divider: Double = level == 0 ? 1 : level == 1 ? 2 : Double(level * 3)
                score[a] += contentScore / divider
                ancestor = nodes[a].parent
                level += 1
            }
        }
        var top: MarkupDocument.NodeID?
        var topScore = -Double.infinity
        for id in 0..<count where isCandidate[id] {
            let final = score[id] * (1 - linkDensity(id))
            score[id] = final
            if final > topScore { topScore = final; top = id }
        }
        guard var top else { return Choice(containers: [body], trusted: [body]) }
        // An ancestor that holds much more of the article's paragraphs (the text was split into
        // several scored blocks) is the better container.
        var ancestor = nodes[top].parent
        var steps = 0
        while let a = ancestor, steps < 3, a != body, isCandidate[a] {
            if score[a] >= topScore * 0.75 && chars[a] < chars[top] * 3 && linkDensity(a) < 0.3 {
                top = a
                topScore = max(topScore, score[a])
            }
            ancestor = nodes[a].parent
            steps += 1
        }
        guard let parent = nodes[top].parent else { return Choice(containers: [top], trusted: [top]) }
        let threshold = max(10, topScore * 0.2)
        let topClass = document.attribute("class", of: top) ?? ""
        var chosen: [MarkupDocument.NodeID] = []
        for sibling in document.children(of: parent) {
            if sibling == top { chosen.append(sibling); continue }
            guard nodes[sibling].kind == .element, !dropped[sibling] else { continue }
            var bonus = 0.0
            let sameClass = !topClass.isEmpty && document.attribute("class", of: sibling) == topClass
            if sameClass { bonus = topScore * 0.2 }
            if isCandidate[sibling] && score[sibling] + bonus >= threshold { chosen.append(sibling); continue }
            // A block of the same kind as the article's (a CMS's text module holding a list or a
            // heading) with few links belongs to it, scored or not.
            if sameClass && chars[sibling] > 0 && linkDensity(sibling) < 0.25 { chosen.append(sibling); continue }
            if nodes[sibling].name == "p" {
                let length = chars[sibling]
                let density = linkDensity(sibling)
                if length > 80 && density < 0.25 { chosen.append(sibling); continue }
                if length > 0 && length <= 80 && density == 0 {
                    let text = document.text(of: sibling)
                    if text.contains(". ") || text.hasSuffix(".") { chosen.append(sibling) }
                }
            }
        }
        // The element holding the most article text net of furniture, when it holds the chosen
        // ones, is read too, but only its long paragraphs with few links (an article cut into
        // several scored blocks, a standfirst apart from the body).
        var best = body
        for id in 0..<count where !dropped[id] && nodes[id].kind == .element && net[id] >= net[best] { best = id }
        if chosen.allSatisfy({ isInside($0, best) }) { return Choice(containers: [best], trusted: chosen) }
        // Else the closest ancestor of the chosen ones holding more article text net of furniture
        // than they do (the body's paragraphs beside a standfirst chosen alone).
        // Never the page's body: that is the fallback of `paragraphs()`.
        var around: MarkupDocument.NodeID? = parent
        var aroundSteps = 0
        let chosenNet = chosen.reduce(0) { $0 + net[$1] }
        while let a = around, a != body, aroundSteps < 4 {
            if net[a] > chosenNet + Self.goodBlockChars * 2 {
                return Choice(containers: [a], trusted: chosen, linksCheckedAbove: false)
            }
            around = nodes[a].parent
            aroundSteps += 1
        }
        return Choice(containers: chosen, trusted: chosen)
    }

    /// Where the article is: the elements read, and those read whole (others give only their long paragraphs).
    struct Choice {
        var containers: [MarkupDocument.NodeID]
        var trusted: [MarkupDocument.NodeID]
        /// Whether an untrusted block's ancestors above the container are checked for links too
        /// (not when the container was taken around the chosen ones: its own links are furniture
        /// beside the article, such as a list of related links under it).
        var linksCheckedAbove = true
    }

    /// Whether `id` is `ancestor` or under it (a subtree is a run of ids in document order).
    private func isInside(_ id: MarkupDocument.NodeID, _ ancestor: MarkupDocument.NodeID) -> Bool {
        id >= ancestor && id <= subtreeEnd[ancestor]
    }

    // MARK: writing the paragraphs

    private struct Block {
        var text = ""
        var linkText = 0
        /// Some of the text is outside the trusted elements.
        var untrusted = false
        /// The first text node of the block.
        var firstText: MarkupDocument.NodeID?
    }

    private func emit(_ choice: Choice) -> [String] {
        let containers = choice.containers
        let nodes = document.nodes
        var paragraphs: [String] = []
        var current = Block()
        var linkDepth = 0
        var cut = false
        var keptChars = 0
        func flush() {
            defer { current = Block() }
            guard !cut else { return }
            let text = Self.withoutTrailingCredit(Self.collapse(current.text))
            guard !text.isEmpty else { return }
            let (length, _) = Self.count(text)
            if length > 0 && Double(current.linkText) / Double(length) > 0.5 { return }
            if current.untrusted && !acceptsUntrusted(current, length: length, choice: choice) { return }
            // Titles, cut, debris and teaser lines are short: long paragraphs are not folded.
            // Titles, cut, debris and teaser lines are short, and a teaser is known by its
            // start: only the first characters of a paragraph are folded.
            if length <= Self.longestFoldedLine {
                let short = length <= Self.foldedHead
                let head = TextFolding.fold(short ? text : String(text.prefix(Self.foldedHead)))
                if let foldedTitle, abs(length - titleLength) <= 8 || short,
                   (short ? head : TextFolding.fold(text)) == foldedTitle { return }
                if short {
                    // A cut line ends the article once some of it is read (before, it is a menu's).
                    if words.cutLines.contains(head) {
                        if keptChars >= 200 && !headsInlineBox(current.firstText) { cut = true }
                        return
                    }
                    if words.debrisLines.contains(head) { return }
                    // A credit is no sentence (`Selon l'AFP, le vote aura lieu mardi.` stays).
                    if length <= Self.longestCredit, !".!?".contains(text.last ?? " "), words.isCredit(head) { return }
                }
                if isTeaser(head) { return }
            }
            if paragraphs.last == text { return }
            paragraphs.append(text)
            keptChars += length
        }
        for container in containers {
            var stack: [(MarkupDocument.NodeID, Bool)] = [(container, true)]
            while let (id, entering) = stack.popLast() {
                if dropped[id] { continue }
                if nodes[id].kind == .text {
                    current.text += nodes[id].text
                    if current.firstText == nil { current.firstText = id }
                    if !choice.trusted.contains(where: { isInside(id, $0) }) { current.untrusted = true }
                    if linkDepth > 0 { current.linkText += chars[id] }
                    continue
                }
                let isBlock = kinds[id].contains(.block)
                let isLink = nodes[id].name == "a"
                if !entering {
                    if isBlock { flush() }
                    if isLink { linkDepth -= 1 }
                    continue
                }
                if id != container && kinds[id].contains(.linkChecked) && chars[id] > 0 && linkDensity(id) > 0.5 { continue }
                if isBlock { flush() }
                if isLink { linkDepth += 1 }
                stack.append((id, false))
                // Children pushed in reverse, so that they pop in order.
                let mark = stack.count
                var child = nodes[id].firstChild
                while let c = child { stack.append((c, true)); child = nodes[c].nextSibling }
                stack[mark...].reverse()
            }
            flush()
        }
        return paragraphs
    }

    /// Whether the line holding `text` heads a box inside the article (`<h4>Auch interessant</h4>
    /// <ul>…</ul><p>…`): its element is followed by a list, then by a paragraph of article text in
    /// the same parent. Such a line is dropped (its list has its links) but does not end the article.
    private func headsInlineBox(_ text: MarkupDocument.NodeID?) -> Bool {
        let nodes = document.nodes
        var line = text.flatMap { nodes[$0].parent }
        while let l = line, !kinds[l].contains(.textBlock) { line = nodes[l].parent }
        guard let line else { return false }
        func nextElement(_ id: MarkupDocument.NodeID) -> MarkupDocument.NodeID? {
            var next = nodes[id].nextSibling
            while let n = next, nodes[n].kind != .element || dropped[n] { next = nodes[n].nextSibling }
            return next
        }
        guard let list = nextElement(line), nodes[list].name == "ul" || nodes[list].name == "ol",
              let after = nextElement(list), nodes[after].name == "p" else { return false }
        return chars[after] >= Self.goodBlockChars && linkDensity(after) < 0.25
    }

    /// A block outside the trusted elements is kept when it is long, has few links, and its
    /// close ancestors have few links too (not the summary of a teaser in a list of links).
    private func acceptsUntrusted(_ block: Block, length: Int, choice: Choice) -> Bool {
        guard length >= Self.goodBlockChars, block.linkText * 3 < length, let first = block.firstText else { return false }
        var ancestor = document.nodes[first].parent
        var level = 0
        while let a = ancestor, level < 4, choice.linksCheckedAbove || !choice.containers.contains(a) {
            if linkDensity(a) > 0.1 { return false }
            ancestor = document.nodes[a].parent
            level += 1
        }
        return true
    }

    /// Longest paragraph compared with the title and the word lists (characters).
    static let longestFoldedLine = 300
    /// Characters folded at the start of a longer paragraph (teaser starts are shorter).
    static let foldedHead = 60
    /// Longest paragraph read as a photo credit (characters).
    static let longestCredit = 60

    /// `HTMLText.collapse` on UTF-8 bytes (every paragraph of every page goes through it): runs
    /// of Unicode white space but no-break spaces become one space; trimmed; soft hyphens dropped.
    static func collapse(_ text: String) -> String {
        let input = Array(text.utf8)
        var bytes: [UInt8] = []
        bytes.reserveCapacity(input.count)
        var pendingSpace = false
        var i = 0
        while i < input.count {
            let byte = input[i]
            // Length of the white space sequence starting here (0: none).
            var space = 0
            switch byte {
            case 0x20, 0x09...0x0D: space = 1
            case 0xC2 where i + 1 < input.count && input[i + 1] == 0x85: space = 2
            case 0xC2 where i + 1 < input.count && input[i + 1] == 0xAD:
                // A soft hyphen is a hint for breaking lines, not a character of the word.
                i += 2
                continue
            case 0xE1 where i + 2 < input.count && input[i + 1] == 0x9A && input[i + 2] == 0x80: space = 3
            case 0xE2 where i + 2 < input.count:
                let (b1, b2) = (input[i + 1], input[i + 2])
                if b1 == 0x80 && ((0x80...0x8A).contains(b2) || b2 == 0xA8 || b2 == 0xA9) { space = 3 }
                if b1 == 0x81 && b2 == 0x9F { space = 3 }
            case 0xE3 where i + 2 < input.count && input[i + 1] == 0x80 && input[i + 2] == 0x80: space = 3
            default: break
            }
            if space > 0 {
                pendingSpace = !bytes.isEmpty
                i += space
                continue
            }
            if pendingSpace { bytes.append(0x20); pendingSpace = false }
            bytes.append(byte)
            i += 1
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Longest photo credit cut from the end of a caption (characters after the `©`).
    static let longestTrailingCredit = 60

    /// `text` without the photo credit ending it (`Le départ. | © AFP/Getty Images` → `Le départ.`):
    /// a `©` near the end, no sentence after it, with the separator before it (`|`, `-`, `(`).
    /// A paragraph that is only a credit becomes empty.
    static func withoutTrailingCredit(_ text: String) -> String {
        let scalars = text.unicodeScalars
        guard let mark = scalars.lastIndex(of: "©") else { return text }
        let credit = scalars[scalars.index(after: mark)...]
        // A sentence goes on after the mark (`Le texte (© Gallimard) parut en 1990.`): no credit.
        guard credit.count <= longestTrailingCredit, !".!?".unicodeScalars.contains(credit.last ?? "."),
              !credit.dropLast().contains(")"), !zip(credit, credit.dropFirst()).contains(where: { $0 == "." && $1 == " " })
        else { return text }
        var end = mark
        while end > scalars.startIndex, " |-–—/([\u{A0}".unicodeScalars.contains(scalars[scalars.index(before: end)]) {
            end = scalars.index(before: end)
        }
        return String(scalars[..<end])
    }

    private func isTeaser(_ folded: String) -> Bool {
        for start in words.teaserStarts where folded.hasPrefix(start) {
            let rest = folded.dropFirst(start.count)
            guard let next = rest.first else { return true }
            if next == " " || next == ":" || next == "-" || next == "–" || next == "—" || next == "»" || next == "|" { return true }
        }
        return false
    }
}
