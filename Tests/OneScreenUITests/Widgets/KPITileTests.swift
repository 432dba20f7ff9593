import Testing
@testable import OneScreenUI

@Suite("KPI tile")
struct KPITileTests {
    static let tile = KPITile(title: "合规率", value: "97.3", unit: "%",
                              trend: Trend("0.4%", direction: .up, isGood: true), status: .ok, statusText: "正常")

    @Test("title and status, the value with its unit, the change below")
    func threeRows() {
        #expect(render(Self.tile, width: 20, height: 3) == [
            "合规率        [正常]",
            "97.3 %              ",
            "▲ 0.4%              ",
        ])
    }

    @Test("two rows put the change beside the value; one row drops the title")
    func folded() {
        #expect(render(Self.tile, width: 20, height: 2) == ["合规率        [正常]", "97.3 % ▲ 0.4%       "])
        #expect(render(Self.tile, width: 20, height: 1) == ["97.3 % ▲ 0.4% [正常]"])
    }

    @Test("the status reads without colour, and the value takes its colour")
    func status() {
        var screen = Screen(width: 16, height: 2)
        KPITile(title: "逾期", value: "6", status: .critical).render(in: screen.area, on: &screen, glyphs: .ascii)
        #expect(screen.lines() == ["逾期      [CRIT]", "6               "])
        #expect(screen[10, 0].style == HealthStatus.critical.style)
        #expect(screen[0, 1].style == Style(.critical, .bold))
    }

    @Test("a down trend that is bad is drawn in warn with the ASCII arrow")
    func trend() {
        let trend = Trend("3", direction: .down, isGood: false)
        #expect(trend.role == .warn && trend.label(.ascii) == "- 3" && trend.label(.unicode) == "▼ 3")
        #expect(Trend("", direction: .flat, isGood: true).role == .muted)
    }

    @Test("0x0 and 1x1", arguments: [(0, 0), (1, 1)])
    func tiny(width: Int, height: Int) {
        let lines = render(Self.tile, width: width, height: height)
        #expect(lines.count == height && lines.allSatisfy { DisplayWidth.width(of: $0) == width })
    }
}
