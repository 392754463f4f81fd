import Foundation
import Testing
@testable import KiosqueCore

/// Which files are articles, and how they are read (issue 13): by extension, else by content.
@Suite struct FileKindTests {
    @Test("extensions: feeds, pages, text, JSONL; case ignored; a dot in a folder name is not an extension")
    func extensions() {
        for name in ["a.xml", "a.rss", "A.ATOM", "a.rdf"] { #expect(FileKind.byExtension(name) == .feed, "\(name)") }
        for name in ["a.html", "a.htm", "a.XHTML"] { #expect(FileKind.byExtension(name) == .page, "\(name)") }
        #expect(FileKind.byExtension("a.txt") == .text)
        #expect(FileKind.byExtension("a.md") == .text)
        #expect(FileKind.byExtension("a.jsonl") == .jsonLines)
        #expect(FileKind.byExtension("a.pdf") == nil)
        #expect(FileKind.byExtension("dossier.v2/notes") == nil)
        #expect(FileKind.byExtension(".rss") == nil)
    }

    @Test("in a folder: a known extension decides without reading; an unknown one is a feed by content, else not an article")
    func inFolder() {
        #expect(FileKind.inFolder("a.rss", head: { Issue.record("read"); return nil }) == .feed)
        #expect(FileKind.inFolder("flux", head: { Data("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">".utf8) }) == .feed)
        #expect(FileKind.inFolder("flux.php", head: { Data("<feed xmlns=\"http://www.w3.org/2005/Atom\">".utf8) }) == .feed)
        #expect(FileKind.inFolder("a.pdf", head: { Data("%PDF-1.4".utf8) }) == nil)
        #expect(FileKind.inFolder("page", head: { Data("<!DOCTYPE html><html>".utf8) }) == nil, "only feeds are sniffed in folders")
    }

    @Test("named explicitly: by extension, else a feed or a page by content, else text (a page is never read as text)")
    func explicit() {
        #expect(FileKind.explicit("a.html", head: { nil }) == .page)
        #expect(FileKind.explicit("a.jsonl", head: { nil }) == .jsonLines)
        #expect(FileKind.explicit("saved", head: { Data("\u{FEFF}  <!-- saved -->\n<!doctype HTML>\n<html>".utf8) }) == .page)
        #expect(FileKind.explicit("saved.php", head: { Data("<html lang=\"fr\">".utf8) }) == .page)
        #expect(FileKind.explicit("flux", head: { Data("<rdf:RDF xmlns:rdf=\"x\">".utf8) }) == .feed)
        #expect(FileKind.explicit("notes", head: { Data("Une note.\n".utf8) }) == .text)
        #expect(FileKind.explicit("notes.txt", head: { Data("<html>".utf8) }) == .text, ".txt stays text")
    }
}
