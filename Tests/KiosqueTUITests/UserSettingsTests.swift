import Foundation
import KiosqueCore
import Testing
@testable import KiosqueTUI

@Suite("the user's keymap.json and theme.json over the defaults")
struct UserSettingsTests {
    func folder(_ files: [String: String]) throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("kiosque-settings-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: url.appendingPathComponent(name)) }
        return url
    }

    func key(_ name: String) throws -> Key { try #require(KeyName.parse(name)) }

    @Test("an action named gets exactly its keys; a key taken from another action leaves it; the rest stays")
    func keysOverride() throws {
        let base = try KeyMap.bundled()
        let map = try base.overriding(with: Data(#"{"keys": {"fetchFeeds": ["F5", "r"], "down": ["j", "Down", "Ctrl-n"]}}"#.utf8))
        #expect(map.action(for: try key("F5")) == .fetchFeeds)
        #expect(map.action(for: try key("r")) == .fetchFeeds)
        #expect(map.action(for: try key("R")) == nil, "R no longer fetches")
        #expect(map.action(for: try key("Ctrl-n")) == .down)
        #expect(map.action(for: try key("k")) == .up, "untouched")
        #expect(map.binding(for: .fetchFeeds)?.keyNames == ["F5", "r"])
        // A default key given to another action: that action keeps its other keys.
        let stolen = try base.overriding(with: Data(#"{"keys": {"search": ["/", "s"]}}"#.utf8))
        #expect(stolen.action(for: try key("s")) == .search)
        #expect(stolen.binding(for: .listOrder)?.keyNames.contains("s") == false)
        // A sector key by its sector's name, accents ignored.
        let sector = try base.overriding(with: Data(#"{"keys": {"toggleSector energie": ["e"]}}"#.utf8))
        let e = try key("e")
        #expect(sector.action(for: e) == .toggleSector && sector.sector(for: e) == "énergie")
        #expect(sector.action(for: try key("2")) == nil)
        #expect(sector.action(for: try key("1")) == .toggleSector)
    }

    @Test("mistakes are named and change nothing", arguments: [
        (#"{"keys": {"dwn": ["j"]}}"#, "unknown action \"dwn\""),
        (#"{"keys": {"down": ["Ctrl-Alt-Foo"]}}"#, "unknown key name \"Ctrl-Alt-Foo\""),
        (#"{"keys": {"down": ["x"], "up": ["x"]}}"#, "key \"x\" is bound to both"),
        (#"{"keys": {"toggleSector": ["e"]}}"#, "needs"),
        (#"{"keys": {"toggleSector cuisine": ["e"]}}"#, "unknown action \"toggleSector cuisine\""),
        (#"{"keys": {"down": "j"}}"#, "not valid"),
        (#"{"down": ["j"]}"#, "is not valid: expected {\"keys\""),
        (#"{"other": {"down": ["j"]}}"#, "no \"keys\" object"),
    ])
    func keyMistakes(text: String, expected: String) throws {
        let settings = try folder(["keymap.json": text])
        defer { try? FileManager.default.removeItem(at: settings) }
        let (resources, errors) = UserSettings.resources(for: DisplayOptions(colors: .system16, language: .english), folder: settings)
        #expect(errors.count == 1)
        let error = try #require(errors.first)
        #expect(error.hasPrefix(settings.appendingPathComponent("keymap.json").path + ": "), "\(error)")
        #expect(error.contains(expected), "\(error)")
        #expect(error.hasSuffix("the default keys are used"))
        let bundled = try KeyMap.bundled()
        #expect(resources.keyMap == bundled)
    }

    @Test("theme.json replaces only the roles it names; a mistake names the role and keeps the default theme")
    func themeOverride() throws {
        let display = DisplayOptions(colors: .system16, language: .english)
        let settings = try folder(["theme.json": #"{"roles": {"selection": {"fg": "black", "bg": "yellow"}}}"#])
        defer { try? FileManager.default.removeItem(at: settings) }
        let (resources, errors) = UserSettings.resources(for: display, folder: settings)
        #expect(errors.isEmpty)
        let bundled = try Theme.bundled(colors: .system16)
        #expect(resources.theme.style(for: .selection) == Style(foreground: .system(0), background: .system(3)))
        #expect(resources.theme.style(for: .heading) == bundled.style(for: .heading))
        let bad = try folder(["theme.json": #"{"roles": {"selection": {"fg": "mauve"}}}"#])
        defer { try? FileManager.default.removeItem(at: bad) }
        let (kept, problems) = UserSettings.resources(for: display, folder: bad)
        #expect(problems.count == 1 && problems[0].contains("role \"selection\": unknown colour \"mauve\""))
        #expect(kept.theme == bundled)
    }

    @Test("the help screen and the status line show the live bindings; a settings error is in the status line")
    func liveHelp() throws {
        let settings = try folder(["keymap.json": #"{"keys": {"fetchFeeds": ["F5"], "help": ["?", "F1"]}}"#])
        defer { try? FileManager.default.removeItem(at: settings) }
        var state = AppState(catalogue: Fixtures.catalogue([Fixtures.mali]), size: Size(width: 120, height: 120),
                             display: DisplayOptions(colors: .system16, language: .english), settings: settings)
        state.send(.started)
        state.press("?")
        let help = try #require(App.render(state).overlays.last).grid.text
        #expect(help.contains("F5"))
        state.press("Esc")
        #expect(state.press("F5") == [.fetchFeeds])
        let broken = try folder(["keymap.json": "{"])
        defer { try? FileManager.default.removeItem(at: broken) }
        let shown = AppState(catalogue: Fixtures.catalogue([Fixtures.mali]), size: Size(width: 200, height: 30),
                             display: DisplayOptions(colors: .system16, language: .english), settings: broken)
        #expect(shown.screen.lines[28].contains("keymap.json: is not valid"), "\(shown.screen.lines[28])")
    }
}
