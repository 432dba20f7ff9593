import OneScreenCore
import Testing
@testable import OneScreenUI

/// Cross-links and the `:` jump bar as navigation: opening a link or a jump remembers where the user was, Esc goes
/// back there; the bar completes ids and opens what was typed.
struct JumpNavigationTests {
    static let index = JumpIndex(entries: [
        JumpEntry(target: .lot("L20261119-005"), label: "冰鲜鸡胸肉"),
        JumpEntry(target: .lot("L20261119-006"), label: "冰鲜整鸡"),
        JumpEntry(target: .contract("C-2026-0008"), label: "冰鲜鸡肉及调理品供货合同"),
        JumpEntry(target: .customer("C10060"), label: "厦门科技园食堂"),
        JumpEntry(target: .site("沪A·冷链06"), label: "transport"),
    ])

    static func typed(_ text: String, on navigation: inout Navigation) {
        navigation.handle(.character(":"), rowIDs: [])
        navigation.jump?.index = index
        for character in text { navigation.handle(.character(character), rowIDs: []) }
    }

    @Test(": opens any id from any page, with completion; Esc goes back to where it was opened")
    func jumpBar() {
        var navigation = Navigation(page: .marketing)
        Self.typed("C-2026-0008", on: &navigation)
        #expect(navigation.capturesText)
        navigation.handle(.enter, rowIDs: [])
        #expect(navigation.request == .contract("C-2026-0008") && navigation.jump == nil)
        navigation.handle(.escape, rowIDs: [])
        #expect(navigation.request == .marketing)

        // Tab takes the highlighted candidate's id; ↓ moves the highlight first.
        var lots = Navigation(page: .customers)
        Self.typed("L2026", on: &lots)
        #expect(lots.jump?.candidates.map(\.target.id) == ["L20261119-005", "L20261119-006"])
        lots.handle(.down, rowIDs: [])
        lots.handle(.tab, rowIDs: [])
        #expect(lots.jump?.line.text == "L20261119-006")
        lots.handle(.enter, rowIDs: [])
        #expect(lots.request == .lot("L20261119-006"))

        // A name finds its customer; a number is an alert; a site shows its series.
        var byName = Navigation()
        Self.typed("厦门科技", on: &byName)
        byName.handle(.enter, rowIDs: [])
        #expect(byName.request == .customer("C10060"))
        var alert = Navigation()
        Self.typed("#17", on: &alert)
        alert.handle(.enter, rowIDs: [])
        #expect(alert.request == .alert(17))
        var site = Navigation()
        Self.typed("沪A·冷链06", on: &site)
        site.handle(.enter, rowIDs: [])
        #expect(site.page == .quality && site.list == QualityBody.metricList && site.filter == "沪A·冷链06")

        // Nothing by that name: the bar stays open and says so.
        var missing = Navigation()
        Self.typed("nothing-here", on: &missing)
        missing.handle(.enter, rowIDs: [])
        #expect(missing.jump?.notFound == true)
        missing.handle(.escape, rowIDs: [])
        #expect(missing.jump == nil && missing.page == .overview)
    }

    @Test("Enter on a drill-down's link opens it, and Esc comes back, link after link")
    func links() {
        var navigation = Navigation(page: .alerts, detail: "12")
        let links = [JumpTarget.series("沪A·冷链06/cold.temp"), .site("沪A·冷链06"), .lot("L20261119-005")].map(\.rowID)
        navigation.handle(.end, rowIDs: links)
        navigation.handle(.enter, rowIDs: links)
        #expect(navigation.request == .lot("L20261119-005"))
        navigation.handle(.enter, rowIDs: [JumpTarget.alert(12).rowID, JumpTarget.contract("C-1").rowID].reversed())
        #expect(navigation.request == .contract("C-1"))
        navigation.handle(.escape, rowIDs: [])
        #expect(navigation.request == .lot("L20261119-005"))
        navigation.handle(.escape, rowIDs: [])
        #expect(navigation.request == .alert(12) && navigation.selection == 2, "back on the link it left by")
        navigation.handle(.escape, rowIDs: links)
        #expect(navigation.request == .alerts(.open))
    }
}
