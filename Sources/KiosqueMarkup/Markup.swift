import CLibXML2
import Foundation

/// The HTML and XML parsers of libxml2, safe for documents from the wild: no network, no external
/// entity, DTD or file ever loaded, entities never substituted by the parser (so an expansion
/// bomb expands nothing), errors returned as values, the tree copied into a `MarkupDocument`.
public enum Markup {
    /// Largest input parsed (bytes); larger inputs are refused before parsing.
    public static let maxInputBytes = 64 * 1_048_576
    /// Most characters an entity reference expands to in the copied tree.
    static let maxEntityCharacters = 4_096

    private static let setUp: Void = { kq_xml_setup() }()

    /// Parses an HTML page (tag soup recovered). `encoding` overrides what the page declares;
    /// without it the bytes are sniffed (`MarkupEncoding.sniffHTML`).
    public static func parseHTML(_ data: Data, encoding: String? = nil) -> Result<MarkupDocument, MarkupError> {
        _ = setUp
        guard data.count <= maxInputBytes else { return .failure(.tooLarge(bytes: data.count, limit: maxInputBytes)) }
        let chosen = encoding ?? MarkupEncoding.sniffHTML(data)
        // HUGE lifts the parser's depth cap of 256 (text deeper would be dropped); the copy below
        // flattens the tree at `MarkupDocument.maxDepth` instead. HTML declares no entities, so
        // the other limits it lifts guard nothing here; the input size is capped above.
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NONET.rawValue | HTML_PARSE_NOERROR.rawValue
                            | HTML_PARSE_NOWARNING.rawValue | HTML_PARSE_COMPACT.rawValue | XML_PARSE_HUGE.rawValue)
        xmlResetLastError()
        let doc: htmlDocPtr? = data.withUnsafeBytes { raw in
            // An empty page is read as an empty document (libxml2 would build none).
            guard raw.count > 0, let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else {
                return chosen.withCString { htmlReadMemory("<html></html>", 13, nil, $0, options) }
            }
            return chosen.withCString { htmlReadMemory(base, Int32(raw.count), nil, $0, options) }
        }
        guard let doc else { return .failure(lastError()) }
        defer { xmlFreeDoc(doc) }
        return .success(copy(doc, html: true, encoding: chosen))
    }

    /// Parses an XML document (a feed), recovering what libxml2 can. `encoding` overrides the
    /// declaration (which is then ignored); nil lets the BOM and the declaration decide.
    public static func parseXML(_ data: Data, encoding: String? = nil) -> Result<MarkupDocument, MarkupError> {
        _ = setUp
        guard data.count <= maxInputBytes else { return .failure(.tooLarge(bytes: data.count, limit: maxInputBytes)) }
        guard !data.isEmpty else { return .failure(.notWellFormed(reason: "empty document", line: 0)) }
        let options = Int32(XML_PARSE_RECOVER.rawValue | XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue
                            | XML_PARSE_NOWARNING.rawValue | XML_PARSE_NOCDATA.rawValue | XML_PARSE_COMPACT.rawValue
                            | (encoding == nil ? 0 : XML_PARSE_IGNORE_ENC.rawValue))
        xmlResetLastError()
        let doc: xmlDocPtr? = data.withUnsafeBytes { raw in
            guard let base = raw.baseAddress?.assumingMemoryBound(to: CChar.self) else { return nil }
            if let encoding {
                return encoding.withCString { xmlReadMemory(base, Int32(raw.count), nil, $0, options) }
            }
            return xmlReadMemory(base, Int32(raw.count), nil, nil, options)
        }
        guard let doc else { return .failure(lastError()) }
        defer { xmlFreeDoc(doc) }
        var document = copy(doc, html: false, encoding: doc.pointee.encoding.map { String(cString: $0) } ?? encoding ?? "UTF-8")
        if let message = kq_last_error_message() {
            document.problems.insert(clean(message) + lineSuffix(Int(kq_last_error_line())), at: 0)
        }
        return .success(document)
    }

    /// The character an HTML 4 entity name stands for (`eacute` → `é`), or nil.
    public static func htmlEntity(named name: String) -> String? {
        _ = setUp
        guard let entity = name.withCString({ htmlEntityLookup(UnsafeRawPointer($0).assumingMemoryBound(to: xmlChar.self)) }),
              let scalar = Unicode.Scalar(entity.pointee.value) else { return nil }
        return String(Character(scalar))
    }

    private static func lastError() -> MarkupError {
        let reason = kq_last_error_message().map { clean(String(cString: $0)) } ?? "no document"
        return .notWellFormed(reason: reason, line: Int(kq_last_error_line()))
    }

    private static func clean(_ message: UnsafePointer<CChar>) -> String { clean(String(cString: message)) }
    private static func clean(_ message: String) -> String {
        let trimmed = message.trimmingCharacters(in: .whitespacesAndNewlines)
        // libxml2 names an option the user cannot set; say what happened instead.
        if trimmed.hasPrefix("Excessive depth in document") {
            return "elements nested deeper than 256 levels: the document is read up to there"
        }
        return trimmed
    }
    private static func lineSuffix(_ line: Int) -> String { line > 0 ? " (line \(line))" : "" }

    /// Copies libxml2's tree, iteratively, depth capped at `MarkupDocument.maxDepth`.
    private static func copy(_ doc: xmlDocPtr, html: Bool, encoding: String) -> MarkupDocument {
        var document = MarkupDocument(nodes: [], root: nil, encoding: encoding, problems: [])
        guard let rootElement = xmlDocGetRootElement(doc) else { return document }
        // The last child appended under each Swift node (-1: none yet), to link siblings in O(1).
        var lastChild: [MarkupDocument.NodeID] = []
        var flattened = false
        func append(_ node: MarkupDocument.Node) -> MarkupDocument.NodeID {
            let id = document.nodes.count
            document.nodes.append(node)
            lastChild.append(-1)
            if let parent = node.parent {
                let previous = lastChild[parent]
                if previous >= 0 { document.nodes[previous].nextSibling = id } else { document.nodes[parent].firstChild = id }
                lastChild[parent] = id
            }
            return id
        }
        // (C node, Swift parent, depth); children pushed in reverse so they pop in order.
        var stack: [(xmlNodePtr, MarkupDocument.NodeID?, Int)] = [(rootElement, nil, 0)]
        while let (cNode, parent, depth) = stack.popLast() {
            switch cNode.pointee.type {
            case XML_ELEMENT_NODE:
                let keepsLevel = depth >= MarkupDocument.maxDepth && parent != nil
                if keepsLevel { flattened = true }
                let id = append(MarkupDocument.Node(
                    kind: .element, name: string(cNode.pointee.name),
                    namespace: cNode.pointee.ns.flatMap { $0.pointee.href.map(string) },
                    prefix: cNode.pointee.ns.flatMap { $0.pointee.prefix.map(string) },
                    attributes: attributes(of: cNode, doc: doc), text: "", parent: parent))
                if document.root == nil { document.root = id }
                // Past the depth cap, children go to this node's parent level: the tree stops growing.
                let childParent = keepsLevel ? parent : id
                let childDepth = keepsLevel ? depth : depth + 1
                if html && skipsContent(document.nodes[id]) { continue }
                // Last child first (no array of children per element), so they pop in order.
                var child = cNode.pointee.last
                while let c = child { stack.append((c, childParent, childDepth)); child = c.pointee.prev }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                guard let parent, let content = cNode.pointee.content else { continue }
                _ = append(textNode(string(content), parent: parent))
            case XML_ENTITY_REF_NODE:
                guard let parent else { continue }
                if let text = entityText(cNode, doc: doc) { _ = append(textNode(text, parent: parent)) }
            default:
                continue // comments, processing instructions, DTD nodes
            }
        }
        if flattened { document.problems.append("nested deeper than \(MarkupDocument.maxDepth) levels: flattened") }
        return document
    }

    /// HTML elements copied without their content, which no reader of a page shows: styles,
    /// scripts but JSON ones (JSON-LD is read for metadata), SVG drawings. Large inline scripts
    /// were much of the copying.
    private static func skipsContent(_ node: MarkupDocument.Node) -> Bool {
        switch node.name {
        case "style", "svg": return true
        case "script":
            guard let type = node.attributes.first(where: { $0.name == "type" })?.value else { return true }
            return !type.lowercased().contains("json")
        default: return false
        }
    }

    private static func textNode(_ text: String, parent: MarkupDocument.NodeID) -> MarkupDocument.Node {
        MarkupDocument.Node(kind: .text, name: "", namespace: nil, prefix: nil, attributes: [], text: text, parent: parent)
    }

    /// An entity reference the parser left unsubstituted: an internal entity's text (capped), an
    /// HTML 4 name, else the reference as written.
    private static func entityText(_ node: xmlNodePtr, doc: xmlDocPtr) -> String? {
        guard let name = node.pointee.name else { return nil }
        let written = string(name)
        if let entity = xmlGetDocEntity(doc, name), entity.pointee.etype == XML_INTERNAL_GENERAL_ENTITY,
           let content = entity.pointee.content {
            return String(string(content).prefix(maxEntityCharacters))
        }
        return htmlEntity(named: written) ?? "&\(written);"
    }

    private static func attributes(of node: xmlNodePtr, doc: xmlDocPtr) -> [MarkupDocument.Attribute] {
        var out: [MarkupDocument.Attribute] = []
        var attribute = node.pointee.properties
        while let a = attribute {
            var value = ""
            var child = a.pointee.children
            while let c = child {
                if c.pointee.type == XML_TEXT_NODE, let content = c.pointee.content {
                    if value.isEmpty { value = string(content) } else { value += string(content) }
                }
                else if c.pointee.type == XML_ENTITY_REF_NODE, let text = entityText(c, doc: doc) { value += text }
                child = c.pointee.next
            }
            out.append(MarkupDocument.Attribute(name: a.pointee.name.map(string) ?? "",
                                                namespace: a.pointee.ns.flatMap { $0.pointee.href.map(string) },
                                                value: value))
            attribute = a.pointee.next
        }
        return out
    }

    private static func string(_ pointer: UnsafePointer<xmlChar>) -> String { String(cString: pointer) }
}

extension MarkupDocument.Node {
    init(kind: MarkupDocument.Kind, name: String, namespace: String?, prefix: String?,
         attributes: [MarkupDocument.Attribute], text: String, parent: MarkupDocument.NodeID?) {
        self.init(kind: kind, name: name, namespace: namespace, prefix: prefix, attributes: attributes, text: text,
                  parent: parent, firstChild: nil, nextSibling: nil)
    }
}
