import Foundation
import Testing
@testable import KiosqueCore
import KiosqueResources

/// The fingerprint decides whether the library is analysed again: it must change with every file
/// that changes an analysis, and with nothing else.
@Suite("the analyser's fingerprint")
struct AnalyserFingerprintTests {
    /// A resources folder in miniature: one file in each analysed folder, a key map and a taxonomy.
    private func resources() throws -> TemporaryFolder {
        let folder = try TemporaryFolder()
        try folder.write("dates/names.txt", "month\tjanvier\t1\nenglish-month\tJanuary\t1\n")
        try folder.write("fr/stopwords.txt", "le\nla\n")
        try folder.write("ner/given-names.txt", "Emmanuel\n")
        try folder.write("pages/furniture.txt", "Partager\n")
        try folder.write("keys/keys.tsv", "quit\tq\n")
        try folder.write("sectors/sectors.tsv", "sector\tdéfense\tDEF\tred\nterm\tarmée\n")
        return folder
    }

    private func fingerprint(_ folder: TemporaryFolder) -> String {
        IndexAnalyser.fingerprint(resources: folder.url, taxonomyFile: folder.url.appendingPathComponent("sectors/sectors.tsv"))
    }

    @Test("editing a file of dates, fr, ner or pages, or adding one, changes the fingerprint")
    func analysedFilesChangeIt() throws {
        for file in ["dates/names.txt", "fr/stopwords.txt", "ner/given-names.txt", "pages/furniture.txt"] {
            let folder = try resources()
            let before = fingerprint(folder)
            #expect(fingerprint(folder) == before, "the fingerprint is stable")
            try folder.write(file, "edited\n")
            #expect(fingerprint(folder) != before, "\(file) is part of the fingerprint")
        }
        let folder = try resources()
        let before = fingerprint(folder)
        try folder.write("dates/more.txt", "english-month\tFebruary\t2\n")
        #expect(fingerprint(folder) != before, "a new file of dates is part of the fingerprint")
    }

    @Test("the taxonomy's terms change the fingerprint; its colours and the key map do not")
    func onlyWhatDecidesAnAnalysis() throws {
        let folder = try resources()
        let before = fingerprint(folder)
        try folder.write("keys/keys.tsv", "quit\tQ\n")
        try folder.write("sectors/sectors.tsv", "sector\tdéfense\tDEF\tbright-red\nterm\tarmée\n")
        #expect(fingerprint(folder) == before)
        try folder.write("sectors/sectors.tsv", "sector\tdéfense\tDEF\tred\nterm\tarmées\n")
        #expect(fingerprint(folder) != before)
    }

    @Test("the bundled analyser's fingerprint is the one of the bundled resources")
    func bundledUsesTheResources() throws {
        let resources = try #require(ResourceLocator.resourcesDirectory)
        let config = try TemporaryFolder()  // no user taxonomy
        let analyser = try IndexAnalyser.bundled(environment: ["XDG_CONFIG_HOME": config.path, "HOME": config.path])
        #expect(analyser.fingerprint == IndexAnalyser.fingerprint(resources: resources, taxonomyFile: resources.appendingPathComponent("sectors/sectors.tsv")))
    }
}
