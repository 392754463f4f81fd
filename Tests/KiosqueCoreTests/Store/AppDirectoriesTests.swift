import Foundation
import Testing
@testable import KiosqueCore

@Suite struct AppDirectoriesTests {
    @Test func xdgVariablesWinOverHome() {
        let dirs = AppDirectories(environment: [
            "HOME": "/home/ana", "XDG_DATA_HOME": "/d", "XDG_STATE_HOME": "/s",
            "XDG_CACHE_HOME": "/c", "XDG_CONFIG_HOME": "/k",
        ])
        #expect(dirs.data.path == "/d/kiosque")
        #expect(dirs.state.path == "/s/kiosque")
        #expect(dirs.cache.path == "/c/kiosque")
        #expect(dirs.config.path == "/k/kiosque")
    }

    @Test func defaultsUnderHomeAndRelativeValuesIgnored() {
        let dirs = AppDirectories(environment: ["HOME": "/home/ana", "XDG_DATA_HOME": "relative", "XDG_CACHE_HOME": ""])
        #expect(dirs.data.path == "/home/ana/.local/share/kiosque")
        #expect(dirs.state.path == "/home/ana/.local/state/kiosque")
        #expect(dirs.cache.path == "/home/ana/.cache/kiosque")
        #expect(dirs.config.path == "/home/ana/.config/kiosque")
    }

    @Test func ensureCreatesNestedFolders() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-dirs-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let folder = try AppDirectories.ensure(root.appendingPathComponent("a/b/kiosque"))
        var isDirectory: ObjCBool = false
        #expect(FileManager.default.fileExists(atPath: folder.path, isDirectory: &isDirectory) && isDirectory.boolValue)
    }
}
