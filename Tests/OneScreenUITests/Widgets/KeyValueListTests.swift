import Testing
@testable import OneScreenUI

@Suite("Key-value list")
struct KeyValueListTests {
    static let items = [KeyValueItem("客户数", "1,284"), KeyValueItem("逾期", "3", style: Style(.warn))]

    @Test("keys and values line up by display width; values right-aligned on request")
    func aligned() {
        #expect(render(KeyValueList(Self.items, valueAlignment: .right), width: 16, height: 2) == [
            "客户数     1,284",
            "逾期           3",
        ])
        #expect(render(KeyValueList(Self.items), width: 12, height: 2) == ["客户数 1,284", "逾期   3    "])
    }

    @Test("keys are cut with … before any figure is")
    func narrowKeys() {
        #expect(render(KeyValueList(Self.items), width: 9, height: 1) == ["客… 1,284"])
        #expect(render(KeyValueList(Self.items), width: 6, height: 1) == ["1,284 "])
    }

    @Test("rows beyond the height are not drawn; styles follow the items")
    func heightAndStyle() {
        var screen = Screen(width: 11, height: 1)
        KeyValueList(Self.items).render(in: screen.area, on: &screen, glyphs: .unicode)
        #expect(screen.lines() == ["客户… 1,284"])
        var both = Screen(width: 12, height: 2)
        KeyValueList(Self.items).render(in: both.area, on: &both, glyphs: .unicode)
        #expect(both[7, 1].style == Style(.warn))
        #expect(both[0, 0].style == Style(.muted))
    }

    @Test("0x0 and 1x1", arguments: [(0, 0), (1, 1)])
    func tiny(width: Int, height: Int) {
        let lines = render(KeyValueList(Self.items), width: width, height: height)
        #expect(lines.count == height && lines.allSatisfy { DisplayWidth.width(of: $0) == width })
    }
}
