/// A parsed HTML or XML document as plain Swift values: what libxml2 built, copied into an array of
/// nodes (no C type above this target). Children are linked by index, so walking a document never
/// recurses on the Swift stack; documents deeper than `MarkupDocument.maxDepth` are flattened at
/// that depth (their text kept, in order).
public struct MarkupDocument: Sendable {
    /// Index of a node in `nodes`.
    public typealias NodeID = Int

    public enum Kind: UInt8, Sendable {
        case element
        /// Character data: text, CDATA, or an entity reference resolved to its text.
        case text
    }

    public struct Attribute: Sendable, Equatable {
        /// The local name (`base` for `xml:base`), lower case in HTML.
        public var name: String
        /// The namespace URI (`http://www.w3.org/XML/1998/namespace` for `xml:base`), or nil.
        public var namespace: String?
        public var value: String
    }

    public struct Node: Sendable {
        public var kind: Kind
        /// Element: local name (lower case in HTML); text: empty.
        public var name: String
        /// Element: its namespace URI (XML), or nil.
        public var namespace: String?
        /// Element: the prefix written in the source (`content` of `content:encoded`), or nil.
        public var prefix: String?
        public var attributes: [Attribute]
        /// Text node: the characters.
        public var text: String
        public var parent: NodeID?
        public var firstChild: NodeID?
        public var nextSibling: NodeID?
    }

    /// Deepest level kept as a tree; deeper elements are attached to their ancestor at this depth.
    public static let maxDepth = 256

    public internal(set) var nodes: [Node]
    /// The root element, or nil when the input held none.
    public internal(set) var root: NodeID?
    /// The encoding the bytes were read in (`UTF-8`, `windows-1252`...).
    public internal(set) var encoding: String
    /// What the parser had to recover from, first ones only (malformed markup, a depth cut).
    public internal(set) var problems: [String]

    public subscript(id: NodeID) -> Node { nodes[id] }

    /// The children of `id`, in order.
    public func children(of id: NodeID) -> ChildSequence { ChildSequence(nodes: nodes, first: nodes[id].firstChild) }

    /// The element children of `id` named `name` (local name), in order.
    public func elements(of id: NodeID, named name: String) -> [NodeID] {
        children(of: id).filter { nodes[$0].kind == .element && nodes[$0].name == name }
    }

    /// The first element child of `id` named `name`.
    public func firstElement(of id: NodeID, named name: String) -> NodeID? {
        children(of: id).first { nodes[$0].kind == .element && nodes[$0].name == name }
    }

    /// The value of attribute `name` of element `id` (any namespace unless one is given).
    public func attribute(_ name: String, of id: NodeID, namespace: String? = nil) -> String? {
        nodes[id].attributes.first { $0.name == name && (namespace == nil || $0.namespace == namespace) }?.value
    }

    /// Every text under `id`, in document order, concatenated (no separators added).
    public func text(of id: NodeID) -> String {
        var out = ""
        for node in descendants(of: id) where nodes[node].kind == .text { out += nodes[node].text }
        return out
    }

    /// `id` and every node under it, in document order (iterative).
    public func descendants(of id: NodeID) -> [NodeID] {
        var out: [NodeID] = []
        var stack: [NodeID] = [id]
        while let next = stack.popLast() {
            out.append(next)
            var children: [NodeID] = []
            var child = nodes[next].firstChild
            while let c = child { children.append(c); child = nodes[c].nextSibling }
            stack.append(contentsOf: children.reversed())
        }
        return out
    }

    public struct ChildSequence: Sequence, IteratorProtocol {
        let nodes: [Node]
        var next_: NodeID?
        init(nodes: [Node], first: NodeID?) { self.nodes = nodes; next_ = first }
        public mutating func next() -> NodeID? {
            guard let current = next_ else { return nil }
            next_ = nodes[current].nextSibling
            return current
        }
    }
}
