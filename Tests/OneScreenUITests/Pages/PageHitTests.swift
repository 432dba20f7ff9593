import OneScreenCore
import OneScreenTestSupport
import Testing
@testable import OneScreenUI

/// Clicks read off the frame that was drawn: every overview pane and every list row says what it is where it stands.
struct PageHitTests {
    static func screen(_ name: String, navigation: Navigation? = nil, width: Int = 120, height: Int = 40,
                       language: Language = .en) -> Screen {
        let page = PageFixture.pages.first { $0.name == name }!
        return PageView(snapshot: page.snapshot, navigation: navigation ?? page.navigation, language: language, role: "ops")
            .screen(width: width, height: height, glyphs: .unicode)
    }

    static func position(of text: String, on screen: Screen) -> (x: Int, y: Int)? {
        TerminalColumns.position(of: text, in: screen.lines())
    }

    @Test("each overview pane is a target from its border to its last row; header and status bar are none",
          arguments: [(80, 24), (120, 40), (200, 60)], Language.allCases)
    func overviewPanes(size: (Int, Int), language: Language) throws {
        let screen = Self.screen("overview", width: size.0, height: size.1, language: language)
        let strings = Strings(language)
        for (pane, title) in zip(OverviewPage.panes, [strings.quality, strings.customers, strings.contracts, strings.alerts]) {
            let at = try #require(Self.position(of: "─ \(title) ", on: screen))
            #expect(screen.target(atX: at.x, y: at.y) == .pane(pane), "\(title) border")
            #expect(screen.target(atX: at.x, y: at.y + 2) == .pane(pane), "\(title) inside")
        }
        #expect(screen.target(atX: 0, y: 0) == nil)
        #expect(screen.target(atX: size.0 - 1, y: size.1 - 1) == nil)
        #expect(screen.target(atX: 0, y: size.1 / 2 - 1) == .pane(.quality), "the last row of the top half")
        #expect(screen.target(atX: size.0 - 1, y: size.1 - 2) == .pane(.alerts), "the corner of the last pane")
    }

    @Test("the selected overview pane has the accent border; a wall screen shows none")
    func overviewFocus() throws {
        var navigation = Navigation()
        navigation.selection = 3
        let screen = Self.screen("overview", navigation: navigation)
        let alerts = try #require(Self.position(of: "─ Alerts ", on: screen))
        let quality = try #require(Self.position(of: "─ Quality ", on: screen))
        #expect(screen[alerts.x, alerts.y].style.foreground == .accent)
        #expect(screen[quality.x, quality.y].style.foreground == .border)
        let page = PageFixture.pages[0]
        var kiosk = PageView(snapshot: page.snapshot, navigation: navigation, language: .en, role: "kiosk")
        kiosk.showsSelection = false
        let wall = kiosk.screen(width: 120, height: 40, glyphs: .unicode)
        #expect(wall[alerts.x, alerts.y].style.foreground == .border)
    }

    @Test("list rows are targets by their index in the list as filtered and sorted", arguments: ["customers", "contracts", "sources"])
    func listRows(name: String) throws {
        let page = PageFixture.pages.first { $0.name == name }!
        let screen = Self.screen(name)
        let ids = PageView.rowIDs(of: page.snapshot, navigation: page.navigation, language: .en)
        #expect(!ids.isEmpty)
        for (index, id) in ids.enumerated() {
            let at = try #require(Self.position(of: id, on: screen), "\(id)")
            #expect(screen.target(atX: at.x, y: at.y) == .row(list: 0, index: index), "\(id)")
        }
    }

    @Test("on the quality page the lots are list 0 and the metrics above them list 1")
    func qualityLists() throws {
        let screen = Self.screen("quality")
        let lot = try #require(Self.position(of: PageFixture.lot.id, on: screen))
        #expect(screen.target(atX: lot.x, y: lot.y) == .row(list: QualityBody.lotList, index: 0))
        let metric = try #require(Self.position(of: "冷藏车厢温度", on: screen))
        #expect(screen.target(atX: metric.x, y: metric.y) == .row(list: QualityBody.metricList, index: 0))
        #expect(screen.target(atX: metric.x, y: metric.y - 1) == nil, "the column headings")
    }

    @Test("with the help open nothing under it is reached: a click closes the help")
    func helpCloses() {
        var navigation = Navigation(page: .customers)
        navigation.showsHelp = true
        let clicked = navigation.click(.row(list: 0, index: 1), rowIDs: ["a", "b"])
        #expect(clicked)
        #expect(!navigation.showsHelp && navigation.selection == 0)
    }
}
