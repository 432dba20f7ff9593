import OneScreenTestSupport
import Testing
@testable import OneScreenUI

@Suite("Theme files")
struct ThemeLoaderTests {
    /// The repository's `themes/` folder.
    static let shipped: String = {
        var parts = #filePath.split(separator: "/", omittingEmptySubsequences: false)
        parts.removeLast(4)  // Themes/ThemeLoaderTests.swift, OneScreenUITests, Tests
        return parts.joined(separator: "/") + "/themes"
    }()

    @Test("every shipped theme loads without a complaint", arguments: ["default", "light", "high-contrast", "mono"])
    func shippedThemes(name: String) {
        let result = ThemeLoader.load(path: "\(Self.shipped)/\(name).yaml")
        #expect(result.errors.isEmpty, "\(result.errors)")
        #expect(result.theme.name == name)
    }

    @Test("colour themes give every role but the background a 256- and a 16-colour value",
          arguments: ["default", "light", "high-contrast"])
    func colourThemesAreComplete(name: String) {
        let theme = ThemeLoader.load(path: "\(Self.shipped)/\(name).yaml").theme
        for role in ThemeRole.allCases where role != .background {
            #expect(theme[role].color256 != nil && theme[role].color16 != nil, "\(name): \(role)")
        }
    }

    @Test("default.yaml and mono.yaml say what the built-in themes say", arguments: [Theme.default, Theme.mono])
    func builtInsMatchFiles(builtIn: Theme) {
        let file = ThemeLoader.load(path: "\(Self.shipped)/\(builtIn.name).yaml").theme
        for role in ThemeRole.allCases {
            #expect(file[role] == builtIn[role], "\(builtIn.name): \(role)")
        }
    }

    @Test("mono has no colour at all, and high-contrast fills the background for wall screens")
    func characterOfThemes() {
        let mono = ThemeLoader.load(path: "\(Self.shipped)/mono.yaml").theme
        #expect(ThemeRole.allCases.allSatisfy { !mono[$0].hasColor })
        #expect(mono[.critical].attributes.contains(.reverse))
        let wall = ThemeLoader.load(path: "\(Self.shipped)/high-contrast.yaml").theme
        #expect(wall[.background].color256 == 16)
        #expect(wall[.level1].attributes.contains(.reverse))
    }

    @Test("a file sets only some roles: the rest come from a related role, then from the default")
    func partialTheme() {
        let result = ThemeLoader.parse("""
            name: short
            roles:
              critical: { color256: 160, color16: 1 }
            """, path: "short.yaml")
        #expect(result.errors.isEmpty)
        #expect(result.theme.name == "short")
        #expect(result.theme[.level1].color256 == 160, "L1 borrows from critical")
        #expect(result.theme[.text] == Theme.default[.text])
    }

    @Test("the name defaults to the file's name; attrs may be a single word; `default` keeps the terminal's colour")
    func smallForms() {
        let result = ThemeLoader.parse("""
            roles:
              warn: { color256: default, color16: 3, attrs: bold }
            """, path: "/etc/onescreen/themes/site.yaml")
        #expect(result.errors.isEmpty)
        #expect(result.theme.name == "site")
        #expect(result.theme[.warn] == RoleAppearance(color256: nil, color16: 3, attributes: .bold))
    }

    @Test("broken files are reported as FILE:LINE: key: reason and the default theme is used", arguments: [
        ("roles:\n  text: { color256: 252\n", "broken.yaml:3: yaml: "),
        ("roles:\n  text: { color256: 252 }\n  critcal: { color256: 203 }\n",
         "broken.yaml:3: roles.critcal: unknown role 'critcal' (did you mean 'critical'?)"),
        ("roles:\n  glow: { color256: 203 }\n",
         "broken.yaml:2: roles.glow: unknown role 'glow'; expected one of background, text, muted, border, title,"),
        ("roles:\n  text:\n    color256: 300\n",
         "broken.yaml:3: roles.text.color256: expected 0–255 or `default`, got `300`"),
        ("roles:\n  text: { color16: 16 }\n", "broken.yaml:2: roles.text.color16: expected 0–15 or `default`, got `16`"),
        ("roles:\n  text: { color16: red }\n",
         "broken.yaml:2: roles.text.color16: expected 0–15 or `default`, got `red`"),
        ("roles:\n  title: { color256: 75, attrs: [bold, blink] }\n",
         "broken.yaml:2: roles.title.attrs: unknown attribute 'blink'; expected one of bold, dim, underline, reverse"),
        ("roles:\n  title: { colour256: 75 }\n",
         "broken.yaml:2: roles.title.colour256: unknown field 'colour256' (did you mean 'color256'?)"),
        ("name: x\ncolours: {}\n", "broken.yaml:2: colours: unknown key 'colours'; expected one of name, description, roles"),
        ("name: x\n", "broken.yaml:1: roles: missing: a theme sets its roles under `roles:`"),
        ("- text\n", "broken.yaml:1: theme: expected a mapping with `name` and `roles`"),
        ("roles:\n  text: { color256: 1 }\n  text: { color256: 2 }\n", "broken.yaml:"),
    ])
    func brokenFile(yaml: String, expected: String) {
        let result = ThemeLoader.parse(yaml, path: "broken.yaml")
        #expect(result.theme == Theme.default)
        #expect(result.errors.count >= 1)
        #expect(result.errors.first.map { "\($0)".hasPrefix(expected) } == true, "\(result.errors)")
    }

    @Test("every problem in a file is reported, not just the first")
    func allProblems() {
        let result = ThemeLoader.parse("""
            roles:
              txt: { color256: 252 }
              warn: { color256: 999 }
            """, path: "two.yaml")
        #expect(result.errors.map(\.line) == [2, 3])
    }

    @Test("a file that cannot be read is reported without a line")
    func missingFile() {
        let result = ThemeLoader.load(path: "/nonexistent/onescreen/none.yaml")
        #expect(result.theme == Theme.default)
        #expect(result.errors.map(\.description) == ["/nonexistent/onescreen/none.yaml: theme: cannot read file"])
    }

    @Test("a file on disk is read and named in errors")
    func fromDisk() {
        let directory = TemporaryDirectory()
        let path = directory.write("typo.yaml", "roles:\n  sparklin: { color256: 81 }\n")
        let result = ThemeLoader.load(path: path)
        #expect(result.errors.map(\.description) == [
            "\(path):2: roles.sparklin: unknown role 'sparklin' (did you mean 'sparkline'?)",
        ])
    }
}
