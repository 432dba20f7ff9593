import Testing
@testable import OneScreenUI

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
