/// The two pure functions of the reader: `update` (key press -> state change) and `render`
/// (state -> cells). The runtime at the edge feeds messages in and draws frames out.
public enum App {
    /// Applies one message to the state and returns the effects to run.
    public static func update(_ state: inout AppState, _ message: Message) -> [Effect] {
        switch message {
        case .key(.character("q")): return [.quit]
        case .key: return []
        case .resize(let size):
            state.size = size
            return []
        }
    }

    /// Draws the state into a frame of the state's size.
    public static func render(_ state: AppState) -> Frame {
        var grid = Grid(size: state.size)
        grid.put("Kiosque", x: 0, y: 0)
        return Frame(base: grid)
    }
}
