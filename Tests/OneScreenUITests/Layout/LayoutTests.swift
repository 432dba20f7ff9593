import Testing
@testable import OneScreenUI

@Suite("Layout")
struct LayoutTests {
    static func widths(_ constraints: [Constraint], _ total: Int, spacing: Int = 0) -> [Int] {
        Layout(.horizontal, constraints, spacing: spacing).split(Rect(x: 0, y: 0, width: total, height: 1)).map(\.width)
    }

    @Test("lengths first, then percentages and maxima, the rest to fills by weight")
    func rules() {
        #expect(Self.widths([.length(10), .fill(1)], 40) == [10, 30])
        #expect(Self.widths([.fill(1), .fill(1)], 41) == [21, 20], "the odd cell goes to the first")
        #expect(Self.widths([.fill(1), .fill(3)], 40) == [10, 30])
        #expect(Self.widths([.percentage(25), .fill(1)], 40) == [10, 30])
        #expect(Self.widths([.max(5), .fill(1)], 40) == [5, 35])
        #expect(Self.widths([.min(5), .min(5)], 20) == [10, 10], "without fills, minima share what is left")
        #expect(Self.widths([.length(5), .length(5)], 20) == [5, 5], "without fills or minima, the rest stays unused")
        #expect(Self.widths([.length(10), .length(10)], 15) == [10, 5], "earlier lengths win when space runs out")
    }

    @Test("spacing between segments; segments are placed one after another")
    func spacing() {
        let rects = Layout(.horizontal, [.length(3), .fill(1)], spacing: 2).split(Rect(x: 4, y: 1, width: 10, height: 2))
        #expect(rects == [Rect(x: 4, y: 1, width: 3, height: 2), Rect(x: 9, y: 1, width: 5, height: 2)])
        let rows = Rect(x: 0, y: 0, width: 5, height: 10).rows([.length(1), .fill(1), .length(1)])
        #expect(rows.map(\.y) == [0, 1, 9] && rows.map(\.height) == [1, 8, 1])
    }

    @Test("never negative, never more than the area", arguments: [0, 1, 2, 7])
    func small(total: Int) {
        let sizes = Self.widths([.length(4), .fill(1), .length(3)], total, spacing: 1)
        #expect(sizes.allSatisfy { $0 >= 0 })
        #expect(sizes.reduce(0, +) <= total)
    }

    @Test("rectangles shrink to empty rather than negative")
    func rect() {
        #expect(Rect(x: 0, y: 0, width: -3, height: 2).isEmpty)
        #expect(Rect(x: 0, y: 0, width: 3, height: 3).inset(by: 2).isEmpty)
        #expect(Rect(x: 0, y: 0, width: 4, height: 4).intersection(Rect(x: 2, y: 2, width: 9, height: 9))
            == Rect(x: 2, y: 2, width: 2, height: 2))
        #expect(Rect(x: 0, y: 0, width: 2, height: 2).intersection(Rect(x: 5, y: 5, width: 1, height: 1)).isEmpty)
        #expect(Rect(x: 0, y: 0, width: 2, height: 2).row(5).isEmpty)
    }
}
