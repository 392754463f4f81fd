import Foundation

/// The one way background work reaches the event loop: a thread-safe queue of messages and a
/// wake-up pipe that the loop waits on with `poll(2)` together with the terminal's input.
///
/// Any thread may `post`; only the loop `drain`s. The pipe holds at most one byte per batch of
/// posts (a byte is written when the queue goes from empty to not empty), so a flood of posts
/// never fills it. Both ends are non-blocking and closed on exec.
public final class Mailbox<Msg: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var queue: [Msg] = []
    private let readEnd: Int32
    private let writeEnd: Int32

    public init() {
        var ends: [Int32] = [-1, -1]
        if pipe(&ends) == 0 {
            for end in ends {
                _ = fcntl(end, F_SETFL, fcntl(end, F_GETFL) | O_NONBLOCK)
                _ = fcntl(end, F_SETFD, FD_CLOEXEC)
            }
        } else {
            // No descriptor left: posts are still queued; a loop waiting on -1 only wakes on input.
            ends = [-1, -1]
        }
        readEnd = ends[0]
        writeEnd = ends[1]
    }

    deinit {
        if readEnd >= 0 { close(readEnd) }
        if writeEnd >= 0 { close(writeEnd) }
    }

    /// The descriptor that becomes readable when messages wait (for `poll`).
    public var wakeDescriptor: Int32 { readEnd }

    /// Queues a message and wakes the loop. Safe from any thread.
    public func post(_ message: Msg) {
        let wasEmpty: Bool = lock.withLock {
            queue.append(message)
            return queue.count == 1
        }
        if wasEmpty { wake() }
    }

    /// Queues several messages at once (one wake-up).
    public func post(_ messages: [Msg]) {
        guard !messages.isEmpty else { return }
        let wasEmpty: Bool = lock.withLock {
            let empty = queue.isEmpty
            queue += messages
            return empty
        }
        if wasEmpty { wake() }
    }

    /// Every message posted so far, in posting order; clears the wake-up.
    public func drain() -> [Msg] {
        // The pipe first: a post that lands after this read and before the take below is taken
        // now and leaves a byte behind (one spurious wake-up, never a lost one).
        var buffer = [UInt8](repeating: 0, count: 64)
        while readEnd >= 0, read(readEnd, &buffer, buffer.count) > 0 {}
        return lock.withLock {
            defer { queue = [] }
            return queue
        }
    }

    /// True when messages wait.
    public var isEmpty: Bool { lock.withLock { queue.isEmpty } }

    /// Blocks until a message is posted or `timeout` seconds pass (tests, benchmarks: the loop
    /// itself polls the descriptor with the terminal's); true when messages wait.
    @discardableResult
    public func wait(timeout: Double) -> Bool {
        if !isEmpty { return true }
        let deadline = DispatchTime.now().uptimeNanoseconds + UInt64(max(0, timeout) * 1e9)
        while isEmpty {
            let now = DispatchTime.now().uptimeNanoseconds
            guard now < deadline, readEnd >= 0 else { return !isEmpty }
            var descriptor = pollfd(fd: readEnd, events: Int16(POLLIN), revents: 0)
            _ = poll(&descriptor, 1, Int32(min(UInt64(Int32.max), (deadline - now + 999_999) / 1_000_000)))
        }
        return true
    }

    private func wake() {
        guard writeEnd >= 0 else { return }
        var byte: UInt8 = 1
        // EAGAIN: the pipe is full of wake-ups already; the loop will wake.
        _ = write(writeEnd, &byte, 1)
    }
}

/// Posts a message to a mailbox after a delay, on a timer (timed work is a message, never a poll).
/// Cancelled when it goes.
public final class MailboxTimer: @unchecked Sendable {
    private let timer: DispatchSourceTimer

    /// Posts `message()` every `interval` seconds, the first time after `interval`.
    public init<Msg: Sendable>(every interval: Double, to mailbox: Mailbox<Msg>, message: @escaping @Sendable () -> Msg) {
        timer = DispatchSource.makeTimerSource(queue: DispatchQueue(label: "kiosque.mailbox-timer"))
        let nanoseconds = Int(max(0, interval) * 1e9)
        timer.schedule(deadline: .now() + .nanoseconds(nanoseconds), repeating: .nanoseconds(max(1_000_000, nanoseconds)))
        timer.setEventHandler { [weak mailbox] in mailbox?.post(message()) }
        timer.resume()
    }

    public func cancel() { timer.cancel() }

    deinit { timer.cancel() }
}
