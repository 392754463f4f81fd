/// At most `limit` transfers at once per host: `acquire` waits for a slot, `release` hands it to
/// the next waiter in order.
actor HostLimiter {
    private let limit: Int
    private var active: [String: Int] = [:]
    private var waiters: [String: [CheckedContinuation<Void, Never>]] = [:]

    init(limit: Int) { self.limit = max(1, limit) }

    func acquire(_ host: String) async {
        if active[host, default: 0] < limit {
            active[host, default: 0] += 1
            return
        }
        await withCheckedContinuation { continuation in
            waiters[host, default: []].append(continuation)
        }
        // The releaser handed its slot over: `active` is unchanged.
    }

    func release(_ host: String) {
        if var queue = waiters[host], !queue.isEmpty {
            let next = queue.removeFirst()
            waiters[host] = queue.isEmpty ? nil : queue
            next.resume()
        } else {
            let count = active[host, default: 1] - 1
            active[host] = count > 0 ? count : nil
        }
    }
}
