import OneScreenCore
import OneScreenTestSupport
import Testing
@testable import OneScreenUI

/// The Alerts page and an alert's detail as a person reads them: the list with levels, states, marks, the selection,
/// the filters; the detail's what, when, who, values and timeline; the prompts and the outcome of an action.
struct AlertPageTests {
    static let list = OverviewFixture.alerts

    static func screen(_ navigation: Navigation, _ content: PageContent, _ width: Int, _ height: Int, _ language: Language) -> Screen {
        PageView(snapshot: PageFixture.snapshot(content), navigation: navigation, language: language, role: "ops")
            .screen(width: width, height: height, glyphs: .unicode)
    }

    static func lines(_ navigation: Navigation, _ content: PageContent, _ width: Int, _ height: Int, _ language: Language) -> [String] {
        screen(navigation, content, width, height, language).lines()
    }

    /// The list after `key` (a, s or S) on its first alert, by a viewer who may act, and the rows it moves over.
    static func prompting(_ key: Character) -> (Navigation, [String]) {
        var navigation = Navigation(page: .alerts)
        navigation.alerts.mayAct = true
        let rows = list.newest.map { "\($0.id)" }
        navigation.handle(.character(key), rowIDs: rows)
        return (navigation, rows)
    }

    static func expectExactWidths(_ lines: [String], _ width: Int, _ height: Int, _ what: String) {
        #expect(lines.count == height, "\(what)")
        for line in lines { #expect(TerminalColumns.width(of: line) == width, "\(what) \(width)x\(height): \(line)") }
    }

    @Test("the list: open counts per level, then each alert's level, state, acknowledged mark, age, rule, subject and count",
          arguments: Language.allCases)
    func list(language: Language) throws {
        let strings = Strings(language)
        for (width, height) in [(80, 24), (200, 60)] {
            let lines = Self.lines(Navigation(page: .alerts), .alerts(Self.list), width, height, language)
            Self.expectExactWidths(lines, width, height, "alerts \(language)")
            let text = lines.joined(separator: "\n")
            #expect(lines[1].contains(strings.openAlerts) && lines[1].contains("8"))
            #expect(lines[2].contains("L1") && lines[2].contains("L4") && lines[2].contains("9"), "\(lines[2])")
            // The newest compliance risk (L4, firing) first and selected; 沪A·冷链07 (acknowledged) with its mark.
            let first = try #require(lines.first { $0.contains("rule-14 ") })
            #expect(first.contains("> L4") && first.contains(strings.alertState(.firing)), "\(first)")
            let acked = try #require(lines.first { $0.contains("rule-13") })
            #expect(acked.contains("L3") && acked.contains(strings.alertState(.acknowledged)) && acked.contains("✓"), "\(acked)")
            #expect(!acked.contains(">"))
            #expect(text.contains("沪A·冷链07"))
        }
        // Wide enough, the level names come with the counts.
        #expect(Self.lines(Navigation(page: .alerts), .alerts(Self.list), 200, 60, language)[2].contains(strings.level(.complianceRisk)))
    }

    @Test("the selection is marked without colour: a > and, in the mono theme, reverse video over the row")
    func selectionWithoutColour() throws {
        var navigation = Navigation(page: .alerts)
        navigation.selection = 2
        let screen = Self.screen(navigation, .alerts(Self.list), 120, 40, .en)
        let lines = screen.lines()
        let row = try #require(lines.firstIndex { $0.contains(">") && $0.contains("沪A·冷链07") })
        func reversed(_ y: Int) -> Bool {
            (1..<screen.width - 1).allSatisfy { Theme.mono.resolve(screen[$0, y].style, mode: .none).attributes.contains(.reverse) }
        }
        #expect(reversed(row))
        #expect(!reversed(row + 1))
    }

    @Test("/ filters by text and by level words, and the rows Enter opens follow it")
    func filter() {
        let snapshot = PageFixture.snapshot(.alerts(Self.list))
        var navigation = Navigation(page: .alerts)
        func ids(_ filter: String) -> [String] {
            navigation.filter = filter
            return PageView.rowIDs(of: snapshot, navigation: navigation, language: .zh)
        }
        #expect(ids("L4") == ["14", "10"])
        #expect(ids("l2 L4") == ["14", "10", "12", "8"])
        #expect(ids("L3 冷") == ["13", "9"])
        #expect(ids("report") == ["12"])
        #expect(ids("已确认") == ["10", "13", "12"])
        #expect(ids("L2 冷").isEmpty)
        // Severity first, the newest first within a level.
        #expect(ids("") == ["14", "10", "13", "11", "9", "12", "8", "15"])
        navigation.filter = "L4"
        let lines = PageView(snapshot: snapshot, navigation: navigation, language: .en, role: "ops")
            .screen(width: 80, height: 24, glyphs: .unicode).lines()
        #expect(lines.filter { $0.contains("C-2026-04") }.count == 2)
        #expect(lines.last!.contains("filter L4 2/8"))
    }

    @Test("the level words of a filter, and what is left of it")
    func levelWords() {
        #expect(ListFilter.levelWords("L1 沪A l4").levels == [.systemFault, .complianceRisk])
        #expect(ListFilter.levelWords("L1 沪A l4").rest == "沪A")
        #expect(ListFilter.levelWords("L5 L12 lot").levels.isEmpty)
        #expect(ListFilter.levelWords("L5 L12 lot").rest == "L5 L12 lot")
    }

    @Test("the list's title says which states it shows")
    func states() {
        var navigation = Navigation(page: .alerts)
        navigation.alerts.states = .resolved
        #expect(Self.lines(navigation, .alerts(AlertOverview(byLevel: [0, 0, 0, 0], newest: [])), 80, 24, .zh)[1].contains("已解决预警"))
        navigation.alerts.states = .all
        #expect(Self.lines(navigation, .alerts(Self.list), 80, 24, .en)[1].contains("All alerts"))
    }

    @Test("a reading alert's detail: what, when, who acknowledged and why, the readings against the band with the firing one, the timeline",
          arguments: Language.allCases)
    func readingDetail(language: Language) throws {
        let strings = Strings(language)
        let navigation = Navigation(page: .alerts, detail: "13")
        let format = DisplayFormat(language)
        let ackedAt = try #require(PageFixture.readingAlert.alert.ackedAt)
        let acked = strings.acknowledged(by: "王敏", at: format.date(ackedAt.day(utcOffset: PageFixture.utcOffset)) + " "
                                          + format.clock(ackedAt, utcOffset: PageFixture.utcOffset), note: nil)
        for (width, height) in [(80, 24), (200, 60)] {
            let lines = Self.lines(navigation, .alert(PageFixture.readingAlert), width, height, language)
            Self.expectExactWidths(lines, width, height, "alert \(language)")
            let text = lines.joined(separator: "\n")
            #expect(lines[0].contains(strings.breadcrumb([strings.alerts, strings.alert(13)])))
            for expected in ["沪A·冷链07/cold.temp", "standard/STD-COLD-TEMP", "L3", strings.alertState(.acknowledged), "王敏",
                             acked, "司机已关门", strings.firstSeen, "8.6℃", "3.2℃", "0–4℃", strings.breached,
                             strings.firedHere, strings.timelineEvent(.raised), strings.timelineEvent(.fired),
                             strings.timelineEvent(.acknowledged), strings.timelineEvent(.silenced)] {
                #expect(text.contains(expected), "\(width)x\(height) \(language): \(expected)")
            }
            // The firing reading is the first 8.6 after the hold, in view and marked as such.
            let fired = try #require(lines.first { $0.contains(strings.breached + " " + strings.firedHere) })
            #expect(fired.contains("8.6℃"), "\(fired)")
        }
        let wide = Self.lines(navigation, .alert(PageFixture.readingAlert), 200, 60, language).joined(separator: "\n")
        #expect(wide.contains("王敏 (ops) 司机已关门，复检中"))
        #expect(wide.contains(strings.until("standard/STD-COLD-TEMP", "")))
    }

    @Test("a business alert's detail shows the record the rule found, in the reader's words", arguments: Language.allCases)
    func businessDetail(language: Language) {
        let strings = Strings(language)
        let lines = Self.lines(Navigation(page: .alerts, detail: "11"), .alert(PageFixture.businessAlert), 80, 24, language)
        Self.expectExactWidths(lines, 80, 24, "business \(language)")
        let text = lines.joined(separator: "\n")
        for expected in [strings.alertField("milestone"), "C-2026-0412-M2", strings.alertField("due"), "2026-11-11", "第二批冻品交付",
                         strings.notAcknowledged] {
            #expect(text.contains(expected), "\(expected)")
        }
    }

    @Test("an alert not in the store is said to be missing")
    func missing() {
        let text = Self.lines(Navigation(page: .alerts, detail: "99"), .alert(nil), 80, 24, .en).joined()
        #expect(text.contains("99 not found"))
        #expect(text.contains("alert #99"))
    }

    @Test("the acknowledge prompt shows over the row above the status bar, Chinese note and cursor included, at any width")
    func prompt() {
        var (navigation, rows) = Self.prompting("a")
        for character in "司机已关门，复检中 door shut" { navigation.handle(.character(character), rowIDs: rows) }
        for (width, height) in [(80, 24), (60, 16), (200, 60)] {
            for language in Language.allCases {
                let lines = Self.lines(navigation, .alerts(Self.list), width, height, language)
                Self.expectExactWidths(lines, width, height, "prompt \(language)")
                let prompt = lines[height - 2]
                #expect(prompt.contains(Strings(language).acknowledgePrompt(15)) || width < 80, "\(prompt)")
                // The end of the note, where the cursor is, stays in view however narrow.
                #expect(prompt.contains("shut"), "\(width): \(prompt)")
            }
        }
        let wide = Self.lines(navigation, .alerts(Self.list), 200, 60, .zh)[58]
        #expect(wide.contains("司机已关门，复检中 door shut") && wide.contains("Enter 确认"))
    }

    @Test("a silence prompt names what it silences and says why a duration is refused")
    func silencePrompt() {
        var (navigation, rows) = Self.prompting("s")
        var prompt = Self.lines(navigation, .alerts(Self.list), 120, 40, .en)[38]
        #expect(prompt.contains("Silence subject 嘉兴中心仓网关 for: 2h"), "\(prompt)")
        for key in [Key.backspace, .backspace, .character("x"), .enter] { navigation.handle(key, rowIDs: rows) }
        prompt = Self.lines(navigation, .alerts(Self.list), 120, 40, .en)[38]
        #expect(prompt.contains("use a duration such as 30m, 2h or 1d"), "\(prompt)")
    }

    @Test("what became of an action shows in the status bar", arguments: Language.allCases)
    func notices(language: Language) {
        let strings = Strings(language)
        var navigation = Navigation(page: .alerts)
        navigation.alerts.notice = .acknowledged(15)
        #expect(Self.lines(navigation, .alerts(Self.list), 120, 40, language)[39].contains(strings.notice(.acknowledged(15), role: "ops") { _ in "" }))
        navigation.alerts.notice = .notAllowed
        #expect(Self.lines(navigation, .alerts(Self.list), 120, 40, language)[39].contains(language == .zh ? "角色 ops 不能" : "role ops may not"))
        navigation.alerts.notice = .refused(.alreadyAcknowledged(13, by: "王敏"))
        #expect(Self.lines(navigation, .alerts(Self.list), 120, 40, language)[39].contains("王敏"))
    }

    @Test("the help lists the Alerts page's keys")
    func help() {
        var navigation = Navigation(page: .alerts)
        navigation.showsHelp = true
        let text = Self.lines(navigation, .alerts(Self.list), 120, 40, .en).joined(separator: "\n")
        for key in ["f ", "/L1-L4", "a ", "s S", "acknowledge", "silence its subject / its rule", "Enter"] {
            #expect(text.contains(key), "\(key)")
        }
        navigation = Navigation(page: .alerts, detail: "13")
        navigation.showsHelp = true
        let detail = Self.lines(navigation, .alert(PageFixture.readingAlert), 120, 40, .zh).joined(separator: "\n")
        #expect(detail.contains("确认预警") && !detail.contains("/L1-L4"))
    }
}
