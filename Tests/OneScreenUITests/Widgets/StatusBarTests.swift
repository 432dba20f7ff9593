import Testing
@testable import OneScreenUI

@Suite("Status bar")
struct StatusBarTests {
    static let bar = StatusBar(segments: [.alarm("STALE 数据过期 3小时12分"), StatusSegment("刷新 09:30")],
                               hints: "q 退出")

    @Test("segments from the left with separators, hints right-aligned")
    func wide() {
        #expect(render(Self.bar, width: 50, height: 1) == ["STALE 数据过期 3小时12分 │ 刷新 09:30       q 退出"])
    }

    @Test("hints go first, then later segments; the first is cut last, and stays in the alarm style")
    func narrow() {
        #expect(render(Self.bar, width: 38, height: 1) == ["STALE 数据过期 3小时12分 │ 刷新 09:30 "])
        var screen = Screen(width: 20, height: 1)
        Self.bar.render(in: screen.area, on: &screen, glyphs: .unicode)
        #expect(screen.lines() == ["STALE 数据过期 3小… "])
        #expect(screen[0, 0].style == HealthStatus.critical.style)
    }

    @Test("hints that do not all fit are left out whole, from the last")
    func wholeHints() {
        let bar = StatusBar(segments: [StatusSegment("数据 3秒前")], hints: "? 帮助  1-7 页面  q 退出")
        #expect(render(bar, width: 30, height: 1) == ["数据 3秒前    ? 帮助  1-7 页面"])
        #expect(render(bar, width: 22, height: 1) == ["数据 3秒前      ? 帮助"])
        #expect(render(bar, width: 16, height: 1) == ["数据 3秒前   ? …"])
    }

    @Test("ASCII separator")
    func ascii() {
        #expect(render(StatusBar(segments: [StatusSegment("a"), StatusSegment("b")]), width: 6, height: 1,
                       glyphs: .ascii) == ["a | b "])
    }

    @Test("0x0 and 1x1", arguments: [(0, 0), (1, 1)])
    func tiny(width: Int, height: Int) {
        let lines = render(Self.bar, width: width, height: height)
        #expect(lines.count == height && lines.allSatisfy { DisplayWidth.width(of: $0) == width })
    }
}
