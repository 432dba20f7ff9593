import OneScreenTestSupport
import Testing
@testable import OneScreenUI

@Suite("Theme selection")
struct ThemeCatalogTests {
    static let catalog = ThemeCatalog(directories: [ThemeLoaderTests.shipped])

    @Test("a name is looked up as NAME.yaml in the folders, then among the built-in themes")
    func byName() {
        let light = Self.catalog.load("light")
        #expect(light.errors.isEmpty)
        #expect(light.theme.name == "light")
        let mono = ThemeCatalog(directories: []).load("mono")
        #expect(mono.errors.isEmpty)
        #expect(mono.theme == Theme.mono)
    }

    @Test("an earlier folder overrides a later one and the built-in theme")
    func override() {
        let mine = TemporaryDirectory()
        mine.write("default.yaml", "name: default\nroles:\n  text: { color256: 15, color16: 15 }\n")
        let catalog = ThemeCatalog(directories: [mine.path, ThemeLoaderTests.shipped])
        #expect(catalog.load("default").theme[.text].color256 == 15)
    }

    @Test("an argument with a slash or ending in .yaml is a path")
    func byPath() {
        let result = ThemeCatalog(directories: []).load("\(ThemeLoaderTests.shipped)/high-contrast.yaml")
        #expect(result.errors.isEmpty)
        #expect(result.theme.name == "high-contrast")
        #expect(ThemeCatalog.isPath("./mine.yaml") && ThemeCatalog.isPath("wall.yaml") && !ThemeCatalog.isPath("wall"))
    }

    @Test("an unknown name falls back to the default and says what there is")
    func unknownName() {
        let result = Self.catalog.load("ligth")
        #expect(result.theme == Theme.default)
        #expect(result.errors.map(\.description) == [
            "--theme: ligth: no such theme (did you mean 'light'?) (available: default, high-contrast, light, mono)",
        ])
    }

    @Test("names lists default first, then every theme found, once")
    func names() {
        #expect(Self.catalog.names() == ["default", "high-contrast", "light", "mono"])
        #expect(ThemeCatalog(directories: ["/nonexistent"]).names() == ["default", "mono"])
    }

    @Test("NO_COLOR or a terminal without colours gives mono without colour, whatever --theme says",
          arguments: [(true, ColorMode.ansi256), (false, ColorMode.none), (true, ColorMode.none)])
    func noColor(noColor: Bool, mode: ColorMode) {
        for argument in [nil, "light", "ligth"] {
            let selection = Self.catalog.select(argument, noColor: noColor, colorMode: mode)
            #expect(selection.theme == Theme.mono)
            #expect(selection.colorMode == .none)
            #expect(selection.errors.isEmpty)
        }
    }

    @Test("with colour, no --theme gives the default and --theme the named theme with its problems")
    func withColour() {
        let plain = Self.catalog.select(nil, noColor: false, colorMode: .ansi16)
        #expect(plain.theme == Theme.default && plain.colorMode == .ansi16 && plain.errors.isEmpty)
        let wall = Self.catalog.select("high-contrast", noColor: false, colorMode: .ansi256)
        #expect(wall.theme.name == "high-contrast" && wall.colorMode == .ansi256)
        let typo = Self.catalog.select("ligth", noColor: false, colorMode: .ansi256)
        #expect(typo.theme == Theme.default && typo.errors.count == 1)
    }

    @Test("the usual folders: user config, working directory, then beside the executable and above it")
    func folders() {
        let catalog = ThemeCatalog(environment: ["XDG_CONFIG_HOME": "/home/li/.cfg", "HOME": "/home/li"],
                                   currentDirectory: "/srv/wall", executablePath: "/opt/onescreen/bin/onescreen")
        #expect(catalog.directories == [
            "/home/li/.cfg/onescreen/themes", "/srv/wall/themes", "/opt/onescreen/bin/themes", "/opt/onescreen/themes",
            "/opt/themes", "/themes",
        ])
        let home = ThemeCatalog(environment: ["HOME": "/home/li"], currentDirectory: "/tmp", executablePath: nil)
        #expect(home.directories == ["/home/li/.config/onescreen/themes", "/tmp/themes"])
    }

    @Test("colour depth for piped output follows NO_COLOR, TERM and COLORTERM", arguments: [
        (["TERM": "xterm-256color"], ColorMode.ansi256),
        (["TERM": "xterm-256color", "NO_COLOR": "1"], .none),
        (["TERM": "xterm-256color", "NO_COLOR": ""], .ansi256),
        (["TERM": "xterm", "COLORTERM": "truecolor"], .ansi256),
        (["TERM": "linux"], .ansi16),
        (["TERM": "dumb"], .none),
        ([:], .none),
    ])
    func detect(environment: [String: String], expected: ColorMode) {
        #expect(ColorMode.detect(environment: environment) == expected)
    }
}
