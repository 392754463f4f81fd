/// Reads a pane captured with escapes (`Tmux.capture(escapes: true)`): the runs of text drawn on
/// a given background colour, to find what the reader marked (search matches) without relying on
/// the exact order in which tmux writes its SGR sequences.
enum ScreenStyles {
    /// Background colours as SGR codes: `43` (yellow), `106` (bright cyan); `48;5;n` is read as
    /// `40 + n` for n < 8 and `100 + n - 8` for n < 16.
    static func runs(in screen: String, background codes: Set<Int>) -> [String] {
        var runs: [String] = []
        var current = ""
        var background = 49
        let scalars = Array(screen.unicodeScalars)
        var i = 0
        func flush() {
            if !current.isEmpty { runs.append(current) }
            current = ""
        }
        while i < scalars.count {
            let scalar = scalars[i]
            if scalar == "\u{1B}", i + 1 < scalars.count, scalars[i + 1] == "[" {
                var j = i + 2
                var parameters = ""
                while j < scalars.count, !("@"..."~").contains(scalars[j]) {
                    parameters.unicodeScalars.append(scalars[j])
                    j += 1
                }
                if j < scalars.count, scalars[j] == "m" {
                    let before = background
                    background = apply(parameters, to: background)
                    if codes.contains(before) != codes.contains(background) { flush() }
                }
                i = j + 1
                continue
            }
            if scalar == "\n" {
                flush()
            } else if codes.contains(background) {
                current.unicodeScalars.append(scalar)
            }
            i += 1
        }
        flush()
        return runs
    }

    /// The background after an SGR sequence's parameters.
    private static func apply(_ parameters: String, to background: Int) -> Int {
        let values = parameters.split(separator: ";", omittingEmptySubsequences: false).map { Int($0) ?? 0 }
        var result = background
        var k = 0
        while k < values.count {
            let value = values[k]
            switch value {
            case 0, 49: result = 49
            case 40...47, 100...107: result = value
            case 48 where k + 2 < values.count && values[k + 1] == 5:
                let n = values[k + 2]
                result = n < 8 ? 40 + n : n < 16 ? 100 + n - 8 : 1000 + n
                k += 2
            case 38 where k + 2 < values.count && values[k + 1] == 5:
                k += 2
            default: break
            }
            k += 1
        }
        return result
    }

    static let match = 43
    static let current = 106
}
