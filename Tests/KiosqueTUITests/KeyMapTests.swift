import Foundation
import Testing
@testable import KiosqueTUI

@Suite("Key names and the key map")
struct KeyMapTests {
    @Test func keyNamesParse() {
        #expect(KeyName.parse("j") == .character("j"))
        #expect(KeyName.parse("?") == .character("?"))
        #expect(KeyName.parse("Down") == .down)
        #expect(KeyName.parse("Ctrl-d") == .ctrl("d"))
        #expect(KeyName.parse("Space") == .character(" "))
        #expect(KeyName.parse("PgDn") == .pageDown)
        #expect(KeyName.parse("Shift-Tab") == .backTab)
        #expect(KeyName.parse("F5") == .function(5))
        #expect(KeyName.parse("Dwn") == nil)
        #expect(KeyName.parse("Ctrl-") == nil)
        #expect(KeyName.parse("\u{1B}") == nil)
    }

    @Test func keyNamesRoundTrip() {
        for key: Key in [.character("j"), .ctrl("u"), .up, .down, .left, .right, .pageUp, .pageDown, .home, .end,
                         .enter, .escape, .tab, .backTab, .character(" "), .function(12)] {
            #expect(KeyName.parse(KeyName.name(of: key)) == key, "\(key)")
        }
    }

    @Test func bundledKeyMapBindsTheConventions() throws {
        let map = try KeyMap.bundled()
        let expected: [(String, Action)] = [
            ("j", .down), ("Down", .down), ("k", .up), ("Up", .up), ("g", .top), ("Home", .top), ("G", .bottom),
            ("End", .bottom), ("Space", .pageDown), ("PgDn", .pageDown), ("Ctrl-f", .pageDown), ("PgUp", .pageUp),
            ("Ctrl-b", .pageUp), ("Ctrl-d", .halfPageDown), ("Ctrl-u", .halfPageUp), ("Tab", .nextPanel),
            ("Shift-Tab", .previousPanel), ("h", .panelLeft), ("l", .panelRight), ("Enter", .open), ("Esc", .back),
            ("z", .zoom), ("?", .help), ("q", .quit), ("Ctrl-c", .quit),
        ]
        for (name, action) in expected {
            let key = try #require(KeyName.parse(name))
            #expect(map.action(for: key) == action, "\(name)")
        }
        // Every action has a key and help text in both languages.
        for action in Action.allCases {
            let binding = try #require(map.binding(for: action), "\(action)")
            #expect(!binding.keys.isEmpty)
            #expect(!binding.help.en.isEmpty && !binding.help.fr.isEmpty)
        }
    }

    @Test func unknownKeyNameIsReportedWithItsAction() {
        let json = #"{"groups": [{"title": {"en": "Move", "fr": "Bouger"}, "bindings": [{"action": "down", "keys": ["j", "Dwn"], "help": {"en": "down", "fr": "bas"}}]}]}"#
        #expect(throws: KeyMapError.unknownKey("Dwn", action: "down")) { try KeyMap.decode(Data(json.utf8)) }
        let message = String(describing: KeyMapError.unknownKey("Dwn", action: "down"))
        #expect(message.contains("\"down\"") && message.contains("\"Dwn\""))
    }

    @Test func sectorKeysNameTheirSector() throws {
        let map = try KeyMap.bundled()
        #expect(map.action(for: .character("2")) == .toggleSector)
        #expect(map.sector(for: .character("1")) == "défense")
        #expect(map.sector(for: .character("2")) == "énergie")
        #expect(map.sector(for: .character("3")) == "éducation")
        #expect(map.sector(for: .character("j")) == nil)
        #expect(map.bindings(for: .toggleSector).map(\.keyNames) == [["1"], ["2"], ["3"]])
        for name in ["t", "a", "s", "}", "{", "w"] {
            #expect(map.action(for: try #require(KeyName.parse(name))) != nil, "\(name)")
        }
        // The keys kept for issue 6 are the search's.
        #expect(map.action(for: .character("/")) == .search)
        #expect(map.action(for: .character("n")) == .nextMatch)
        #expect(map.action(for: .character("N")) == .previousMatch)
    }

    @Test func sectorArgumentIsCheckedAndTwoSectorsCannotShareAKey() {
        func decode(_ bindings: String) throws -> KeyMap {
            try KeyMap.decode(Data(#"{"groups": [{"title": {"en": "a", "fr": "b"}, "bindings": [\#(bindings)]}]}"#.utf8))
        }
        let help = #""help": {"en": "x", "fr": "y"}"#
        #expect(throws: KeyMapError.sectorArgument(action: "toggleSector")) {
            try decode(#"{"action": "toggleSector", "keys": ["1"], \#(help)}"#)
        }
        #expect(throws: KeyMapError.sectorArgument(action: "down")) {
            try decode(#"{"action": "down", "keys": ["j"], "sector": "énergie", \#(help)}"#)
        }
        #expect(throws: KeyMapError.duplicateKey("1", first: "toggleSector", second: "toggleSector")) {
            try decode(#"{"action": "toggleSector", "keys": ["1"], "sector": "énergie", \#(help)}, {"action": "toggleSector", "keys": ["1"], "sector": "santé", \#(help)}"#)
        }
        #expect(String(describing: KeyMapError.sectorArgument(action: "toggleSector")).contains("\"sector\""))
        let map = try? decode(#"{"action": "toggleSector", "keys": ["4"], "sector": "santé", \#(help)}"#)
        #expect(map?.sector(for: .character("4")) == "santé")
    }

    @Test func unknownActionIsReported() {
        let json = #"{"groups": [{"title": {"en": "a", "fr": "b"}, "bindings": [{"action": "fly", "keys": ["f"], "help": {"en": "x", "fr": "y"}}]}]}"#
        #expect(throws: KeyMapError.unknownAction("fly")) { try KeyMap.decode(Data(json.utf8)) }
    }

    @Test func keyBoundTwiceIsReported() {
        let json = #"{"groups": [{"title": {"en": "a", "fr": "b"}, "bindings": [{"action": "down", "keys": ["j"], "help": {"en": "x", "fr": "y"}}, {"action": "up", "keys": ["j"], "help": {"en": "x", "fr": "y"}}]}]}"#
        #expect(throws: KeyMapError.duplicateKey("j", first: "down", second: "up")) { try KeyMap.decode(Data(json.utf8)) }
    }

    @Test func missingHelpLanguageIsMalformed() {
        let json = #"{"groups": [{"title": {"en": "a", "fr": "b"}, "bindings": [{"action": "down", "keys": ["j"], "help": {"en": "x"}}]}]}"#
        #expect(throws: KeyMapError.self) { try KeyMap.decode(Data(json.utf8)) }
    }

    @Test func reboundKeysDriveUpdate() throws {
        let json = #"{"groups": [{"title": {"en": "a", "fr": "b"}, "bindings": [{"action": "down", "keys": ["n"], "help": {"en": "x", "fr": "y"}}, {"action": "quit", "keys": ["x"], "help": {"en": "x", "fr": "y"}}]}]}"#
        let map = try KeyMap.decode(Data(json.utf8))
        var state = Fixtures.state()
        state.keyMap = map
        state.press("j")
        #expect(state.list.selected == 0)
        state.press("n")
        #expect(state.list.selected == 1)
        #expect(state.press("q") == [])
        #expect(state.press("x") == [.quit])
        // Ctrl-c quits even when the key map forgets it.
        #expect(state.press("Ctrl-c") == [.quit])
    }
}
