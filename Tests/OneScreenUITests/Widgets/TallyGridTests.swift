import Testing
@testable import OneScreenUI

@Suite("Tally grid")
struct TallyGridTests {
    static let grid = TallyGrid([TallyItem("重要价值", "126"), TallyItem("重要发展", "85"), TallyItem("一般挽留", "312")])

    @Test("as many equal cells per row as fit, labels and figures lined up")
    func packed() {
        #expect(render(Self.grid, width: 30, height: 2) == [
            "重要价值 126  重要发展  85    ",
            "一般挽留 312                  ",
        ])
        #expect(Self.grid.columns(in: 30) == 2 && Self.grid.rowsNeeded(in: 30) == 2)
        #expect(Self.grid.rowsNeeded(in: 40) == 1)
    }

    @Test("fewer rows show the first items only")
    func prefix() {
        #expect(render(Self.grid, width: 30, height: 1) == ["重要价值 126  重要发展  85    "])
    }

    @Test("one cell wider than the area: the label is cut, the figure kept whole and right-aligned")
    func narrow() {
        #expect(render(Self.grid, width: 8, height: 1) == ["重…  126"])
    }

    @Test("0x0 and 1x1", arguments: [(0, 0), (1, 1)])
    func tiny(width: Int, height: Int) {
        let lines = render(Self.grid, width: width, height: height)
        #expect(lines.count == height && lines.allSatisfy { DisplayWidth.width(of: $0) == width })
    }
}
