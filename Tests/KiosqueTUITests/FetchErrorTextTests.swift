import Foundation
import Testing
import KiosqueCore
@testable import KiosqueTUI

/// Fetch errors in the interface language: every case has its own text, with its values filled.
@Suite("Fetch error texts")
struct FetchErrorTextTests {
    static let errors: [FetchError] = [
        .invalidURL("ftp://x"), .hostNotFound(host: "exemple.fr"), .connectionRefused(host: "exemple.fr"),
        .timedOut(seconds: 15), .httpStatus(code: 404, retryAfter: nil), .httpStatus(code: 403, retryAfter: nil),
        .httpStatus(code: 429, retryAfter: 3600), .httpStatus(code: 503, retryAfter: nil),
        .httpStatus(code: 418, retryAfter: nil), .tooLarge(limit: 64 * 1_048_576), .redirectLoop(url: "http://x/a"),
        .tooManyRedirects(limit: 10), .notAFeed(contentType: "text/html"), .cancelled, .network(code: -1200, reason: "TLS"),
    ]

    @Test(arguments: [Language.english, .french])
    func everyErrorHasText(language: Language) throws {
        let strings = try Strings.bundled(language: language)
        for error in Self.errors {
            let text = strings.fetchError(error)
            #expect(!text.contains("fetch.error"), "\(error): \(text)")
            #expect(!text.contains("{"), "\(error): \(text)")
        }
    }

    @Test func frenchNamesWhatToDo() throws {
        let fr = try Strings.bundled(language: .french)
        #expect(fr.fetchError(.httpStatus(code: 429, retryAfter: 3600))
            == "Le serveur a répondu HTTP 429 : trop de requêtes, réessayez plus tard (le serveur demande d’attendre 3\u{00A0}600 s)")
        #expect(fr.fetchError(.tooLarge(limit: 64 * 1_048_576)) == "Le flux dépasse 64 Mo et n’a pas été lu : ce n’est sans doute pas un flux")
        let en = try Strings.bundled(language: .english)
        #expect(en.fetchError(.tooLarge(limit: 100_000)) == "The feed is larger than 97 KB and was not read: it is probably not a feed")
        #expect(en.fetchError(.redirectLoop(url: "http://x/a"))
            == "The address redirects in a loop (back to http://x/a): the site is misconfigured, check the address")
    }
}
