import Testing
@testable import OneScreenUI

@Suite("Line wrapper")
struct LineWrapperTests {
    @Test("Chinese fills each line to the last column that holds a whole character")
    func chinese() {
        #expect(LineWrapper.wrap("冷链温度超标需要立即处理", width: 10) == ["冷链温度超", "标需要立即", "处理"])
        #expect(LineWrapper.wrap("冷链温度", width: 5) == ["冷链", "温度"])
    }

    @Test("closing punctuation never starts a line: it takes the character before it along")
    func closingPunctuation() {
        #expect(LineWrapper.wrap("冷链温度，超标", width: 8) == ["冷链温", "度，超标"])
        #expect(LineWrapper.wrap("温度超标。", width: 8) == ["温度超", "标。"])
    }

    @Test("Latin breaks at spaces; a word longer than the line is cut hard")
    func latin() {
        #expect(LineWrapper.wrap("cold chain alarm", width: 11) == ["cold chain", "alarm"])
        #expect(LineWrapper.wrap("refrigeration", width: 5) == ["refri", "gerat", "ion"])
        #expect(LineWrapper.wrap("truck 沪A冷链07 late", width: 10) == ["truck 沪A", "冷链07", "late"])
    }

    @Test("paragraphs and edge widths")
    func edges() {
        #expect(LineWrapper.wrap("a\n\nb", width: 4) == ["a", "", "b"])
        #expect(LineWrapper.wrap("质量", width: 0).isEmpty)
        #expect(LineWrapper.wrap("质量", width: 1) == [""], "a wide character never fits one column")
        for line in LineWrapper.wrap("海底捞（上海）餐饮管理有限公司 Blue Harbor Restaurant Group 🐔 鸡排", width: 7) {
            #expect(DisplayWidth.width(of: line) <= 7, "\(line)")
        }
    }
}
