/// The data files the interface runs on: key bindings, theme, strings.
public struct AppResources: Hashable, Sendable {
    public var keyMap: KeyMap
    public var theme: Theme
    public var strings: Strings

    public init(keyMap: KeyMap, theme: Theme, strings: Strings) {
        self.keyMap = keyMap
        self.theme = theme
        self.strings = strings
    }

    /// Loads the bundled files for the display options, or throws the first error (naming the
    /// file and entry). The program can call this at start to refuse a broken installation.
    public static func bundled(for display: DisplayOptions) throws -> AppResources {
        AppResources(keyMap: try KeyMap.bundled(), theme: try Theme.bundled(colors: display.colors),
                     strings: try Strings.bundled(language: display.language))
    }

    /// Loads the bundled files, putting a minimal replacement in place of each file that
    /// cannot be read, and returns the errors to show in the status line.
    public static func bundledOrFallback(for display: DisplayOptions) -> (AppResources, [String]) {
        var errors: [String] = []
        let keyMap: KeyMap
        do { keyMap = try KeyMap.bundled() } catch { errors.append(String(describing: error)); keyMap = .minimal }
        let theme: Theme
        do { theme = try Theme.bundled(colors: display.colors) } catch {
            errors.append(String(describing: error))
            theme = .fallback(colors: display.colors)
        }
        let strings: Strings
        do { strings = try Strings.bundled(language: display.language) } catch {
            errors.append(String(describing: error))
            strings = Strings(language: display.language, table: [:])
        }
        return (AppResources(keyMap: keyMap, theme: theme, strings: strings), errors)
    }
}
