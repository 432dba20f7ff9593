import Testing
@testable import OneScreenUI

@Suite("Display width")
struct DisplayWidthTests {
    @Test("ASCII is one column per character, controls none")
    func ascii() {
        #expect(DisplayWidth.width(of: "onescreen 1.0") == 13)
        #expect(DisplayWidth.width(of: "") == 0)
        #expect(DisplayWidth.width(of: "a\tb\u{7}") == 2)
    }

    @Test("CJK ideographs, kana and Hangul are two columns")
    func cjk() {
        #expect(DisplayWidth.width(of: "质量") == 4)
        #expect(DisplayWidth.width(of: "一屏尽览") == 8)
        #expect(DisplayWidth.width(of: "カタカナ") == 8)
        #expect(DisplayWidth.width(of: "한국") == 4)
    }

    @Test("full-width forms and CJK punctuation are two columns")
    func fullWidth() {
        #expect(DisplayWidth.width(of: "ＡＢ") == 4)
        for punctuation in ["，", "。", "：", "（", "）", "、", "【", "】", "￥"] {
            #expect(DisplayWidth.width(of: punctuation) == 2, "\(punctuation)")
        }
    }

    @Test("a cluster takes its base's width: combining marks add nothing")
    func combining() {
        #expect(DisplayWidth.width(of: "e\u{301}") == 1)
        #expect(DisplayWidth.width(of: "Cafe\u{301}") == 4)
        #expect(DisplayWidth.width(of: "\u{301}") == 0)
        #expect(DisplayWidth.width(of: "a\u{200D}") == 1)
    }

    @Test("emoji with emoji presentation, flags and ZWJ sequences are two columns")
    func emoji() {
        #expect(DisplayWidth.width(of: "🥩") == 2)
        #expect(DisplayWidth.width(of: "🐔") == 2)
        #expect(DisplayWidth.width(of: "🇨🇳") == 2)
        #expect(DisplayWidth.width(of: "👨‍👩‍👧") == 2)
        #expect(DisplayWidth.width(of: "❤\u{FE0F}") == 2)
        #expect(DisplayWidth.width(of: "❤") == 1)
        #expect(DisplayWidth.width(of: "#\u{FE0F}\u{20E3}") == 2)
    }

    @Test("ambiguous characters count as one column")
    func ambiguous() {
        #expect(DisplayWidth.width(of: "…·°") == 3)
        #expect(DisplayWidth.width(of: "┌─┐│└┘") == 6)
        #expect(DisplayWidth.width(of: "▁▂▃█░") == 5)
    }

    @Test("a plate number mixing Chinese, Latin and a middle dot")
    func mixed() {
        #expect(DisplayWidth.width(of: "沪A·冷链07") == 10)
    }

    @Test("truncation ends with an ellipsis and never splits a wide character")
    func truncate() {
        #expect(DisplayWidth.truncate("质量标准电子化", to: 5) == "质量…")
        #expect(DisplayWidth.truncate("质量标准电子化", to: 4) == "质…")
        #expect(DisplayWidth.truncate("质量", to: 4) == "质量")
        #expect(DisplayWidth.truncate("沪A·冷链07", to: 6) == "沪A·…")
        #expect(DisplayWidth.truncate("abcdef", to: 4, ellipsis: "~") == "abc~")
        #expect(DisplayWidth.truncate("abcdef", to: 0) == "")
        #expect(DisplayWidth.truncate("质量", to: 1) == "…")
        #expect(DisplayWidth.truncate("质量", to: 1, ellipsis: "") == "")
    }

    @Test("fit and pad give exactly the asked width", arguments: 0...12)
    func exactWidth(columns: Int) {
        for text in ["质量标准电子化", "沪A·冷链07", "cold chain", "🥩 冻品", ""] {
            #expect(DisplayWidth.width(of: DisplayWidth.fit(text, to: columns)) == columns)
            for alignment in [Alignment.left, .right, .center] {
                #expect(DisplayWidth.width(of: DisplayWidth.pad(text, to: columns, alignment: alignment)) == columns)
            }
        }
    }

    @Test("padding puts the spaces where the alignment leaves room")
    func pad() {
        #expect(DisplayWidth.pad("质量", to: 7) == "质量   ")
        #expect(DisplayWidth.pad("质量", to: 7, alignment: .right) == "   质量")
        #expect(DisplayWidth.pad("质量", to: 7, alignment: .center) == " 质量  ")
        #expect(DisplayWidth.fit("质量标准", to: 6) == "质量… ")
        #expect(DisplayWidth.fit("12.5", to: 6, alignment: .right) == "  12.5")
    }

    @Test("the wide table is sorted and has no overlaps, so bisection is valid")
    func tableIsSorted() {
        let ranges = EastAsianWide.ranges
        for (earlier, later) in zip(ranges, ranges.dropFirst()) {
            #expect(earlier.upperBound < later.lowerBound, "\(earlier) then \(later)")
        }
        #expect(EastAsianWide.contains(0x1100))
        #expect(EastAsianWide.contains(0x3FFFD))
        #expect(!EastAsianWide.contains(0x10FF))
        #expect(!EastAsianWide.contains(0x3099))
    }
}
