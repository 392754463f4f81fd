import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for the fetcher's tests: an ephemeral port, one thread per
/// connection, one request per connection (`Connection: close`), answers scripted per request by
/// a handler. Counts requests per path and the most connections open at once. Started and stopped
/// by each test; every wait in it is bounded.
public final class LocalHTTPServer: @unchecked Sendable {
    public struct Request: Sendable {
        public var method: String
        public var path: String
        /// Header names in lower case.
        public var headers: [String: String]
    }

    public struct Response: Sendable {
        public var status: Int
        public var headers: [(String, String)] = []
        public var body = Data()
        /// Seconds to wait before answering (bounded by `stop`).
        public var delay: Double = 0
        /// Send no Content-Length (the body ends with the connection).
        public var omitLength = false
        /// Before the delay, wait (at most 30 s in all) until this many connections were open at once:
        /// makes concurrency visible however slowly a loaded test run schedules the client.
        public var waitForConcurrent: Int?

        public init(status: Int, headers: [(String, String)] = [], body: Data = Data(), delay: Double = 0,
                    omitLength: Bool = false, waitForConcurrent: Int? = nil) {
            self.status = status
            self.headers = headers
            self.body = body
            self.delay = delay
            self.omitLength = omitLength
            self.waitForConcurrent = waitForConcurrent
        }

        public static func feed(_ body: String, type: String = "application/rss+xml", headers: [(String, String)] = []) -> Response {
            Response(status: 200, headers: [("Content-Type", type)] + headers, body: Data(body.utf8))
        }
        public static func status(_ code: Int, _ headers: [(String, String)] = []) -> Response {
            Response(status: code, headers: headers, body: Data("status \(code)".utf8))
        }
        public static func redirect(_ code: Int, to location: String) -> Response {
            Response(status: code, headers: [("Location", location)])
        }
    }

    /// The answer to a request, given how many requests that path had before it plus one.
    public typealias Handler = @Sendable (Request, Int) -> Response

    private let handler: Handler
    private let listener: Int32
    public let port: UInt16
    private let lock = NSLock()
    private var stopped = false
    private var open = 0
    private var maxOpen = 0
    private var hitsByPath: [String: Int] = [:]
    private var requests: [Request] = []
    private var abandonedCount = 0
    private var concurrencyDeadline: Date?

    public init(handler: @escaping Handler) throws {
        self.handler = handler
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError("socket: errno \(errno)") }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw ServerError("bind/listen: errno \(errno)")
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard named == 0 else {
            close(fd)
            throw ServerError("getsockname: errno \(errno)")
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let thread = Thread { [self] in acceptLoop() }
        thread.start()
    }

    deinit { stop() }

    public var base: String { "http://127.0.0.1:\(port)" }
    public func url(_ path: String) -> URL { URL(string: base + path)! }

    /// Requests received for `path`.
    public func hits(_ path: String) -> Int { lock.withLock { hitsByPath[path, default: 0] } }
    /// Every request received, in order.
    public var received: [Request] { lock.withLock { requests } }
    /// The most connections that were open at once.
    public var maxConcurrentConnections: Int { lock.withLock { maxOpen } }
    /// Connections the client closed while the server was still waiting to answer.
    public var abandoned: Int { lock.withLock { abandonedCount } }

    /// Waits (at most `seconds`) until `condition` holds; whether it does.
    public func wait(seconds: Double, until condition: (LocalHTTPServer) -> Bool) async -> Bool {
        let deadline = Date().addingTimeInterval(seconds)
        while !condition(self) {
            if Date() > deadline { return false }
            try? await Task.sleep(nanoseconds: 10_000_000)
        }
        return true
    }

    /// Stops accepting; connections waiting in a delay end within 10 ms.
    public func stop() {
        let first: Bool = lock.withLock {
            defer { stopped = true }
            return !stopped
        }
        guard first else { return }
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
    }

    private var isStopped: Bool { lock.withLock { stopped } }

    private func acceptLoop() {
        while !isStopped {
            let client = accept(listener, nil, nil)
            if client < 0 {
                if errno == EINTR { continue }
                return
            }
            lock.withLock {
                open += 1
                maxOpen = max(maxOpen, open)
            }
            let thread = Thread { [self] in
                serve(client)
                close(client)
                lock.withLock { open -= 1 }
            }
            thread.start()
        }
    }

    private func serve(_ client: Int32) {
        var timeout = timeval(tv_sec: 2, tv_usec: 0)
        setsockopt(client, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var buffer = [UInt8](repeating: 0, count: 4096)
        var head = Data()
        let end = Data("\r\n\r\n".utf8)
        while head.range(of: end) == nil, head.count < 65_536 {
            let count = recv(client, &buffer, buffer.count, 0)
            if count <= 0 { return }
            head.append(contentsOf: buffer[0..<count])
        }
        let lines = String(decoding: head, as: UTF8.self).components(separatedBy: "\r\n")
        let parts = lines.first?.split(separator: " ") ?? []
        guard parts.count >= 2 else { return }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        let request = Request(method: String(parts[0]), path: String(parts[1]), headers: headers)
        let hit: Int = lock.withLock {
            hitsByPath[request.path, default: 0] += 1
            requests.append(request)
            return hitsByPath[request.path, default: 0]
        }
        let response = handler(request, hit)
        if let wanted = response.waitForConcurrent {
            // One deadline for the whole server: a client that never opens that many
            // connections fails its test after 30 s, not 30 s per request.
            let deadline: Date = lock.withLock {
                if concurrencyDeadline == nil { concurrencyDeadline = Date().addingTimeInterval(30) }
                return concurrencyDeadline ?? Date()
            }
            while maxConcurrentConnections < wanted, Date() < deadline, !isStopped { usleep(5_000) }
        }
        var waited = 0.0
        while waited < response.delay, !isStopped {
            usleep(10_000)
            waited += 0.01
            if peerClosed(client) {
                lock.withLock { abandonedCount += 1 }
                return
            }
        }
        if isStopped { return }
        var text = "HTTP/1.1 \(response.status) \(Self.reason(response.status))\r\nConnection: close\r\n"
        for (name, value) in response.headers { text += "\(name): \(value)\r\n" }
        if !response.omitLength { text += "Content-Length: \(response.body.count)\r\n" }
        text += "\r\n"
        var bytes = Data(text.utf8)
        if request.method != "HEAD" { bytes.append(response.body) }
        bytes.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let count = send(client, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                if count <= 0 { return }
                sent += count
            }
        }
    }

    /// Whether the client has closed its side (a read would give end of file) or reset it.
    private func peerClosed(_ client: Int32) -> Bool {
        var byte: UInt8 = 0
        let count = recv(client, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        if count == 0 { return true } // closed
        if count > 0 { return false }
        let error = errno
        return error != EAGAIN && error != EWOULDBLOCK && error != EINTR // reset
    }

    private static func reason(_ status: Int) -> String {
        switch status {
        case 200: return "OK"
        case 301: return "Moved Permanently"
        case 302: return "Found"
        case 304: return "Not Modified"
        case 307: return "Temporary Redirect"
        case 308: return "Permanent Redirect"
        case 404: return "Not Found"
        case 429: return "Too Many Requests"
        case 500: return "Internal Server Error"
        case 503: return "Service Unavailable"
        default: return "Status"
        }
    }

    public struct ServerError: Error, CustomStringConvertible {
        public var description: String
        init(_ description: String) { self.description = description }
    }

    /// A port on 127.0.0.1 that refuses connections: bound but not listening, and kept bound
    /// (so that no other test's server gets it) until `body` returns.
    public static func withRefusingPort<T>(_ body: (UInt16) async throws -> T) async throws -> T {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError("socket: errno \(errno)") }
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                bind(fd, $0, length) == 0 && getsockname(fd, $0, &length) == 0
            }
        }
        guard bound else { throw ServerError("bind: errno \(errno)") }
        return try await body(UInt16(bigEndian: address.sin_port))
    }
}

/// Gzip members made by hand (no zlib in the tests): stored blocks, or fixed-Huffman runs of one
/// byte that inflate far past their size (a "gzip bomb").
public enum Gzip {
    public static func stored(_ data: Data) -> Data {
        var out = header
        let bytes = [UInt8](data)
        var offset = 0
        repeat {
            let chunk = min(65_535, bytes.count - offset)
            let final: UInt8 = offset + chunk >= bytes.count ? 1 : 0
            out.append(final)
            out.append(UInt8(chunk & 0xFF)); out.append(UInt8(chunk >> 8))
            out.append(UInt8(~chunk & 0xFF)); out.append(UInt8((~chunk >> 8) & 0xFF))
            out.append(contentsOf: bytes[offset..<(offset + chunk)])
            offset += chunk
        } while offset < bytes.count
        appendTrailer(&out, crc: crc32(bytes), size: bytes.count)
        return out
    }

    /// `byte` once, then `runs` back-references of 258 bytes at distance 1.
    public static func run(of byte: UInt8, runs: Int) -> Data {
        var bits = BitWriter()
        bits.write(1, count: 1) // BFINAL
        bits.write(1, count: 2) // BTYPE 01: fixed Huffman
        bits.writeCode(0x30 + Int(byte), length: 8) // literals 0-143: 8-bit codes from 0x30
        for _ in 0..<runs {
            bits.writeCode(0xC0 + 5, length: 8) // length code 285 (258 bytes)
            bits.writeCode(0, length: 5) // distance code 0 (distance 1)
        }
        bits.writeCode(0, length: 7) // end of block
        var out = header
        out.append(contentsOf: bits.bytes())
        let size = 1 + 258 * runs
        var crc = crc32([byte])
        let run = [UInt8](repeating: byte, count: 258)
        for _ in 0..<runs { crc = crc32(run, start: crc) }
        appendTrailer(&out, crc: crc, size: size)
        return out
    }

    private static let header = Data([0x1F, 0x8B, 8, 0, 0, 0, 0, 0, 0, 0xFF])

    private static func appendTrailer(_ out: inout Data, crc: UInt32, size: Int) {
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((crc >> UInt32(shift)) & 0xFF)) }
        let isize = UInt32(truncatingIfNeeded: size)
        for shift in stride(from: 0, to: 32, by: 8) { out.append(UInt8((isize >> UInt32(shift)) & 0xFF)) }
    }

    public static func crc32(_ bytes: [UInt8], start: UInt32 = 0) -> UInt32 {
        var crc = ~start
        for byte in bytes {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = (crc & 1) != 0 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private struct BitWriter {
        private var buffer: [UInt8] = []
        private var current: UInt8 = 0
        private var used = 0

        /// Bits of `value`, least significant first (header fields, extra bits).
        mutating func write(_ value: Int, count: Int) {
            for i in 0..<count { push((value >> i) & 1) }
        }

        /// A Huffman code, most significant bit first.
        mutating func writeCode(_ code: Int, length: Int) {
            for i in stride(from: length - 1, through: 0, by: -1) { push((code >> i) & 1) }
        }

        private mutating func push(_ bit: Int) {
            current |= UInt8(bit) << UInt8(used)
            used += 1
            if used == 8 {
                buffer.append(current)
                current = 0
                used = 0
            }
        }

        func bytes() -> [UInt8] { used > 0 ? buffer + [current] : buffer }
    }
}
