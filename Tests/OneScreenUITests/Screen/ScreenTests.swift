import Testing
@testable import OneScreenUI

@Suite("Screen")
struct ScreenTests {
    @Test("text is placed by display width: a wide character covers two cells, the second a continuation")
    func wideCharacters() {
        var screen = Screen(width: 8, height: 1)
        let advanced = screen.put("质a量", at: 1, y: 0)
        #expect(advanced == 5)
        #expect(screen.lines() == [" 质a量  "])
        #expect(screen[1, 0].width == 2 && screen[2, 0].isContinuation && screen[4, 0].width == 2)
    }

    @Test("a wide character that would cross the limit is not split: the column left is blanked")
    func cutBeforeWide() {
        var screen = Screen(width: 6, height: 1)
        screen.put("xxxxxx", at: 0, y: 0)
        let advanced = screen.put("ab质量", at: 0, y: 0, maxWidth: 5)
        #expect(advanced == 5)
        #expect(screen.lines() == ["ab质 x"])
        var edge = Screen(width: 3, height: 1)
        edge.put("a质量", at: 0, y: 0)
        #expect(edge.lines() == ["a质"])
        var last = Screen(width: 4, height: 1)
        last.put("----", at: 0, y: 0)
        last.put("ab质", at: 1, y: 0)
        #expect(last.lines() == ["-ab "], "the screen's last column")
    }

    @Test("writing over either half of a wide character blanks the other half, so nothing shifts")
    func overwriteHalves() {
        var screen = Screen(width: 6, height: 1)
        screen.put("质量质", at: 0, y: 0)
        screen.put("a", at: 1, y: 0)
        #expect(screen.lines() == [" a量质"])
        screen.put("b", at: 2, y: 0)
        #expect(screen.lines() == [" ab 质"])
        screen.put("冷", at: 3, y: 0)
        #expect(screen.lines() == [" ab冷 "])
        #expect(screen.lines().allSatisfy { DisplayWidth.width(of: $0) == 6 })
    }

    @Test("writes are clipped to the screen: negative starts, rows outside, zero-sized screens")
    func clipping() {
        var screen = Screen(width: 4, height: 2)
        screen.put("abcdef", at: -2, y: 0)
        screen.put("zz", at: 0, y: 5)
        screen.put("质量", at: -1, y: 1)
        #expect(screen.lines() == ["cdef", " 量 "])
        var empty = Screen(width: 0, height: 0)
        empty.put("质量", at: 0, y: 0)
        empty.fill(Rect(x: 0, y: 0, width: 3, height: 3), with: "#")
        empty.set("x", at: 0, y: 0)
        #expect(empty.lines().isEmpty && empty.text.isEmpty)
        let negative = Screen(width: -3, height: -1)
        #expect(negative.width == 0 && negative.height == 0)
    }

    @Test("control characters and lone combining marks take no cell; a mark stays with its base")
    func zeroWidth() {
        var screen = Screen(width: 5, height: 1)
        screen.put("a\u{7}\u{301}e\u{301}b", at: 0, y: 0)
        #expect(screen.lines() == ["ae\u{301}b  "])
    }

    @Test("fill covers a rectangle; a wide fill character leaves a space where it does not fit")
    func fill() {
        var screen = Screen(width: 5, height: 2)
        screen.fill(Rect(x: 0, y: 0, width: 5, height: 2), with: "冷")
        #expect(screen.lines() == ["冷冷 ", "冷冷 "])
    }

    @Test("patchStyle keeps text and adds the overlay")
    func patch() {
        var screen = Screen(width: 3, height: 1)
        screen.put("abc", at: 0, y: 0, style: Style(.warn))
        screen.patchStyle(Style(background: .selection), in: Rect(x: 1, y: 0, width: 5, height: 1))
        #expect(screen.lines() == ["abc"])
        #expect(screen[0, 0].style == Style(.warn))
        #expect(screen[2, 0].style == Style(foreground: .warn, background: .selection))
    }

    @Test("clear blanks everything")
    func clear() {
        var screen = Screen(width: 3, height: 2)
        screen.put("质量", at: 0, y: 1)
        screen.clear()
        #expect(screen.lines() == ["   ", "   "])
    }
}
