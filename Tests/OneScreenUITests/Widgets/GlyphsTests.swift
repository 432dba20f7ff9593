import OneScreenTestSupport
import Testing
@testable import OneScreenUI

@Suite("Glyphs")
struct GlyphsTests {
    @Test("every glyph that fills a cell is one column, and the ASCII set is ASCII", arguments: [Glyphs.unicode, .ascii])
    func oneColumn(glyphs: Glyphs) {
        let cells: [Character] = [
            glyphs.topLeft, glyphs.topRight, glyphs.bottomLeft, glyphs.bottomRight, glyphs.horizontal, glyphs.vertical,
            glyphs.teeLeft, glyphs.teeRight, glyphs.barFull, glyphs.barEmpty, glyphs.bandStart, glyphs.bandEnd,
            glyphs.arrowUp, glyphs.arrowDown, glyphs.arrowFlat, glyphs.check,
        ] + glyphs.barPartials + glyphs.sparkline
        for glyph in cells {
            #expect(DisplayWidth.width(of: glyph) == 1 && TerminalColumns.width(of: String(glyph)) == 1, "\(glyph)")
        }
        #expect(DisplayWidth.width(of: glyphs.ellipsis) == 1)
        #expect(glyphs.sparkline.count == 8)
        let text = String(cells) + glyphs.ellipsis + glyphs.rangeSeparator + glyphs.atMost + glyphs.atLeast + glyphs.dash
        #expect(text.allSatisfy { $0.isASCII } == !glyphs.isUnicode)
    }

    @Test("Unicode when the locale's character set is UTF-8, by C's precedence", arguments: [
        (["LANG": "zh_CN.UTF-8"], true),
        (["LANG": "en_US.utf8"], true),
        (["LC_ALL": "C", "LANG": "zh_CN.UTF-8"], false),
        (["LC_CTYPE": "C.UTF-8", "LANG": "C"], true),
        (["LANG": "zh_CN.GB18030"], false),
        ([:], false),
    ])
    func forLocale(environment: [String: String], unicode: Bool) {
        #expect(Glyphs.forLocale(environment: environment) == (unicode ? .unicode : .ascii))
    }
}
