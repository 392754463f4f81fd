import Foundation
import Glibc
import KiosqueCore

/// Progress on standard error (the index update's, a fetch's), one line rewritten in place, only
/// when standard error is a terminal (nothing at all in pipes and files, so scripts see clean output).
final class ProgressLine: @unchecked Sendable {
    private let lock = NSLock()
    private var lastDraw: UInt64 = 0
    private var drawn = false

    /// A progress line when standard error is a terminal, else nil.
    static func forStandardError() -> ProgressLine? {
        isatty(2) == 1 ? ProgressLine() : nil
    }

    /// Draws the index update's `progress` (at most ten times a second, and always the last one).
    func show(_ progress: IndexProgress) {
        guard progress.total > 0 else { return }
        var line = "Indexing \(Self.number(progress.done))/\(Self.number(progress.total)) articles"
        if progress.rate > 0 { line += " · \(Self.number(Int(progress.rate)))/s" }
        if let left = progress.remaining, progress.done < progress.total { line += " · \(Self.duration(left)) left" }
        show(line, always: progress.done == progress.total)
    }

    /// Draws `line` in place of the last one: at most ten times a second unless `always`.
    func show(_ line: String, always: Bool) {
        let now = DispatchTime.now().uptimeNanoseconds
        lock.lock()
        defer { lock.unlock() }
        guard always || now - lastDraw > 100_000_000 else { return }
        lastDraw = now
        drawn = true
        FileHandle.standardError.write(Data("\r\u{1B}[K\(line)".utf8))
    }

    /// Clears the line once the update is over.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if drawn { FileHandle.standardError.write(Data("\r\u{1B}[K".utf8)) }
        drawn = false
    }

    static func number(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (i, ch) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(ch)
        }
        return out
    }

    static func duration(_ seconds: Double) -> String {
        let s = Int(seconds.rounded(.up))
        return s < 60 ? "\(s) s" : "\(s / 60) min \(s % 60) s"
    }
}
