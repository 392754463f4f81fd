import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP exchange as the fetcher sees it: the response head, the body read so far, and how it
/// ended.
struct Hop: Sendable {
    var status: Int?
    var headers: [String: String] = [:]
    var body = Data()
    /// The transfer was stopped because the body passed the size limit.
    var tooLarge = false
    /// The `URLError` code when the transfer failed, and the system's words for it.
    var errorCode: Int?
    var errorReason = ""
}

/// The session's delegate: refuses redirects (the fetcher follows them itself, to see loops and
/// count hops), reads each body as it comes and cancels a transfer whose body passes its limit,
/// so that an oversized body is never held whole.
final class TransferDelegate: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private struct Transfer {
        var continuation: CheckedContinuation<Hop, Never>
        var limit: Int
        var hop = Hop()
    }

    private let lock = NSLock()
    /// By task identifier; guarded by `lock`.
    private var transfers: [Int: Transfer] = [:]

    /// Runs `task` to its end (the caller has not resumed it).
    func run(_ task: URLSessionDataTask, limit: Int) async -> Hop {
        await withTaskCancellationHandler {
            await withCheckedContinuation { continuation in
                lock.withLock { transfers[task.taskIdentifier] = Transfer(continuation: continuation, limit: limit) }
                task.resume()
            }
        } onCancel: {
            task.cancel()
        }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        var allow = true
        lock.withLock {
            guard var transfer = transfers[dataTask.taskIdentifier] else { return }
            Self.record(response, in: &transfer.hop)
            // A declared length past the limit: not worth a byte. (Compressed bodies are counted
            // again once decompressed, in `didReceive data`.)
            if response.expectedContentLength > Int64(transfer.limit) {
                transfer.hop.tooLarge = true
                allow = false
            }
            transfers[dataTask.taskIdentifier] = transfer
        }
        completionHandler(allow ? .allow : .cancel)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        var stop = false
        lock.withLock {
            guard var transfer = transfers[dataTask.taskIdentifier], !transfer.hop.tooLarge else { return }
            if transfer.hop.body.count + data.count > transfer.limit {
                transfer.hop.tooLarge = true
                transfer.hop.body = Data()
                stop = true
            } else {
                transfer.hop.body.append(data)
            }
            transfers[dataTask.taskIdentifier] = transfer
        }
        if stop { dataTask.cancel() }
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
        let transfer: Transfer? = lock.withLock { transfers.removeValue(forKey: task.taskIdentifier) }
        guard var transfer else { return }
        if transfer.hop.status == nil, let response = task.response { Self.record(response, in: &transfer.hop) }
        if let error, !transfer.hop.tooLarge {
            transfer.hop.errorCode = (error as NSError).code
            transfer.hop.errorReason = error.localizedDescription
        }
        transfer.continuation.resume(returning: transfer.hop)
    }

    private static func record(_ response: URLResponse, in hop: inout Hop) {
        guard let http = response as? HTTPURLResponse else { return }
        hop.status = http.statusCode
        for (name, value) in http.allHeaderFields {
            guard let name = name as? String, let value = value as? String else { continue }
            hop.headers[name.lowercased()] = value
        }
    }
}
