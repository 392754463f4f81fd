import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// File paths as Kiosque holds them: a `String` that names any file, even one whose name is not
/// UTF-8. On Linux a file name is bytes; Foundation decodes a Latin-1 `caf\xE9.txt` lossily
/// (`caf�.txt`), and that string no longer names the file.
///
/// Here each byte that is not part of valid UTF-8 is held as one private-use scalar, byte
/// 0x80...0xFF as U+EF80...U+EFFF (the range MirBSD's OPTU-8 uses; Python's "surrogateescape"
/// uses lone surrogates, which a Swift string cannot hold). A name that is valid UTF-8 but holds
/// a scalar of that range has that scalar's bytes escaped too, so `decode` and `bytes` are exact
/// inverses for every name. Every system call gets its path through `bytes`/`withCString` (never
/// Foundation's path APIs, which would encode the escapes as UTF-8); what is shown goes through
/// `display`, which writes each escaped byte as `\xE9`.
public enum SystemPath {
    /// The scalars that stand for the bytes 0x80...0xFF of a name that is not UTF-8.
    static let escapes: ClosedRange<UInt32> = 0xEF80...0xEFFF
    private static let escapeBase: UInt32 = 0xEF00

    // MARK: bytes and strings

    /// The path named by `bytes` (a file name or a whole path, without its NUL).
    public static func decode<Bytes: Collection>(_ bytes: Bytes) -> String where Bytes.Element == UInt8 {
        if let valid = String(validating: bytes, as: UTF8.self), !valid.unicodeScalars.contains(where: isEscape) {
            return valid
        }
        var scalars = String.UnicodeScalarView()
        let all = Array(bytes)
        var i = 0
        while i < all.count {
            let found = scalar(in: all, at: i)
            let length = found?.length ?? 1
            if let found, !isEscape(found.scalar) {
                scalars.append(found.scalar)
            } else {
                for byte in all[i..<(i + length)] { scalars.append(escape(byte)) }
            }
            i += length
        }
        return String(scalars)
    }

    /// The path named by a C string (`readdir`, `realpath`, `getcwd`, `argv`).
    public static func decode(cString: UnsafePointer<CChar>) -> String {
        decode(UnsafeRawBufferPointer(start: cString, count: strlen(cString)))
    }

    /// The exact bytes of the file name `path` stands for: what every system call needs.
    public static func bytes(_ path: String) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(path.utf8.count)
        for scalar in path.unicodeScalars {
            if isEscape(scalar) {
                out.append(UInt8(scalar.value - escapeBase))
            } else {
                out.append(contentsOf: UTF8.encode(scalar).map(Array.init) ?? [])
            }
        }
        return out
    }

    /// Calls `body` with `path` as the NUL-terminated bytes a system call takes.
    public static func withCString<Result>(_ path: String, _ body: (UnsafePointer<CChar>) throws -> Result) rethrows -> Result {
        guard path.unicodeScalars.contains(where: isEscape) else { return try path.withCString(body) }
        let raw = bytes(path).map { CChar(bitPattern: $0) } + [0]
        return try raw.withUnsafeBufferPointer { buffer in
            guard let base = buffer.baseAddress else { return try "".withCString(body) }
            return try body(base)
        }
    }

    /// `path` as shown to the user: each byte that is not UTF-8 as `\xE9` (never a raw byte, never
    /// a private-use character); a UTF-8 path is shown as it is.
    public static func display(_ path: String) -> String {
        guard path.unicodeScalars.contains(where: isEscape) else { return path }
        var out = ""
        for scalar in path.unicodeScalars {
            if isEscape(scalar) {
                let byte = scalar.value - escapeBase
                out += "\\x" + (byte < 0x10 ? "0" : "") + String(byte, radix: 16, uppercase: true)
            } else {
                out.unicodeScalars.append(scalar)
            }
        }
        return out
    }

    static func isEscape(_ scalar: Unicode.Scalar) -> Bool { escapes.contains(scalar.value) }

    private static func escape(_ byte: UInt8) -> Unicode.Scalar {
        Unicode.Scalar(escapeBase + UInt32(byte)) ?? "\u{FFFD}"
    }

    /// The scalar of the well-formed UTF-8 sequence at `i` and its length, or nil when the bytes
    /// there are not one (RFC 3629: no overlong forms, no surrogates, nothing above U+10FFFF).
    private static func scalar(in bytes: [UInt8], at i: Int) -> (scalar: Unicode.Scalar, length: Int)? {
        let lead = bytes[i]
        let length: Int, second: ClosedRange<UInt8>, initial: UInt32
        switch lead {
        case 0x00...0x7F: return (Unicode.Scalar(lead), 1)
        case 0xC2...0xDF: (length, second, initial) = (2, 0x80...0xBF, UInt32(lead & 0x1F))
        case 0xE0: (length, second, initial) = (3, 0xA0...0xBF, 0)
        case 0xE1...0xEC, 0xEE...0xEF: (length, second, initial) = (3, 0x80...0xBF, UInt32(lead & 0x0F))
        case 0xED: (length, second, initial) = (3, 0x80...0x9F, 0x0D)
        case 0xF0: (length, second, initial) = (4, 0x90...0xBF, 0)
        case 0xF1...0xF3: (length, second, initial) = (4, 0x80...0xBF, UInt32(lead & 0x07))
        case 0xF4: (length, second, initial) = (4, 0x80...0x8F, 4)
        default: return nil
        }
        guard i + length <= bytes.count, second.contains(bytes[i + 1]) else { return nil }
        var value = initial
        for k in 1..<length {
            let byte = bytes[i + k]
            guard (0x80...0xBF).contains(byte) else { return nil }
            value = value << 6 | UInt32(byte & 0x3F)
        }
        return Unicode.Scalar(value).map { ($0, length) }
    }

    // MARK: system calls

    /// The working folder (`getcwd`), or "/" when it cannot be read.
    public static func currentDirectory() -> String {
        guard let cwd = getcwd(nil, 0) else { return "/" }
        defer { free(cwd) }
        return decode(cString: cwd)
    }

    /// The program's arguments, without the program's name, each decoded as a path (a file name
    /// given on the command line that is not UTF-8 still names its file).
    public static func arguments() -> [String] {
        (1..<max(1, Int(CommandLine.argc))).compactMap { CommandLine.unsafeArgv[$0].map { decode(cString: $0) } }
    }

    /// `stat(2)` of `path` (links followed), or nil (errno set).
    static func status(_ path: String) -> stat? {
        var info = stat()
        let done = withCString(path) { stat($0, &info) }
        return done == 0 ? info : nil
    }

    /// True when `path` (links followed) is a folder; nil when there is nothing there.
    static func isFolder(_ path: String) -> Bool? {
        status(path).map { $0.st_mode & S_IFMT == S_IFDIR }
    }

    /// `open(2)` for reading, or -1 (errno set).
    static func openForReading(_ path: String) -> Int32 {
        withCString(path) { open($0, O_RDONLY | O_CLOEXEC) }
    }

    /// The canonical path with every link resolved, or nil (errno set) when it cannot be.
    static func realPath(_ path: String) -> String? {
        guard let resolved = withCString(path, { realpath($0, nil) }) else { return nil }
        defer { free(resolved) }
        return decode(cString: resolved)
    }

    /// The names in the folder `path` (without `.` and `..`), unsorted, each as `decode` holds it.
    static func names(in path: String) throws(NSError) -> [String] {
        guard let folder = withCString(path, { opendir($0) }) else { throw posixError(path) }
        defer { closedir(folder) }
        var names: [String] = []
        errno = 0
        while let entry = readdir(folder) {
            let name = withUnsafeBytes(of: &entry.pointee.d_name) { field in decode(field.prefix { $0 != 0 }) }
            if name != "." && name != ".." { names.append(name) }
        }
        if errno != 0 { throw posixError(path) }
        return names
    }

    /// `path`/`name`, with one slash between them.
    static func appending(_ name: String, to path: String) -> String {
        if path.isEmpty { return name }
        return path.hasSuffix("/") ? path + name : path + "/" + name
    }

    /// The last system error for `path`, as `FileErrorReason` words it (permission denied, no
    /// such file...).
    static func posixError(_ path: String, code: Int32 = errno) -> NSError {
        NSError(domain: NSPOSIXErrorDomain, code: Int(code), userInfo: [NSFilePathErrorKey: display(path)])
    }
}
