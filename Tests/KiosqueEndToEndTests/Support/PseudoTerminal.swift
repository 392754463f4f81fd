import Foundation

/// A pseudo-terminal pair without tmux: the test holds the master side, the program gets the
/// slave as stdin, stdout and stderr. Started with `posix_spawn` (no `setsid`), the slave is not
/// the program's controlling terminal, so closing the master gives it EOF without a SIGHUP.
final class PseudoTerminal {
    private(set) var master: Int32 = -1
    private var slave: Int32 = -1
    let slavePath: String

    init() throws {
        guard openpty(&master, &slave, nil, nil, nil) == 0, let name = ttyname(slave) else {
            throw Spawn.Failure(description: "cannot open a pseudo-terminal")
        }
        slavePath = String(cString: name)
        _ = fcntl(master, F_SETFL, fcntl(master, F_GETFL) | O_NONBLOCK)
        // The program must not inherit the master: it would keep the pair open after closeMaster().
        _ = fcntl(master, F_SETFD, FD_CLOEXEC)
        _ = fcntl(slave, F_SETFD, FD_CLOEXEC)
    }

    /// Closes the test's own slave descriptor once the program has opened the slave.
    func closeSlave() {
        if slave >= 0 { close(slave) }
        slave = -1
    }

    /// Reads what the program wrote until `text` appears or the deadline passes.
    func read(until text: String, timeout: Duration = .seconds(10)) throws -> String {
        let deadline = ContinuousClock.now + timeout
        var output = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while ContinuousClock.now < deadline {
            let count = Foundation.read(master, &buffer, buffer.count)
            if count > 0 {
                output.append(contentsOf: buffer[0..<count])
                if String(decoding: output, as: UTF8.self).contains(text) { return String(decoding: output, as: UTF8.self) }
            } else {
                usleep(20_000)
            }
        }
        throw Spawn.Failure(description: "timed out waiting for \(text) on the pseudo-terminal")
    }

    /// Closes the master side: the program's reads now fail at once.
    func closeMaster() {
        if master >= 0 { close(master) }
        master = -1
    }

    deinit {
        closeSlave()
        closeMaster()
    }
}
