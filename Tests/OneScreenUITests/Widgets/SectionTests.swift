import Testing
@testable import OneScreenUI

@Suite("Sections")
struct SectionTests {
    static let list = ListSection(
        SectionHeading("逾期里程碑", detail: "6"),
        columns: [TableColumn.fitting(["C-0412", "C-0388"]), TableColumn("", width: .fill(1))],
        rows: [["C-0412", "第二批冻品交付"], ["C-0388", "冷链设备验收"]], priority: 1
    )

    static let breakdown = BreakdownSection("各级预警", items: [
        BreakdownItem(label: "L1 系统故障", shortLabel: "L1", value: 1, valueText: "1"),
        BreakdownItem(label: "L3 业务异常", shortLabel: "L3", value: 4, valueText: "4"),
    ], priority: 0)

    @Test("a heading with its figure right-aligned; the figure wins the room")
    func heading() {
        #expect(render(SectionHeading("逾期里程碑", detail: "12"), width: 20, height: 1) == ["逾期里程碑        12"])
        #expect(render(SectionHeading("逾期里程碑", detail: "12"), width: 4, height: 1) == ["… 12"])
        #expect(render(SectionHeading("逾期里程碑", detail: "12"), width: 1, height: 1) == ["…"])
    }

    @Test("a list is its heading over rows without column titles; it needs the heading and one row")
    func list() {
        #expect(render(Self.list, width: 22, height: 3) == [
            "逾期里程碑           6",
            "C-0412 第二批冻品交付 ",
            "C-0388 冷链设备验收   ",
        ])
        #expect(Self.list.claim(width: 22) == RowBudget.Claim(minimum: 2, wanted: 3, priority: 1))
        let empty = ListSection(SectionHeading("未审批用印", detail: "0"), columns: [], rows: [], priority: 1)
        #expect(empty.claim(width: 10).sizes == [1])
    }

    @Test("a breakdown shows bars with a heading when it has a row per part, a grid of figures when not")
    func breakdown() {
        #expect(render(Self.breakdown, width: 30, height: 3) == [
            "各级预警                      ",
            "L1 系统故障 ████░░░░░░░░░░░░ 1",
            "L3 业务异常 ████████████████ 4",
        ])
        #expect(render(Self.breakdown, width: 30, height: 1) == ["L1 系统故障 1  L3 业务异常 4  "])
        #expect(render(Self.breakdown, width: 14, height: 1) == ["L1 1  L3 4    "], "short labels to fit the row")
        #expect(Self.breakdown.claim(width: 30).sizes == [1, 3])
        #expect(Self.breakdown.claim(width: 14).sizes == [1, 2])
    }

    @Test("a stack gives each section its share, top to bottom, and leaves out what does not fit")
    func stack() {
        let stack = SectionStack([Self.breakdown, Self.list])
        #expect(render(stack, width: 30, height: 3) == [
            "L1 系统故障 1  L3 业务异常 4  ",
            "逾期里程碑                   6",
            "C-0412 第二批冻品交付         ",
        ])
        #expect(render(stack, width: 30, height: 1) == ["L1 系统故障 1  L3 业务异常 4  "])
        #expect(render(stack, width: 0, height: 0).isEmpty)
    }
}
