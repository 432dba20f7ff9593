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

@Suite("Row budget")
struct RowBudgetTests {
    static func claim(_ minimum: Int, _ wanted: Int, _ priority: Int) -> RowBudget.Claim {
        RowBudget.Claim(minimum: minimum, wanted: wanted, priority: priority)
    }

    @Test("everyone gets what they want when there is room; the rest is left over")
    func plenty() {
        #expect(RowBudget.split(20, among: [Self.claim(1, 3, 0), Self.claim(2, 5, 1)]) == [3, 5])
    }

    @Test("minimums by priority; a section whose minimum does not fit is left out whole")
    func scarce() {
        #expect(RowBudget.split(3, among: [Self.claim(2, 9, 1), Self.claim(2, 9, 0)]) == [0, 3])
        #expect(RowBudget.split(0, among: [Self.claim(1, 1, 0)]) == [0])
    }

    @Test("spare rows go round one at a time, so a long list cannot starve a short one")
    func roundRobin() {
        #expect(RowBudget.split(8, among: [Self.claim(2, 20, 0), Self.claim(2, 20, 1)]) == [4, 4])
        #expect(RowBudget.split(9, among: [Self.claim(2, 20, 0), Self.claim(2, 20, 1)]) == [5, 4])
        #expect(RowBudget.split(9, among: [Self.claim(2, 3, 0), Self.claim(2, 20, 1)]) == [3, 6])
    }

    @Test("a section grows only to heights it can use, and rows it cannot use go to others")
    func steps() {
        let chart = RowBudget.Claim(sizes: [1, 3, 6, 9], priority: 0)
        let list = Self.claim(2, 4, 1)
        #expect(RowBudget.split(4, among: [chart, list]) == [1, 3], "the chart cannot use a second row")
        #expect(RowBudget.split(7, among: [chart, list]) == [3, 4])
        #expect(RowBudget.split(10, among: [chart, list]) == [6, 4])
        #expect(RowBudget.Claim(sizes: [3, 0, 1, 3], priority: 0).sizes == [1, 3])
    }
}
