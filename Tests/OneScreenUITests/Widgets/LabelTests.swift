import Testing
@testable import OneScreenUI

@Suite("Label")
struct LabelTests {
    @Test("Chinese wraps at any character; the last line shown ends with … when more is hidden")
    func wrapsChinese() {
        #expect(render(Label("冷链温度超标需要立即处理"), width: 10, height: 2) == ["冷链温度超", "标需要立… "])
        #expect(render(Label("冷链温度超标需要立即处理"), width: 10, height: 3) == ["冷链温度超", "标需要立即", "处理      "])
    }

    @Test("Latin wraps at spaces; an odd width leaves a column rather than split a wide character")
    func wrapsLatin() {
        #expect(render(Label("cold chain alarm"), width: 11, height: 2) == ["cold chain ", "alarm      "])
        #expect(render(Label("冷链温度"), width: 5, height: 2) == ["冷链 ", "温度 "])
    }

    @Test("alignment pads by display width", arguments: [
        (Alignment.left, "质量   "), (.right, "   质量"), (.center, " 质量  "),
    ])
    func alignment(alignment: Alignment, expected: String) {
        #expect(render(Label("质量", alignment: alignment), width: 7, height: 1) == [expected])
    }

    @Test("without wrapping each line is cut with … (~ in ASCII)")
    func cut() {
        #expect(render(Label("冷藏车厢温度\nok", wraps: false), width: 7, height: 2) == ["冷藏车…", "ok     "])
        #expect(render(Label("冷藏车厢温度", wraps: false), width: 6, height: 1) == ["冷藏… "])
        #expect(render(Label("refrigerated", wraps: false), width: 6, height: 1, glyphs: .ascii) == ["refri~"])
    }

    @Test("0x0 and 1x1 draw what fits and nothing more", arguments: [(0, 0), (1, 1)])
    func tiny(width: Int, height: Int) {
        let lines = render(Label("质量 quality"), width: width, height: height)
        #expect(lines.count == height)
        #expect(lines.allSatisfy { DisplayWidth.width(of: $0) == width })
    }
}
