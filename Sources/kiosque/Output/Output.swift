import Foundation
import Glibc
import KiosqueCore
import KiosqueTUI

/// Standard output for the script commands: text made safe for a terminal, JSON kept exact.
enum Output {
    /// Prints a line with control characters and bidi overrides shown as visible symbols.
    static func printLine(_ line: String) {
        StandardOutput.shared.write(SafeText.sanitize(line) + "\n")
    }

    /// Prints a line as it is (already made safe, e.g. by `jsonLine`).
    static func printRaw(_ line: String) {
        StandardOutput.shared.write(line + "\n")
    }

    /// Prints tab-separated fields, each made safe on its own: a tab inside a field becomes a space
    /// (SafeText), the separators stay tabs.
    static func printFields(_ fields: [String]) {
        StandardOutput.shared.write(fields.map(SafeText.sanitize).joined(separator: "\t") + "\n")
    }

    /// Prints a value as JSON. JSON already escapes C0 controls; C1 controls and bidi
    /// overrides are escaped too, so that no article text can steer a terminal.
    static func printJSON<T: Encodable>(_ value: T) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        let data = try encoder.encode(value)
        let text = String(decoding: data, as: UTF8.self)
        StandardOutput.shared.write(escapeUnsafeScalars(text) + "\n")
    }

    /// A value as one compact JSON line (keys sorted), escaped like `printJSON`. Safe to call
    /// from several threads at once (each call has its own encoder).
    static func jsonLine<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return escapeUnsafeScalars(String(decoding: try encoder.encode(value), as: UTF8.self))
    }

    /// JSON-escapes every scalar `SafeText` would not let through (they only occur inside strings).
    static func escapeUnsafeScalars(_ json: String) -> String {
        // Most lines hold none: they are given back as they are, not rebuilt scalar by scalar.
        guard json.unicodeScalars.contains(where: { $0.value >= 0x7F && SafeText.needsReplacing($0) }) else { return json }
        var out = String.UnicodeScalarView()
        for scalar in json.unicodeScalars {
            if scalar.value >= 0x7F, SafeText.needsReplacing(scalar) {
                let hex = String(scalar.value, radix: 16, uppercase: true)
                out.append(contentsOf: ("\\u" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// Writes a whole document (an export) to standard output: exactly as it is into a pipe or a
    /// file; on a terminal, text formats are made safe line by line (SafeText) and JSON gets
    /// its unsafe scalars escaped (lossless either way for JSON).
    static func writeDocument(_ data: Data, isJSON: Bool) {
        let text = String(decoding: data, as: UTF8.self)
        if isJSON {
            StandardOutput.shared.write(escapeUnsafeScalars(text))
        } else if isatty(STDOUT_FILENO) == 1 {
            let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
                SafeText.sanitize(line.hasSuffix("\r") ? String(line.dropLast()) : String(line))
            }
            StandardOutput.shared.write(lines.joined(separator: "\n"))
        } else {
            StandardOutput.shared.write(data)
        }
    }

    /// Ends the command with exit code 1 when some input could not be read (already reported).
    static func failIfIssues(_ result: LoadResult) throws {
        try failIfIssues(result.issues)
    }

    /// Exit code 1 when some input could not be read (already reported on standard error).
    static func failIfIssues(_ issues: [LoadIssue]) throws {
        if !issues.isEmpty {
            throw CommandFailure(
                message: Diagnostics.strings.format(.loadFailed, ["count": Diagnostics.strings.number(issues.count)]),
                exitCode: ExitStatus.failure)
        }
    }
}

/// Standard output as the commands write it: buffered, written with `write(2)`, and every error
/// kept, so that a full disk or a closed file (`> /dev/full`) ends the command with a message and
/// exit code 1 instead of a crash (Foundation's `FileHandle.write` traps) or a silent exit 0
/// (Swift's `print` drops stdio errors). `finish` flushes and reports.
final class StandardOutput: @unchecked Sendable {
    static let shared = StandardOutput(descriptor: STDOUT_FILENO)

    private let descriptor: Int32
    private let lock = NSLock()
    /// Guarded by `lock`.
    private var buffer: [UInt8] = []
    private var failure: Int32?
    private static let capacity = 1 << 16

    init(descriptor: Int32) {
        self.descriptor = descriptor
        buffer.reserveCapacity(Self.capacity)
    }

    func write(_ text: String) {
        lock.withLock {
            buffer.append(contentsOf: text.utf8)
            if buffer.count >= Self.capacity { flushLocked() }
        }
    }

    func write(_ data: Data) {
        lock.withLock {
            buffer.append(contentsOf: data)
            if buffer.count >= Self.capacity { flushLocked() }
        }
    }

    /// Writes what is buffered; throws when anything written so far was refused.
    func finish() throws(CommandFailure) {
        let error: Int32? = lock.withLock {
            flushLocked()
            return failure
        }
        if let error {
            throw CommandFailure(message: "cannot write to standard output: \(String(cString: strerror(error))) "
                                 + "(is the disk full, or the output closed?)", exitCode: ExitStatus.failure)
        }
    }

    private func flushLocked() {
        defer { buffer.removeAll(keepingCapacity: true) }
        guard failure == nil else { return }
        var offset = 0
        while offset < buffer.count {
            let written = buffer.withUnsafeBytes { bytes in
                Glibc.write(descriptor, bytes.baseAddress.map { $0 + offset }, bytes.count - offset)
            }
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            offset += written
        }
    }
}
