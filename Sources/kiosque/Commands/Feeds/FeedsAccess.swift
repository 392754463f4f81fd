import Foundation
import KiosqueCore
import KiosqueTUI

/// What the feeds commands share: the files, the interface strings (French under a French
/// locale), and every subscription message in the user's language.
struct FeedsAccess {
    let directories: AppDirectories
    let strings: Strings

    init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        directories = AppDirectories(environment: environment)
        let language = Language.from(environment: environment)
        strings = Strings.bundledOrEmpty(language: language)
    }

    var urlsFile: URL { directories.subscriptionsFile }

    /// The urls file; each line in error is a warning, the rest loads.
    func loadList() throws -> SubscriptionList {
        let list: SubscriptionList
        do throws(SubscriptionError) {
            list = try SubscriptionFile.load(urlsFile)
        } catch {
            throw failure(error)
        }
        for problem in list.problems { Diagnostics.warning(message(problem)) }
        return list
    }

    /// Changes the list under the file's lock (`SubscriptionFile.update`), saving it when
    /// `change` says so; lines in error are warnings, subscription errors command failures.
    func update<T>(_ change: (inout SubscriptionList) throws -> (save: Bool, result: T)) throws -> T {
        do {
            return try SubscriptionFile.update(urlsFile) { list in
                for problem in list.problems { Diagnostics.warning(message(problem)) }
                return try change(&list)
            }
        } catch let error as SubscriptionError {
            throw failure(error)
        }
    }

    /// The feeds' state (the fetcher's record); a file that could not be used is said.
    func loadStates() -> FeedStateFile.Loaded {
        let loaded = FeedStateFile(url: directories.feedStateFile).load()
        switch loaded.notice {
        case .movedAside(let file, let movedTo, let reason)?:
            Diagnostics.warning(strings.format(.feedsStateMoved, ["file": file, "movedTo": movedTo, "reason": reason]))
        case .unreadable(let file, let reason)?:
            Diagnostics.warning(strings.format(.feedsStateUnreadable, ["file": file, "reason": reason]))
        case nil:
            break
        }
        return loaded
    }

    /// A subscription error as a command failure: exit 2 for what was typed wrong, 1 otherwise.
    func failure(_ error: SubscriptionError) -> CommandFailure {
        switch error {
        case .notWebURL, .invalidLabel: return CommandFailure(message: message(error), exitCode: ExitStatus.usage)
        default: return CommandFailure(message: message(error), exitCode: ExitStatus.failure)
        }
    }

    func message(_ error: SubscriptionError) -> String { strings.subscriptionError(error, urlsFile: urlsFile.lastPathComponent) }

    func message(_ problem: SubscriptionProblem) -> String { strings.subscriptionProblem(problem) }

    func message(_ error: OPMLError, file: String) -> String {
        switch error {
        case .tooLarge(let bytes, let limit):
            return strings.format(.feedsOPMLTooLarge, ["file": file, "size": String(bytes / 1_048_576), "limit": String(limit / 1_048_576)])
        case .notXML(let reason):
            return strings.format(.feedsOPMLNotXML, ["file": file, "reason": reason])
        case .notOPML(let root):
            return strings.format(.feedsOPMLNotOPML, ["file": file, "root": root])
        }
    }
}
