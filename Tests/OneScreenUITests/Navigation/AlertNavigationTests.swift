import OneScreenCore
import Testing
@testable import OneScreenUI

/// The Alerts page's keys as a pure function: the states cycle, the prompts and the commands they confirm, who may
/// act, and a selection that stays on its alert.
struct AlertNavigationTests {
    static let rows = ["15", "14", "13"]

    static func alertsPage(mayAct: Bool = true) -> Navigation {
        var navigation = Navigation(page: .alerts)
        navigation.alerts.mayAct = mayAct
        return navigation
    }

    @Test("f cycles open, pending, acknowledged, resolved, all, and the store is asked for that list")
    func statesCycle() {
        var navigation = Self.alertsPage()
        var seen: [PageRequest] = [navigation.request]
        for _ in 0..<5 {
            navigation.handle(.character("f"), rowIDs: Self.rows)
            seen.append(navigation.request)
        }
        #expect(seen == [.alerts(.open), .alerts(.pending), .alerts(.acknowledged), .alerts(.resolved), .alerts(.all), .alerts(.open)])
        navigation.handle(.down, rowIDs: Self.rows)
        navigation.handle(.enter, rowIDs: Self.rows)
        #expect(navigation.request == .alert(14))
    }

    @Test("a on the selected alert asks for a note; Enter confirms it, with Chinese, as one acknowledge command")
    func acknowledge() {
        var navigation = Self.alertsPage()
        navigation.handle(.down, rowIDs: Self.rows)
        navigation.handle(.character("a"), rowIDs: Self.rows)
        #expect(navigation.capturesText)
        #expect(navigation.alerts.prompt?.alertID == 14)
        // q, r and f are text while the prompt is open.
        for character in "司机 qrf" { navigation.handle(.character(character), rowIDs: Self.rows) }
        #expect(navigation.page == .alerts && navigation.alerts.states == .open)
        navigation.handle(.enter, rowIDs: Self.rows)
        #expect(!navigation.capturesText)
        #expect(navigation.alerts.takeCommand() == .acknowledge(id: 14, note: "司机 qrf"))
        #expect(navigation.alerts.takeCommand() == nil)
    }

    @Test("an empty note is no note; Esc cancels without a command")
    func emptyAndCancel() {
        var navigation = Self.alertsPage()
        navigation.handle(.character("a"), rowIDs: Self.rows)
        navigation.handle(.character(" "), rowIDs: Self.rows)
        navigation.handle(.enter, rowIDs: Self.rows)
        #expect(navigation.alerts.takeCommand() == .acknowledge(id: 15, note: nil))
        navigation.handle(.character("a"), rowIDs: Self.rows)
        navigation.handle(.character("x"), rowIDs: Self.rows)
        navigation.handle(.escape, rowIDs: Self.rows)
        #expect(navigation.alerts.prompt == nil && navigation.alerts.takeCommand() == nil)
        #expect(navigation.page == .alerts)
    }

    @Test("s silences the subject for 2h unless changed, S the rule; a duration that is not one keeps the prompt open")
    func silence() {
        var navigation = Self.alertsPage()
        navigation.handle(.character("s"), rowIDs: Self.rows)
        navigation.handle(.enter, rowIDs: Self.rows)
        #expect(navigation.alerts.takeCommand() == .silence(id: 15, target: .subject, duration: .seconds(7200)))
        navigation.handle(.character("S"), rowIDs: Self.rows)
        for key in [Key.control("u"), .character("s"), .character("o"), .enter] { navigation.handle(key, rowIDs: Self.rows) }
        #expect(navigation.alerts.prompt?.problem == .badDuration)
        for key in [Key.control("u"), .character("3"), .character("1"), .character("d"), .enter] { navigation.handle(key, rowIDs: Self.rows) }
        #expect(navigation.alerts.prompt?.problem == .tooLong)
        for key in [Key.backspace, .backspace, .backspace, .character("1"), .character("d"), .enter] { navigation.handle(key, rowIDs: Self.rows) }
        #expect(navigation.alerts.takeCommand() == .silence(id: 15, target: .rule, duration: .seconds(86_400)))
    }

    @Test("in an alert's detail the keys act on that alert")
    func detail() {
        var navigation = Self.alertsPage()
        navigation.handle(.end, rowIDs: Self.rows)
        navigation.handle(.enter, rowIDs: Self.rows)
        navigation.handle(.character("a"), rowIDs: [])
        navigation.handle(.enter, rowIDs: [])
        #expect(navigation.alerts.takeCommand() == .acknowledge(id: 13, note: nil))
    }

    @Test("a role that may not act gets a message, not a prompt; the permission survives page changes")
    func notAllowed() {
        var navigation = Self.alertsPage(mayAct: false)
        navigation.handle(.character("a"), rowIDs: Self.rows)
        #expect(navigation.alerts.prompt == nil && navigation.alerts.notice == .notAllowed)
        navigation.handle(.character("j"), rowIDs: Self.rows)
        #expect(navigation.alerts.notice == nil)

        var allowed = Self.alertsPage()
        allowed.handle(.character("1"), rowIDs: [])
        allowed.handle(.character("6"), rowIDs: [])
        allowed.handle(.character("s"), rowIDs: Self.rows)
        #expect(allowed.alerts.prompt != nil)

        var empty = Self.alertsPage()
        empty.handle(.character("a"), rowIDs: [])
        #expect(empty.alerts.notice == .nothingSelected)
    }

    @Test("the selection stays on its alert when a refresh puts new alerts above it, and keeps its place when it goes")
    func follow() {
        var navigation = Self.alertsPage()
        navigation.handle(.down, rowIDs: Self.rows)
        #expect(navigation.selectedID == "14")
        navigation.follow(["17", "16", "15", "14", "13"])
        #expect(navigation.selection == 3)
        navigation.handle(.enter, rowIDs: ["17", "16", "15", "14", "13"])
        #expect(navigation.request == .alert(14))

        var gone = Self.alertsPage()
        gone.handle(.down, rowIDs: Self.rows)
        gone.follow(["15", "13"])
        #expect(gone.selection == 1 && gone.selectedID == "13")
        gone.follow([])
        #expect(gone.selection == 0 && gone.selectedID == nil)
    }
}
