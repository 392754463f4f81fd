import Foundation
import KiosqueTUI

/// Where `Effect.openLink` and `Effect.copyLink` go: `LinkEffects`, or a fake in tests.
public protocol LinkService: AnyObject {
    /// Hands an http(s) link to the browser: the answer now (started, or no browser at all); a
    /// failure found later is posted to the mailbox.
    func open(_ link: String) -> [Message]
    /// Writes the link to the terminal's clipboard.
    func copy(_ link: String) -> [Message]
}

/// Opens links in the browser, detached from the terminal, and copies them through the terminal.
///
/// The commands are `$BROWSER`'s (`BrowserCommands`), then `xdg-open`. Each is started with
/// `posix_spawnp` and an argument list (never a shell), in a session of its own, with its
/// standard streams on `/dev/null`, an empty signal mask and default signal actions: it can
/// neither read the reader's keys nor write over its screen, and the terminal stays in curses'
/// hands. A command that cannot be started (not found) gives way to the next at once; one that
/// exits with a failure gives way to the next in the background, and when none is left the
/// mailbox gets `Message.linkOpened(.failure)`. A terminal browser (w3m, lynx) cannot run so; see
/// DECISIONS.md, "Links".
public final class LinkEffects: LinkService {
    private let mailbox: Mailbox<Message>
    private let browser: String?
    private let clipboard: (String) -> Bool
    private let fallback: String
    private let queue = DispatchQueue(label: "kiosque.links")

    /// `environment`: where `BROWSER` is read; `clipboard`: writes a text to the terminal's
    /// clipboard, true when written (the curses backend's OSC 52); `fallback`: the command tried
    /// last.
    public init(mailbox: Mailbox<Message>, environment: [String: String], clipboard: @escaping (String) -> Bool,
                fallback: String = "xdg-open") {
        self.mailbox = mailbox
        self.fallback = fallback
        browser = environment["BROWSER"]
        self.clipboard = clipboard
    }

    public func open(_ link: String) -> [Message] {
        var commands = BrowserCommands.candidates(browser: browser, link: link, fallback: fallback)[...]
        while let command = commands.popFirst() {
            guard let pid = Launch.detached(command) else { continue }
            let rest = Array(commands)
            let mailbox = self.mailbox
            queue.async {
                if let failure = Launch.waitRest(first: (command, pid), then: rest) {
                    mailbox.post(.linkOpened(.failure(failure)))
                }
            }
            return [.linkOpened(.success(Launch.name(command)))]
        }
        return [.linkOpened(.failure(.noBrowser))]
    }

    public func copy(_ link: String) -> [Message] {
        [.linkCopied(clipboard(link))]
    }
}

/// The commands `$BROWSER` names for a link, as the BROWSER convention writes them: entries
/// separated by `:`, each a command whose `%s` is replaced by the link (`%%` is `%`), the link
/// added as the last argument when there is no `%s`; then `xdg-open`. An entry's words are split
/// at spaces, with single and double quotes and backslashes as a shell would, but nothing else
/// of a shell (no variables, no globbing): the link is always one whole argument.
public enum BrowserCommands {
    public static func candidates(browser: String?, link: String, fallback: String = "xdg-open") -> [[String]] {
        var commands = (browser ?? "").split(separator: ":").compactMap { command(String($0), link: link) }
        let last = [fallback, link]
        if !commands.contains(last) { commands.append(last) }
        return commands
    }

    /// One entry's arguments, nil when it names no program.
    public static func command(_ entry: String, link: String) -> [String]? {
        var words = split(entry)
        guard !words.isEmpty else { return nil }
        var placed = false
        for i in words.indices.dropFirst() where words[i].contains("%") {
            let (word, used) = substitute(words[i], link: link)
            words[i] = word
            placed = placed || used
        }
        if !placed { words.append(link) }
        return words
    }

    /// `%s` replaced by the link and `%%` by `%`; true when `%s` was there.
    static func substitute(_ word: String, link: String) -> (String, Bool) {
        var out = "", used = false
        var chars = word[...]
        while let c = chars.popFirst() {
            guard c == "%", let next = chars.first else {
                out.append(c)
                continue
            }
            if next == "s" {
                out += link
                used = true
                chars.removeFirst()
            } else if next == "%" {
                out.append("%")
                chars.removeFirst()
            } else {
                out.append(c)
            }
        }
        return (out, used)
    }

    /// Words split at unquoted spaces; quotes group, a backslash keeps the next character.
    static func split(_ entry: String) -> [String] {
        var words: [String] = []
        var word = "", inWord = false
        var quote: Character?
        var chars = entry[...]
        while let c = chars.popFirst() {
            if let open = quote {
                if c == open {
                    quote = nil
                } else if c == "\\", open == "\"", let next = chars.popFirst() {
                    word.append(next)
                } else {
                    word.append(c)
                }
            } else if c == "'" || c == "\"" {
                quote = c
                inWord = true
            } else if c == "\\" {
                if let next = chars.popFirst() { word.append(next) }
                inWord = true
            } else if c.isWhitespace {
                if inWord { words.append(word) }
                word = ""
                inWord = false
            } else {
                word.append(c)
                inWord = true
            }
        }
        if inWord { words.append(word) }
        return words
    }
}

/// Starting a browser command away from the terminal, and waiting for it off the key path.
enum Launch {
    /// The command's program name, for the status line.
    static func name(_ command: [String]) -> String {
        command.first.map { ($0 as NSString).lastPathComponent } ?? ""
    }

    /// Starts the command (looked up in `PATH`) in a session of its own, standard streams on
    /// `/dev/null`, an empty signal mask and default signal actions, other descriptors closed;
    /// nil when it cannot be started.
    static func detached(_ command: [String]) -> pid_t? {
        guard let program = command.first, !program.isEmpty else { return nil }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, "/dev/null", O_WRONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        // Glibc's `addclosefrom_np` is not visible to Swift: the open descriptors are listed
        // instead (one that closes before the spawn is ignored by glibc's close action).
        for fd in openDescriptors() where fd > 2 { posix_spawn_file_actions_addclose(&actions, fd) }
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        var all = sigset_t()
        sigfillset(&all)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setsigdefault(&attributes, &all)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK | POSIX_SPAWN_SETSIGDEF | spawnSetSID))
        let argv = command.map { strdup($0) } + [nil]
        let envp = ProcessInfo.processInfo.environment.map { strdup("\($0.key)=\($0.value)") } + [nil]
        defer {
            argv.forEach { free($0) }
            envp.forEach { free($0) }
        }
        var pid: pid_t = 0
        return posix_spawnp(&pid, program, &actions, &attributes, argv, envp) == 0 ? pid : nil
    }

    /// Glibc's `POSIX_SPAWN_SETSID` (0x80, `spawn.h`), which Swift does not import: the child
    /// starts a session of its own, without the reader's controlling terminal.
    private static let spawnSetSID: Int32 = 0x80

    /// The process's open descriptors (`/proc/self/fd`); empty where there is no such folder.
    private static func openDescriptors() -> [Int32] {
        ((try? FileManager.default.contentsOfDirectory(atPath: "/proc/self/fd")) ?? []).compactMap { Int32($0) }
    }

    /// Waits for the started command; while it fails, starts and waits for the next ones. Nil
    /// when one succeeded, else why the last one failed.
    static func waitRest(first: ([String], pid_t), then rest: [[String]]) -> LinkError? {
        var failure = exitFailure(first.0, pid: first.1)
        for command in rest where failure != nil {
            guard let pid = detached(command) else { continue }
            failure = exitFailure(command, pid: pid)
        }
        return failure
    }

    /// Waits for `pid`; nil when it exited with status 0.
    static func exitFailure(_ command: [String], pid: pid_t) -> LinkError? {
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 {
            if errno != EINTR { return nil }
        }
        // WIFEXITED / WEXITSTATUS / WTERMSIG are macros: decode the status by hand.
        let signal = status & 0x7F
        let code = signal == 0 ? (status >> 8) & 0xFF : 128 + signal
        return code == 0 ? nil : .failed(command: name(command), status: code)
    }
}
