import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("sector and entity colours")
struct SectorColourTests {
    @Test("no sector shares a colour with an entity type or the marked entity by default")
    func distinctColours() throws {
        let theme = try Theme.bundled(colors: .system16)
        let entityColours = Set([Role.entityPerson, .entityLocation, .entityOrganization, .entityDate].map { theme.style(for: $0).foreground })
        #expect(entityColours.count == 4)
        let taxonomy = try SectorTaxonomy.bundled()
        #expect(taxonomy.sectors.count >= 11)
        for sector in taxonomy.sectors {
            let colour = SectorPaint.color(of: sector)
            #expect(colour != .default, "\(sector.name) has a colour")
            #expect(!entityColours.contains(colour), "\(sector.name) (\(sector.colour)) looks like an entity type")
        }
    }

    @Test("the sectors' colours are not part of the analysis fingerprint")
    func coloursOutsideTheFingerprint() {
        let text = "# c\nsector\tdéfense\tDEF\tred\nterm\tarmée\n"
        let recoloured = "# c\nsector\tdéfense\tDEF\tbright-red\nterm\tarmée\n"
        #expect(IndexAnalyser.withoutColours(text) == IndexAnalyser.withoutColours(recoloured))
        #expect(IndexAnalyser.withoutColours(text) != IndexAnalyser.withoutColours("# c\nsector\tdéfense\tDFN\tred\nterm\tarmée\n"))
    }
}
