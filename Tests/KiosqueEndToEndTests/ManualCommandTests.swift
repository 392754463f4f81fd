import Foundation
import Testing

/// `kiosque manual`: the man page made from the commands' own help.
@Suite struct ManualCommandTests {
    @Test("the page is roff with a section for every command, made from the same help as --help")
    func manual() throws {
        let run = try KiosqueBinary.run(["manual"])
        #expect(run.status == 0, "stderr: \(run.stderrText)")
        let page = run.stdoutText
        #expect(page.hasPrefix(".TH KIOSQUE 1 "))
        for command in ["read", "list", "show", "search", "fetch", "import", "feeds add", "bookmarks export", "manual"] {
            #expect(page.contains(".SS kiosque \(command)\n"), "\(command)")
        }
        let help = try KiosqueBinary.run(["fetch", "--help"]).stdoutText
        let firstLine = try #require(help.split(separator: "\n").first)
        #expect(page.contains(String(firstLine)))
        #expect(!page.split(separator: "\n").contains { $0.hasPrefix(".") && !$0.hasPrefix(".TH") && !$0.hasPrefix(".SH")
            && !$0.hasPrefix(".SS") && !$0.hasPrefix(".PP") && !$0.hasPrefix(".TP") && !$0.hasPrefix(".nf") && !$0.hasPrefix(".fi")
            && !$0.hasPrefix(".B") && !$0.hasPrefix(".br") }, "no text line is taken for a roff request")
    }
}
