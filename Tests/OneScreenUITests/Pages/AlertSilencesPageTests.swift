import OneScreenCore
import OneScreenTestSupport
import Testing
@testable import OneScreenUI

/// The Alerts page's severity-first order and its silences view (`m`), in Chinese and English, as a person reads
/// them, with the keys that end a silence or undo an acknowledgement.
struct AlertSilencesPageTests {
    static let now = PageFixture.now
    static let silences = [
        Silence(id: 3, target: Glob("沪A·冷链07/truck.temp"), until: now.adding(seconds: 2 * 3600), createdBy: "王敏",
                createdAt: now.adding(seconds: -600), note: "司机已关门，车厢检修中"),
        Silence(id: 5, target: Glob("standard/STD-STORE-*"), until: now.adding(seconds: 26 * 3600), createdBy: "ops-li",
                createdAt: now.adding(seconds: -60), note: nil),
    ]
    static var overview: AlertOverview {
        var overview = OverviewFixture.alerts
        overview.silences = silences
        return overview
    }

    static func lines(_ navigation: Navigation, _ width: Int, _ height: Int, _ language: Language, overview: AlertOverview = overview) -> [String] {
        PageView(snapshot: PageFixture.snapshot(.alerts(overview)), navigation: navigation, language: language, role: "ops")
            .screen(width: width, height: height, glyphs: .unicode).lines()
    }

    static func silencesView() -> Navigation {
        var navigation = Navigation(page: .alerts)
        navigation.alerts.mayAct = true
        navigation.handle(.character("m"), rowIDs: PageView.rowIDs(of: PageFixture.snapshot(.alerts(overview)), navigation: navigation, language: .zh))
        return navigation
    }

    @Test("by default the most severe alerts come first, the newest first within a level, under the level's arrow",
          arguments: Language.allCases)
    func severityFirst(language: Language) throws {
        let strings = Strings(language)
        let lines = Self.lines(Navigation(page: .alerts), 120, 30, language)
        let rows = lines.filter { $0.contains("rule-") }
        #expect(rows.map { line in ["L1", "L2", "L3", "L4"].first { line.contains(" \($0) ") } ?? "?" }
                == ["L4", "L4", "L3", "L3", "L3", "L2", "L2", "L1"], "\(rows.joined(separator: "\n"))")
        #expect(rows.map { line in (8...15).first { line.contains("rule-\($0) ") }.map(String.init) ?? "?" }
                == ["14", "10", "13", "11", "9", "12", "8", "15"])
        #expect(rows.first?.hasPrefix("│> L4") == true, "\(rows.first ?? "")")
        let heading = try #require(lines.first { $0.contains(strings.levelColumn) && $0.contains(strings.ruleColumn) })
        #expect(heading.contains(strings.levelColumn + String(Glyphs.unicode.arrowDown)), "\(heading)")
        // Another sort is a key away, as on every list: the next column, its way first.
        var navigation = Navigation(page: .alerts)
        let sorting = try #require(PageView.sorting(of: PageFixture.snapshot(.alerts(Self.overview)), navigation: navigation, language: language))
        navigation.sorts[.alerts] = sorting.moved(from: sorting.current(nil), by: 3)
        let byAge = Self.lines(navigation, 120, 30, language).filter { $0.contains("rule-") }
        #expect(byAge.first?.contains("rule-15 ") == true, "\(byAge.joined(separator: "\n"))")
    }

    @Test("m lists the silences in force: number, target, who, note, until and what is left; the footer shows the keys",
          arguments: Language.allCases)
    func silencesView(language: Language) throws {
        let strings = Strings(language)
        var navigation = Self.silencesView()
        navigation.handle(.down, rowIDs: ["3", "5"])
        for (width, height) in [(80, 24), (120, 30)] {
            let lines = Self.lines(navigation, width, height, language)
            AlertPageTests.expectExactWidths(lines, width, height, "silences \(language)")
            let text = lines.joined(separator: "\n")
            #expect(text.contains(strings.silencesTitle))
            #expect(!text.contains("rule-14"), "the alerts give way to the silences")
            let first = try #require(lines.first { $0.contains("#3") })
            #expect(first.contains(width > 80 ? "沪A·冷链07/truck.temp" : "沪A·冷链07") && first.contains("王敏"), "\(first)")
            #expect(first.contains(language == .zh ? "2小时" : "2h"), "\(first)")
            let second = try #require(lines.first { $0.contains("#5") })
            #expect(second.contains("> #5") && second.contains("standard/STD-") && second.contains("ops-li"), "\(second)")
            if width > 80 { #expect(lines.last?.contains(strings.silenceHints) == true, "\(lines.last ?? "")") }
        }
        let wide = Self.lines(navigation, 160, 30, .zh).joined(separator: "\n")
        #expect(wide.contains("司机已关门，车厢检修中"))
        #expect(wide.contains("11月23日 11:30"), "until, as every time on the page")
        var empty = Self.overview
        empty.silences = []
        #expect(Self.lines(navigation, 80, 24, language, overview: empty).joined().contains(strings.noSilences))
    }

    @Test("u ends the selected silence, on the alert list un-acknowledges the selected alert; m or Esc goes back")
    func keys() {
        var navigation = Self.silencesView()
        #expect(navigation.alerts.showsSilences)
        navigation.handle(.down, rowIDs: ["3", "5"])
        navigation.handle(.character("u"), rowIDs: ["3", "5"])
        #expect(navigation.alerts.takeCommand() == .endSilence(id: 5))
        // Enter opens nothing here: a silence is not an alert.
        navigation.handle(.enter, rowIDs: ["3", "5"])
        #expect(navigation.detail == nil)
        navigation.handle(.escape, rowIDs: ["3", "5"])
        #expect(!navigation.alerts.showsSilences)
        navigation.handle(.character("u"), rowIDs: ["14", "10", "13"])
        #expect(navigation.alerts.takeCommand() == .unacknowledge(id: 14))
        var kiosk = Navigation(page: .alerts)
        kiosk.handle(.character("m"), rowIDs: [])
        kiosk.handle(.character("u"), rowIDs: ["3"])
        #expect(kiosk.alerts.notice == .notAllowed)
        #expect(kiosk.alerts.takeCommand() == nil)
    }

    @Test("the help lists the keys of the silences", arguments: Language.allCases)
    func help(language: Language) {
        let keys = PageView.help(of: PageFixture.snapshot(.alerts(Self.overview)), navigation: Navigation(page: .alerts), language: language)
        #expect(keys.contains { $0.key == "u" })
        #expect(keys.contains { $0.key == "m" })
        #expect(Strings(language).alertHints.contains("m "))
    }
}
