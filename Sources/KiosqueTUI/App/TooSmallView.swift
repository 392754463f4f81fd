/// Instead of the layout below 60x15: `Terminal too small: 60x15 needed, now 59x20`, centred.
enum TooSmallView {
    static func message(_ state: AppState) -> String {
        let minimum = ScreenLayout.minimumSize
        return state.strings.format(.tooSmall, [
            "needW": String(minimum.width), "needH": String(minimum.height),
            "w": String(state.size.width), "h": String(state.size.height),
        ])
    }

    static func draw(_ state: AppState, into grid: inout Grid) {
        let lines = Wrapper.wrap(message(state), width: max(1, grid.width))
        let top = max(0, (grid.height - lines.count) / 2)
        for (i, line) in lines.enumerated() {
            let x = max(0, (grid.width - DisplayWidth.of(line)) / 2)
            grid.put(line, x: x, y: top + i, style: state.theme.style(for: .notice))
        }
    }
}
