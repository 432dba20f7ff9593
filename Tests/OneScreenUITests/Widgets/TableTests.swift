import Testing
@testable import OneScreenUI

@Suite("Table")
struct TableTests {
    static let columns = [TableColumn("名称"), TableColumn("数量", width: .length(6), alignment: .right)]
    static let rows: [[TableCell]] = [["冷藏车厢温度", "12"], ["Cold room", "1,234"], ["门店", "7"]]

    @Test("a header, names cut with …, numbers right-aligned, every cell padded by display width")
    func basic() {
        #expect(render(Table(columns: Self.columns, rows: Self.rows), width: 16, height: 4) == [
            "名称        数量",
            "冷藏车厢…     12",
            "Cold room  1,234",
            "门店           7",
        ])
    }

    @Test("a cut that would split a wide character stops before it and pads, so the next column stays put")
    func oddCut() {
        #expect(render(Table(columns: Self.columns, rows: Self.rows, showsHeader: false), width: 15, height: 1) == [
            "冷藏车…      12",
        ])
    }

    @Test("a fixed column that cannot show whole is left out, and its room goes to the others")
    func dropsFigureColumn() {
        #expect(render(Table(columns: Self.columns, rows: Self.rows, showsHeader: false), width: 6, height: 1) == [
            "冷藏… ",
        ])
    }

    @Test("rows scroll to keep the selection in view; the selected row takes the selection background")
    func selection() {
        var screen = Screen(width: 16, height: 2)
        Table(columns: Self.columns, rows: Self.rows, selectedRow: 2).render(in: screen.area, on: &screen,
                                                                            glyphs: .unicode)
        #expect(screen.lines() == ["名称        数量", "门店           7"])
        #expect(screen[0, 1].style.background == .selection && screen[15, 1].style.background == .selection)
        #expect(Table(columns: Self.columns, rows: Self.rows, scrollOffset: 9).firstVisibleRow(visible: 2) == 1)
    }

    @Test("an empty table says so")
    func empty() {
        #expect(render(Table(columns: Self.columns, rows: [], emptyText: "无数据"), width: 12, height: 2) == [
            "名称    数量", "无数据      ",
        ])
    }

    @Test("0x0 and 1x1", arguments: [(0, 0), (1, 1), (3, 1)])
    func tiny(width: Int, height: Int) {
        let lines = render(Table(columns: Self.columns, rows: Self.rows), width: width, height: height)
        #expect(lines.count == height && lines.allSatisfy { DisplayWidth.width(of: $0) == width })
    }

    @Test("a fitting column is as wide as its widest text; upTo takes at most that")
    func columnHelpers() {
        #expect(TableColumn.fitting(["12", "质量分"], alignment: .right).width == .length(6))
        #expect(TableColumn.fitting([], title: "数量").width == .length(4))
        #expect(TableColumn.upTo(["ab", "冷链"]).width == .max(4))
    }

    @Test("when the columns do not fit, the lowest priority goes first and names keep their least width")
    func priorities() {
        let columns = [
            TableColumn("name", width: .min(6), priority: 5),
            TableColumn("trend", width: .length(8)),
            TableColumn("value", width: .length(5), alignment: .right).ranked(9),
            TableColumn("band", width: .length(4)).ranked(1),
        ]
        let rows: [[TableCell]] = [["冷藏车厢温度", "▁▂▃▄▅▆▇█", "8.6℃", "0–4"]]
        // 6 + 8 + 5 + 4 and three gaps is 26: at 25 the trend (priority 0) goes, then the band.
        #expect(render(Table(columns: columns, rows: rows), width: 26, height: 2) == [
            "name   trend    value band", "冷藏…  ▁▂▃▄▅▆▇█  8.6℃ 0–4 ",
        ])
        #expect(render(Table(columns: columns, rows: rows), width: 25, height: 2) == [
            "name           value band", "冷藏车厢温度    8.6℃ 0–4 ",
        ])
        #expect(render(Table(columns: columns, rows: rows), width: 12, height: 2) == [
            "name   value", "冷藏…   8.6℃",
        ])
    }

    @Test("a table of a list marks each row it draws as a click on that row, by its index in the list, scrolled")
    func rowTargets() {
        var screen = Screen(width: 16, height: 3)
        Table(columns: Self.columns, rows: Self.rows, selectedRow: 2, hitList: 1)
            .render(in: Rect(x: 0, y: 1, width: 16, height: 2), on: &screen, glyphs: .unicode)
        #expect(screen.target(atX: 3, y: 1) == nil, "the header is no row")
        #expect(screen.target(atX: 0, y: 2) == .row(list: 1, index: 2))
        #expect(screen.target(atX: 15, y: 2) == .row(list: 1, index: 2))
        #expect(screen.target(atX: 16, y: 2) == nil && screen.target(atX: 3, y: 0) == nil)
        var unmarked = Screen(width: 16, height: 3)
        Table(columns: Self.columns, rows: Self.rows).render(in: unmarked.area, on: &unmarked, glyphs: .unicode)
        #expect(unmarked.targets.isEmpty)
    }
}
