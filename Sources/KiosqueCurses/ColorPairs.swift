internal import CNcursesw
import KiosqueTUI

/// Turns a `Style` into curses attributes and a colour pair, allocating pairs on demand.
///
/// Pair 0 is the terminal's default colours; others are created the first time a combination of
/// foreground and background is drawn and kept for the session (a cache colours -> pair number).
@MainActor
final class ColorPairs {
    private let support: ColorSupport
    private let colorCount: Int
    private let maxPairs: Int
    /// `use_default_colors()` worked: -1 means the terminal's own colours.
    private let hasDefaultColors: Bool
    private var pairs: [PairKey: Int16] = [:]
    private var nextPair: Int16 = 1

    private struct PairKey: Hashable {
        var foreground: Int16
        var background: Int16
    }

    init(support: ColorSupport, colorCount: Int, pairCount: Int, hasDefaultColors: Bool = true) {
        self.support = support
        self.hasDefaultColors = hasDefaultColors
        self.colorCount = colorCount
        // setcchar takes the pair as a short; larger pair numbers would need the extended API.
        self.maxPairs = min(pairCount, Int(Int16.max))
    }

    /// The curses attributes and pair number for a style (colours dropped in monochrome).
    func resolve(_ style: Style) -> (attributes: attr_t, pair: Int16) {
        let attributes = Self.attributes(style.attributes)
        guard support != .monochrome else { return (attributes, 0) }
        return (attributes, pair(foreground: number(style.foreground, orDefault: 7),
                                 background: number(style.background, orDefault: 0)))
    }

    /// Curses attribute bits for our attributes, through the shim's constants.
    nonisolated static func attributes(_ attributes: Attributes) -> attr_t {
        var bits = kq_A_NORMAL
        if attributes.contains(.bold) { bits |= kq_A_BOLD }
        if attributes.contains(.dim) { bits |= kq_A_DIM }
        if attributes.contains(.underline) { bits |= kq_A_UNDERLINE }
        if attributes.contains(.reverse) { bits |= kq_A_REVERSE }
        if attributes.contains(.italic) { bits |= kq_A_ITALIC }
        return bits
    }

    private func pair(foreground: Int16, background: Int16) -> Int16 {
        if foreground == -1 && background == -1 { return 0 }
        if !hasDefaultColors && foreground == 7 && background == 0 { return 0 }
        let key = PairKey(foreground: foreground, background: background)
        if let known = pairs[key] { return known }
        // Out of pairs: fall back to the default colours rather than recycle a pair on screen.
        guard Int(nextPair) < maxPairs, init_pair(nextPair, foreground, background) == OK else { return 0 }
        pairs[key] = nextPair
        nextPair += 1
        return pairs[key] ?? 0
    }

    /// The curses colour number: -1 for the default (or `fallback` without default colours),
    /// system colours folded to 8 when needed.
    private func number(_ color: Color, orDefault fallback: Int16) -> Int16 {
        switch color {
        case .default:
            return hasDefaultColors ? -1 : fallback
        case .system(let n):
            return Int16(colorCount >= 16 ? n % 16 : n % 8)
        case .indexed(let n):
            if support == .indexed256 && colorCount >= 256 { return Int16(n) }
            return number(.system(Self.nearestSystem(n)), orDefault: fallback)
        }
    }

    /// A rough system colour for an indexed one, when only 16 colours are in use.
    nonisolated static func nearestSystem(_ index: UInt8) -> UInt8 {
        switch index {
        case 0..<16:
            return index
        case 232...255:
            return index < 238 ? 0 : index < 244 ? 8 : index < 250 ? 7 : 15
        default:
            // The 6x6x6 cube: each component 0-5; a bit set for each component at 3 or more.
            let c = Int(index) - 16
            let r = c / 36, g = (c / 6) % 6, b = c % 6
            let bits = (r >= 3 ? 1 : 0) | (g >= 3 ? 2 : 0) | (b >= 3 ? 4 : 0)
            let bright = max(r, g, b) >= 5
            return UInt8(bits + (bright ? 8 : 0))
        }
    }
}
