import Testing
@testable import OneScreenUI

@Suite("Header bar")
struct HeaderBarTests {
    static let bar = HeaderBar(left: "onescreen 一屏尽览", center: "总览", right: "09:30")

    @Test("title left, page in the gap, clock right, one column of margin")
    func wide() {
        #expect(render(Self.bar, width: 40, height: 1) == [" onescreen 一屏尽览 总览          09:30 "])
    }

    @Test("narrow: the clock stays whole, the title is cut, the page gives way")
    func narrow() {
        #expect(render(Self.bar, width: 16, height: 1) == [" onescre… 09:30 "])
        #expect(render(HeaderBar(left: "一屏尽览总览", right: "09:30"), width: 15, height: 1) == [" 一屏尽… 09:30 "])
    }

    @Test("a clock that cannot show whole is left out")
    func noHalfClock() {
        #expect(render(Self.bar, width: 4, height: 1) == [" o… "])
    }

    @Test("the whole row takes the bar's style")
    func styled() {
        var screen = Screen(width: 40, height: 1)
        Self.bar.render(in: screen.area, on: &screen, glyphs: .unicode)
        #expect((0..<40).allSatisfy { screen[$0, 0].style == Style(.title, [.bold, .reverse]) })
    }

    @Test("0x0 and 1x1", arguments: [(0, 0), (1, 1)])
    func tiny(width: Int, height: Int) {
        let lines = render(Self.bar, width: width, height: height)
        #expect(lines.count == height && lines.allSatisfy { DisplayWidth.width(of: $0) == width })
    }
}
