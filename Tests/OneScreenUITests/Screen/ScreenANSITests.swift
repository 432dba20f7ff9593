import Testing
@testable import OneScreenUI

@Suite("Screen as ANSI")
struct ScreenANSITests {
    static let escape = "\u{1B}["

    static var sample: Screen {
        var screen = Screen(width: 8, height: 2)
        screen.put("ok", at: 0, y: 0, style: Style(.ok))
        screen.put("质量", at: 2, y: 0, style: Style(.ok))
        screen.put("L4", at: 0, y: 1, style: Style(.level4, .bold))
        return screen
    }

    /// The text with every SGR escape taken out.
    static func stripped(_ ansi: String) -> String {
        var result = ""
        var inEscape = false
        for character in ansi {
            if character == "\u{1B}" { inEscape = true; continue }
            if inEscape { if character == "m" { inEscape = false }; continue }
            result.append(character)
        }
        return result
    }

    static func escapes(_ ansi: String) -> [String] {
        ansi.split(separator: "\u{1B}", omittingEmptySubsequences: false).dropFirst().map { "\u{1B}" + $0.prefix { $0 != "m" } + "m" }
    }

    @Test("without its escapes the output is the plain text, row for row", arguments: ColorMode.allCases)
    func sameText(mode: ColorMode) {
        #expect(Self.stripped(Self.sample.ansi(theme: .default, colorMode: mode)) == Self.sample.text)
    }

    @Test("an escape only where the style changes, and every row ends reset")
    func onlyOnChange() {
        let ansi = Self.sample.ansi(theme: .default, colorMode: .ansi256)
        let rows = ansi.split(separator: "\n").map(String.init)
        #expect(rows.count == 2)
        // Row 0: ok-styled "ok质量" is one run, then the plain blanks.
        #expect(Self.escapes(rows[0]) == ["\u{1B}[0;38;5;114m", "\u{1B}[0;38;5;252m", "\u{1B}[0m"])
        #expect(rows[0].hasPrefix("\u{1B}[0;38;5;114mok质量\u{1B}[0;38;5;252m  \u{1B}[0m"))
        #expect(Self.escapes(rows[1]) == ["\u{1B}[0;1;38;5;171m", "\u{1B}[0;38;5;252m", "\u{1B}[0m"])
        for row in rows { #expect(row.hasSuffix("\u{1B}[0m")) }
    }

    @Test("16 colours use the classic 30–37 and 90–97 codes")
    func sixteen() {
        let ansi = Self.sample.ansi(theme: .default, colorMode: .ansi16)
        #expect(Self.escapes(ansi).contains("\u{1B}[0;92m"), "ok is bright green")
        #expect(Self.escapes(ansi).contains("\u{1B}[0;1;95m"), "L4 is bold bright magenta")
        #expect(!ansi.contains("38;5;"))
    }

    @Test("without colour, or under the mono theme, only attributes are sent",
          arguments: [(Theme.default, ColorMode.none), (Theme.mono, .ansi256), (Theme.mono, .none)])
    func attributesOnly(theme: Theme, mode: ColorMode) {
        let ansi = Self.sample.ansi(theme: theme, colorMode: mode)
        for code in Self.escapes(ansi) {
            let parameters = code.dropFirst(2).dropLast().split(separator: ";").compactMap { Int($0) }
            #expect(parameters.allSatisfy { [0, 1, 2, 4, 7].contains($0) }, "\(code.debugDescription)")
        }
        #expect(Self.escapes(ansi).contains { $0.contains("1") || $0.contains("7") }, "L4 still stands out")
    }

    @Test("a selected row keeps showing without colour: the background role turns into reverse video")
    func selectionWithoutColour() {
        var screen = Screen(width: 2, height: 1)
        screen.put("ab", at: 0, y: 0, style: Style(background: .selection))
        #expect(screen.ansi(theme: .default, colorMode: .none) == "\u{1B}[0;7mab\u{1B}[0m")
    }

    @Test("plain text under mono needs no escape at all; an empty screen is empty")
    func nothingToSay() {
        var screen = Screen(width: 3, height: 1)
        screen.put("abc", at: 0, y: 0)
        #expect(screen.ansi(theme: .mono, colorMode: .none) == "abc")
        #expect(Screen(width: 0, height: 0).ansi(theme: .default, colorMode: .ansi256) == "")
    }
}
