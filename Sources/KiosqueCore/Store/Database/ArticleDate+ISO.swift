extension ArticleDate {
    /// Parses what `iso8601` writes: `2024`, `2024-03`, `2024-03-01`, `2024-03-01T08:00:00`,
    /// `2024-03-01T08:00:00Z`, `2024-03-01T08:00:00+01:00`; nil for anything else.
    public init?(iso8601 text: String) {
        let halves = text.split(separator: "T", maxSplits: 1, omittingEmptySubsequences: false)
        let parts = halves[0].split(separator: "-", omittingEmptySubsequences: false)
        guard (1...3).contains(parts.count), parts[0].count == 4,
              parts.dropFirst().allSatisfy({ $0.count == 2 }) else { return nil }
        let numbers = parts.map { Int($0) }
        guard numbers.allSatisfy({ $0 != nil }) else { return nil }
        let values = numbers.compactMap { $0 }
        var time: TimeOfDay?
        var offset: UTCOffset?
        if halves.count == 2 {
            let clock = Array(halves[1].utf8)
            guard clock.count >= 8, clock[2] == UInt8(ascii: ":"), clock[5] == UInt8(ascii: ":"),
                  let hour = Self.twoDigits(clock, 0), let minute = Self.twoDigits(clock, 3),
                  let second = Self.twoDigits(clock, 6), let parsed = TimeOfDay(hour: hour, minute: minute, second: second)
            else { return nil }
            time = parsed
            let zone = clock[8...]
            if zone.elementsEqual("Z".utf8) {
                offset = .utc
            } else if !zone.isEmpty {
                let z = Array(zone)
                guard z.count == 6, z[0] == UInt8(ascii: "+") || z[0] == UInt8(ascii: "-"), z[3] == UInt8(ascii: ":"),
                      let hours = Self.twoDigits(z, 1), let minutes = Self.twoDigits(z, 4),
                      let parsed = UTCOffset(west: z[0] == UInt8(ascii: "-"), hours: hours, minutes: minutes) else { return nil }
                offset = parsed
            }
        }
        self.init(year: values[0], month: values.count > 1 ? values[1] : nil, day: values.count > 2 ? values[2] : nil,
                  time: time, offset: offset)
    }

    private static func twoDigits(_ bytes: [UInt8], _ at: Int) -> Int? {
        guard at + 1 < bytes.count else { return nil }
        let a = bytes[at], b = bytes[at + 1]
        guard (48...57).contains(a), (48...57).contains(b) else { return nil }
        return Int(a - 48) * 10 + Int(b - 48)
    }
}
