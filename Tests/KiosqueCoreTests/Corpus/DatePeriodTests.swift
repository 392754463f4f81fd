import Foundation
import Testing
@testable import KiosqueCore

/// `DatePeriod`: reading a period as typed, which dates are in it, the catalogue query.
@Suite struct DatePeriodTests {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Int {
        DatePeriod.span(of: ArticleDate(year: year, month: month, day: day)!).first
    }

    @Test("numbers are days up to today; ranges read ISO and French day-first dates; one date is its span")
    func parsing() throws {
        #expect(try DatePeriod(parsing: "7") == .lastDays(7))
        #expect(try DatePeriod(parsing: " 1 ") == .lastDays(1))
        let range = try DatePeriod(parsing: "2019-01-01..2019-02-15")
        #expect(range == .range(from: ArticleDate(year: 2019, month: 1, day: 1), to: ArticleDate(year: 2019, month: 2, day: 15)))
        #expect(try DatePeriod(parsing: "1/1/2019..15/2/2019") == range)
        #expect(try DatePeriod(parsing: "1er janvier 2019..") == .range(from: ArticleDate(year: 2019, month: 1, day: 1), to: nil))
        #expect(try DatePeriod(parsing: "..2019-02").description == "..2019-02")
        #expect(try DatePeriod(parsing: range.description) == range, "the description reads back")
        #expect(throws: DatePeriodError.empty) { try DatePeriod(parsing: "  ") }
        #expect(throws: DatePeriodError.days("0")) { try DatePeriod(parsing: "0") }
        #expect(throws: DatePeriodError.date("hier")) { try DatePeriod(parsing: "hier..2019-01-01") }
        #expect(throws: DatePeriodError.reversed(from: "2019-02-01", to: "2019-01-01")) {
            try DatePeriod(parsing: "2019-02-01..2019-01-01")
        }
    }

    @Test("a date is in the period when its whole span is; undated never; the article's own day counts")
    func contains() throws {
        let today = Self.day(2024, 3, 2)
        let week = DatePeriod.lastDays(7)
        #expect(week.contains(ArticleDate(year: 2024, month: 2, day: 25), today: today))
        #expect(!week.contains(ArticleDate(year: 2024, month: 2, day: 24), today: today))
        #expect(!week.contains(ArticleDate(year: 2024, month: 3, day: 3), today: today))
        #expect(!week.contains(ArticleDate(year: 2024, month: 3), today: today), "March is not all in the week")
        #expect(!week.contains(nil, today: today))
        #expect(DatePeriod.lastDays(1).contains(ArticleDate(year: 2024, month: 3, day: 2), today: today))
        let late = ArticleDate(year: 2024, month: 3, day: 2, time: TimeOfDay(hour: 23, minute: 30)!, offset: UTCOffset(seconds: 3600)!)
        #expect(DatePeriod.lastDays(1).contains(late, today: today))
        let march = try DatePeriod(parsing: "2024-03")
        #expect(march.contains(ArticleDate(year: 2024, month: 3), today: today))
        #expect(march.contains(ArticleDate(year: 2024, month: 3, day: 31), today: today))
        #expect(!march.contains(ArticleDate(year: 2024, month: 4, day: 1), today: today))
    }

    @Test("the catalogue query: positions in the period, ascending, undated left out; through Corpus's filter too")
    func catalogue() throws {
        let catalogue = CatalogueOrderTests.catalogue
        let today = Self.day(2024, 3, 31)
        #expect(catalogue.positions(in: try DatePeriod(parsing: "2024-01-01..2024-03-31"), today: today) == [0, 2, 5])
        #expect(catalogue.positions(in: .lastDays(31), today: today) == [2], "the whole of March")
        #expect(catalogue.positions(in: try DatePeriod(parsing: "..2023-12-31"), today: today) == [4])
        #expect(catalogue.positions(outlet: "LE MONDE") == [0, 4])
        let rows = catalogue.rows(candidates: SortedIndices.intersection(catalogue.positions(outlet: "le monde"),
                                                                         catalogue.positions(in: try DatePeriod(parsing: "2024"), today: today)),
                                  sectors: [0], match: .any, order: .newest, ordering: catalogue.ordering(.newest))
        #expect(rows == [0])
    }

    @Test("today is the local calendar day")
    func todayIsLocal() throws {
        let utc = try #require(TimeZone(identifier: "UTC")), paris = try #require(TimeZone(identifier: "Europe/Paris"))
        let lateEvening = Date(timeIntervalSince1970: TimeInterval(Self.day(2024, 3, 2) * 86_400 + 23 * 3600 + 30 * 60))
        #expect(DatePeriod.today(lateEvening, timeZone: utc) == Self.day(2024, 3, 2))
        #expect(DatePeriod.today(lateEvening, timeZone: paris) == Self.day(2024, 3, 3))
    }
}
