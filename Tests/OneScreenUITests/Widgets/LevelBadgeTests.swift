import OneScreenCore
import Testing
@testable import OneScreenUI

@Suite("Level badge")
struct LevelBadgeTests {
    @Test("L1–L4 as text in the level's colour role", arguments: [
        (AlertLevel.systemFault, "L1", ThemeRole.level1), (.performanceDecline, "L2", .level2),
        (.businessAnomaly, "L3", .level3), (.complianceRisk, "L4", .level4),
    ])
    func levels(level: AlertLevel, code: String, role: ThemeRole) {
        var screen = Screen(width: 4, height: 1)
        LevelBadge(level).render(in: screen.area, on: &screen, glyphs: .unicode)
        #expect(screen.lines() == ["\(code)  "])
        #expect(screen[0, 0].style == Style(role, .bold))
        #expect(LevelBadge(level).tableCell == TableCell(code, style: Style(role, .bold)))
    }

    @Test("the name follows, cut by display width")
    func named() {
        #expect(render(LevelBadge(.complianceRisk, name: "合规风险"), width: 12, height: 1) == ["L4 合规风险 "])
        #expect(render(LevelBadge(.complianceRisk, name: "合规风险"), width: 8, height: 1) == ["L4 合规…"])
        #expect(render(LevelBadge(.complianceRisk, name: "合规风险"), width: 5, height: 1) == ["L4 … "])
    }

    @Test("too narrow for the code shows nothing rather than a lone L", arguments: [(0, 0), (1, 1)])
    func tiny(width: Int, height: Int) {
        #expect(render(LevelBadge(.systemFault), width: width, height: height)
            == Array(repeating: String(repeating: " ", count: width), count: height))
    }
}
