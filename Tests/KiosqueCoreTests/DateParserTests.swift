import Foundation
import Testing
@testable import KiosqueCore

@Suite("Dates")
struct DateParserTests {
    func parser() throws -> DateParser { DateParser(data: try TestSupport.french()) }

    @Test(arguments: [
        ("2018-12-03", "2018-12-03"), ("7-12-2018", "2018-12-07"), ("17-1-2019", "2019-01-17"),
        ("2024-03", "2024-03"), ("2024-03-01", "2024-03-01"), ("17/01/2019", "2019-01-17"),
        ("Jeudi 29 Février 2024", "2024-02-29"), ("28 février 2024", "2024-02-28"), ("1er mars 2019", "2019-03-01"),
        ("JEUDI 29 FEVRIER 2024", "2024-02-29"), ("mercredi, 5 déc. 2018", "2018-12-05"), ("mars 2019", "2019-03"),
        ("date 2024-03", "2024-03"), ("Publié le 3 août 2019", "2019-08-03"),
    ])
    func fields(text: String, iso: String) throws {
        #expect(try parser().parseField(text)?.iso8601 == iso)
    }

    @Test(arguments: ["", "2018-13-01", "31-4-2019", "29 février 2023", "bonjour", "12 2019", "2024-03 et demain", "32-1-2019"])
    func rejected(text: String) throws {
        #expect(try parser().parseField(text) == nil)
    }

    @Test func dateLines() throws {
        let dates = try parser()
        #expect(dates.parseDateLine("Jeudi 29 Février 2024")?.iso8601 == "2024-02-29")
        #expect(dates.parseDateLine("28 février 2024 à 10h30")?.iso8601 == "2024-02-28")
        #expect(dates.parseDateLine("28 février 2024, les ministres arrivent") == nil)
    }

    @Test func aDatelineKeepsItsTime() throws {
        #expect(try TestSupport.parse("Titre\n\n28 février 2024 à 10h30\n\nLe texte.").date?.iso8601 == "2024-02-28T10:30:00")
        #expect(try TestSupport.parse("Titre\n\nJeudi 29 Février 2024 | 10:32\n\nLe texte.").date?.iso8601 == "2024-02-29T10:32:00")
        #expect(try TestSupport.parse("Titre\n\n28 février 2024\n\nLe texte.").date?.iso8601 == "2024-02-28")
        let dotted = try TestSupport.parse("Titre\n\n15.03.2024 08:30\n\nLe texte.")
        #expect(dotted.date?.iso8601 == "2024-03-15T08:30:00")
        #expect(dotted.paragraphs.map(\.role) == [.title, .dateline, .body])
        #expect(try TestSupport.parse("Titre\n\nFri, 15 Mar 2024 08:00:00 GMT\n\nLe texte.").date?.iso8601 == "2024-03-15T08:00:00Z")
        let year = try TestSupport.parse("Titre\n\n2024\n\nLe texte.")
        #expect(year.date == nil && year.paragraphs[1].role == .body, "a year alone is text")
    }

    @Test func datePrefix() throws {
        let line = " date 2024-03 – Cette relation bilatérale"
        let found = try #require(try parser().parseDatePrefix(line))
        #expect(found.date.iso8601 == "2024-03")
        #expect(TestSupport.slice(line, TextRange(found.restStart, line.unicodeScalars.count)) == "Cette relation bilatérale")
    }

    @Test func jsonlDateFallsBackToTextStart() throws {
        let folder = try TemporaryFolder()
        let file = try folder.write("dates.jsonl", """
        {"id": "a", "date": "7-12-2018", "text": "Un texte."}
        {"id": "b", "date": null, "text": "Jeudi 29 février 2024\\n\\nLe texte suit ici."}
        {"id": "c", "date": "hier", "text": "Rien."}
        """)
        let result = ArticleFiles.load(paths: [file])
        #expect(result.issues.isEmpty)
        #expect(result.articles.map { $0.date?.iso8601 } == ["2018-12-07", "2024-02-29", nil])
        #expect(result.articles[2].notes.map(\.description) == ["date \"hier\" not understood, article kept without a date"])
        #expect(result.articles[1].paragraphs.first?.role == .dateline)
    }
}

@Suite("DateText: every form, with time and zone")
struct DateTextTests {
    @Test(arguments: [
        // RFC 822 / 1123
        ("Fri, 15 Mar 2024 08:00:00 +0100", "2024-03-15T08:00:00+01:00"),
        ("Fri, 15 Mar 2024 08:00 +0100", "2024-03-15T08:00:00+01:00"),
        ("15 Mar 2024 08:00:00 GMT", "2024-03-15T08:00:00Z"),
        ("Fri, 15 Mar 24 08:00:00 GMT", "2024-03-15T08:00:00Z"),
        ("Mon, 01 Jun 98 12:00:00 UT", "1998-06-01T12:00:00Z"),
        ("Fri, 15 Mar 2024 08:00:00 EST", "2024-03-15T08:00:00-05:00"),
        ("Fri, 15 Mar 2024 08:00:00 PDT", "2024-03-15T08:00:00-07:00"),
        ("Fri, 15 Mar 2024 08:00:00 CET", "2024-03-15T08:00:00+01:00"),
        ("Fri, 15 Mar 2024 08:00:00 CEST", "2024-03-15T08:00:00+02:00"),
        ("Fri, 15 Mar 2024 08:00:00 Z", "2024-03-15T08:00:00Z"),
        ("Fri, 15 Mar 2024 08:00:00 N", "2024-03-15T08:00:00+01:00"),
        ("Fri, 15 Mar 2024 08:00:00 Y", "2024-03-15T08:00:00+12:00"),
        ("Fri, 15 Mar 2024 08:00:00 GMT+01:00", "2024-03-15T08:00:00+01:00"),
        ("Fri, 15 Mar 2024 08:00:00 Etc/GMT", "2024-03-15T08:00:00Z"),
        ("Fri, 15 Mar 2024 08:00:00 -0530", "2024-03-15T08:00:00-05:30"),
        ("Fri, 15 Mar 2024 08:00:00", "2024-03-15T08:00:00"),
        ("Fri, 15 Mar 2024", "2024-03-15"),
        ("Fri Mar 15 08:00:00 2024", "2024-03-15T08:00:00"),
        ("Fri Mar 15 08:00:00 PST 2024", "2024-03-15T08:00:00-08:00"),
        // ISO 8601 / W3CDTF
        ("2024-03-15T08:00:00Z", "2024-03-15T08:00:00Z"),
        ("2024-03-15T08:00:00+01:00", "2024-03-15T08:00:00+01:00"),
        ("2024-03-15T08:00:00.123456-05:00", "2024-03-15T08:00:00-05:00"),
        ("2024-03-15T08:00", "2024-03-15T08:00:00"),
        ("2024-03-15t08:00z", "2024-03-15T08:00:00Z"),
        ("2024-03-15 08:00:00", "2024-03-15T08:00:00"),
        ("2024-03-15 08:00", "2024-03-15T08:00:00"),
        ("2024-03-15 08:00:00 UTC", "2024-03-15T08:00:00Z"),
        ("20240315T080000Z", "2024-03-15T08:00:00Z"),
        ("20240315", "2024-03-15"),
        ("2024", "2024"), ("2024-03", "2024-03"), ("2021-011-05T06:07:08+00:00", "2021-11-05T06:07:08Z"),
        ("Sat Nov 6 2021 10:11:12 +0200", "2021-11-06T10:11:12+02:00"), ("Sat Nov 06 10:11:12 -0000 2021", "2021-11-06T10:11:12Z"),
        ("Sat, 06 Nov, 2021 10:11:12 UTC", "2021-11-06T10:11:12Z"), ("Sat, 2021/11/06 10:11:12 EDT", "2021-11-06T10:11:12-04:00"),
        ("Sat, 06 November 2021 10:11:12 CT", "2021-11-06T10:11:12-06:00"), ("Sat, 06 Nov 2021 10:11:12 MEST", "2021-11-06T10:11:12+02:00"),
        ("Sat, 06 Nov 2021 10:11:12 GMT-02:30", "2021-11-06T10:11:12-02:30"), ("2021-11-06 10:11:12.0", "2021-11-06T10:11:12"),
        // day first
        ("15.03.2024", "2024-03-15"), ("15/03/2024", "2024-03-15"), ("15-03-2024", "2024-03-15"),
        ("15/03/2024 08:30", "2024-03-15T08:30:00"), ("15.03.2024 à 8h", "2024-03-15T08:00:00"),
        // French and English words
        ("jeu. 29 févr. 2024", "2024-02-29"), ("1er mars 2024", "2024-03-01"),
        ("vendredi 15 mars 2024 à 08h00", "2024-03-15T08:00:00"),
        ("Publié le vendredi 15 mars 2024 à 8h30", "2024-03-15T08:30:00"),
        ("15 mars 2024, 08:00", "2024-03-15T08:00:00"),
        ("March 15, 2024", "2024-03-15"), ("Mar. 15, 2024", "2024-03-15"), ("15th March 2024", "2024-03-15"),
        ("March 15, 2024 8:05 pm", "2024-03-15T20:05:00"), ("mars 2019", "2019-03"),
    ])
    func reads(text: String, iso: String) {
        #expect(DateText.parse(text)?.iso8601 == iso)
    }

    /// Everything `DateParser.parseField` reads, `DateText` reads the same.
    @Test(arguments: [
        "2018-12-03", "7-12-2018", "17-1-2019", "2024-03", "2024-03-01", "17/01/2019", "Jeudi 29 Février 2024",
        "28 février 2024", "1er mars 2019", "JEUDI 29 FEVRIER 2024", "mercredi, 5 déc. 2018", "mars 2019",
        "date 2024-03", "Publié le 3 août 2019",
    ])
    func readsWhatTheFieldParserReads(text: String) throws {
        let expected = try #require(try DateParser(data: TestSupport.french()).parseField(text))
        #expect(DateText.parse(text) == expected)
    }

    @Test(arguments: [
        "", "hier", "15 Marsch 2024", "2018-13-01", "31-4-2019", "29 février 2023", "12 2019", "2024-03 et demain",
        "32-1-2019", "2024-03-15T25:00:00Z", "2024-03-15T08:61", "Fri, 15 Mar 2024 08:00:00 +2500",
        "2024-03-15T08:00:00Z trailing words", "15.03", "2024-03T08:00", String(repeating: "1", count: 500),
        "Sat, 06 Nov 2021 1:2:3:4 GMT", "Sat, 06 Nov 2021 10:11:12 +zz:00", "Sat, 06 Nov 2021 10:11:12 +00:zz", "Sat, Nov x 2021 10:11:12 GMT",
        "2021-11-06T10:11:12-05:00Textra", "2021-xx-06", "2021-11-06T10:xx:12Z", "2021-11-06T10:11:61Z", "2021-1106-01", "2021-0111-06",
    ])
    func rejects(text: String) {
        #expect(DateText.parse(text) == nil)
    }
}

@Suite("ArticleDate with a time")
struct ArticleDateTimeTests {
    func date(_ text: String) throws -> ArticleDate { try #require(DateText.parse(text)) }

    @Test func ordersByInstantAndDatesAloneAtTheirDay() throws {
        let paris = try date("2024-03-15T08:00:00+01:00")     // 07:00Z
        let utc = try date("2024-03-15T07:30:00Z")
        let newYork = try date("2024-03-15T02:00:00-05:00")   // 07:00Z, the same instant as paris
        let day = try date("2024-03-15")
        let nextDay = try date("2024-03-16")
        let lateEvening = try date("2024-03-15T23:30:00-05:00") // 2024-03-16T04:30Z
        #expect(day < paris && paris < utc && utc < nextDay && nextDay < lateEvening)
        #expect(paris != newYork && paris.secondsFromEpoch == newYork.secondsFromEpoch)
        #expect((paris < newYork) != (newYork < paris), "same instant, different offsets: still ordered, not equal")
        #expect(try date("2024") < date("2024-01") && date("2024-01") < date("2024-01-01"))
        let shuffled = [nextDay, utc, lateEvening, day, paris]
        #expect(shuffled.sorted() == [day, paris, utc, nextDay, lateEvening])
    }

    @Test func equalityAndHashFollowEveryPart() throws {
        #expect(try date("2024-03-15T08:00:00Z") == date("15 Mar 2024 08:00:00 GMT"))
        #expect(try date("2024-03-15T08:00:00Z") != date("2024-03-15T08:00:00"))
        #expect(try date("2024-03-15T08:00:00Z") != date("2024-03-15"))
        #expect(try Set([date("2024-03-15T08:00:00Z"), date("Fri, 15 Mar 2024 08:00 UT"), date("2024-03-15")]).count == 2)
        #expect(try date("2024-03-15T08:00:00+01:00").dayOnly == date("2024-03-15"))
    }

    @Test func refusesATimeWithoutADayAndAnOffsetWithoutATime() {
        #expect(ArticleDate(year: 2024, month: 3, time: TimeOfDay(hour: 8)) == nil)
        #expect(ArticleDate(year: 2024, month: 3, day: 15, offset: .utc) == nil)
        #expect(TimeOfDay(hour: 24) == nil && UTCOffset(hours: 24) == nil)
        #expect(ArticleDate(year: 2024, month: 3, day: 15, time: TimeOfDay(hour: 8), offset: UTCOffset(west: true, hours: 0, minutes: 30))?
            .iso8601 == "2024-03-15T08:00:00-00:30")
    }

    @Test func epochSecondsAcrossCenturies() throws {
        #expect(try date("1970-01-01T00:00:00Z").secondsFromEpoch == 0)
        #expect(try date("2000-03-01T00:00:00Z").secondsFromEpoch == 951_868_800)
        #expect(try date("1969-12-31T23:00:00Z").secondsFromEpoch == -3600)
        #expect(try date("1969-12-31T23:00:00Z") < date("1970-01-01"))
    }
}

@Suite("ArticleDate ISO round trip")
struct ArticleDateISOTests {
    @Test(arguments: ["2024", "2024-03", "2024-03-15", "2024-03-15T08:00:00", "2024-03-15T07:00:00Z",
                      "2024-03-15T08:00:00+01:00", "2024-03-15T08:00:00-05:30"])
    func roundTrips(text: String) throws {
        #expect(try #require(ArticleDate(iso8601: text)).iso8601 == text)
    }

    @Test(arguments: ["2024-03-15T08:00", "2024-03-15T08:00:00+0100", "2024-03-15T", "2024-03-15T08:00:00Zulu", "2024-03-15T24:00:00"])
    func rejects(text: String) {
        #expect(ArticleDate(iso8601: text) == nil)
    }
}

@Suite("ArticleDate shown to a reader")
struct ArticleDateDisplayTests {
    let paris = TimeZone(identifier: "Europe/Paris") ?? .current
    let utc = TimeZone(identifier: "UTC") ?? .current

    func date(_ text: String) throws -> ArticleDate { try #require(DateText.parse(text)) }

    @Test func frenchAndEnglish() throws {
        #expect(try date("2024-03-15T08:00:00+01:00").displayed(.french, timeZone: paris) == "15 mars 2024, 08:00")
        #expect(try date("2024-03-15T08:00:00+01:00").displayed(.english, timeZone: paris) == "15 Mar 2024, 08:00")
        #expect(try date("2024-03-15T07:00:00Z").displayed(.french, timeZone: paris) == "15 mars 2024, 08:00")
        #expect(try date("2024-03-15T07:00:00Z").displayed(.english, timeZone: utc) == "15 Mar 2024, 07:00")
        #expect(try date("2024-02-01").displayed(.french, timeZone: paris) == "1er février 2024")
        #expect(try date("2024-09").displayed(.english, timeZone: paris) == "Sep 2024")
        #expect(try date("2024").displayed(.french, timeZone: paris) == "2024")
        #expect(try date("2024-08-15 08:00").displayed(.french, timeZone: utc) == "15 août 2024, 08:00", "no zone: as written")
    }

    @Test func theDayMovesWithTheClock() throws {
        let late = try date("2024-03-15T23:30:00-05:00")
        #expect(late.displayed(.french, timeZone: paris) == "16 mars 2024, 05:30")
        #expect(late.shortDay(timeZone: paris) == "2024-03-16")
        #expect(late.inTimeZone(paris).secondsFromEpoch == late.secondsFromEpoch)
        #expect(try date("2024-07-01T12:00:00Z").inTimeZone(paris).iso8601 == "2024-07-01T14:00:00+02:00")
        #expect(try date("2024-03-15").shortDay(timeZone: paris) == "2024-03-15")
    }
}
