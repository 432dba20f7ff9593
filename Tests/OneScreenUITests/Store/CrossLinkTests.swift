import OneScreenCore
import Testing
@testable import OneScreenUI

/// The links a drill-down offers, read from a real store: the alert about a truck leads to its series, its site and
/// the lot it carries; the lot leads to its alerts.
@Suite struct CrossLinkTests {
    let fixture: TracedLotFixture

    init() throws { fixture = try TracedLotFixture() }

    @Test func anAlertAboutATruckLeadsToTheLotOnIt() throws {
        let alerts = try fixture.store.alerts(AlertFilter(states: .all))
        let warm = try #require(alerts.first { $0.subject.hasSuffix("cold.temp") })
        let page = try fixture.store.page(.alert(warm.id), at: TracedLotFixture.now, utcOffset: TracedLotFixture.utcOffset)
        guard case .alert(let detail?) = page.content else { throw TraceMissing() }
        #expect(detail.links == [.series("\(TracedLotFixture.truck)/cold.temp"), .site(TracedLotFixture.truck), .lot(TracedLotFixture.lot)])
        #expect(PageView.rowIDs(of: page, navigation: Navigation(page: .alerts, detail: "\(warm.id)"), language: .zh)
            == detail.links.map(\.rowID))
        // The screen says where Enter goes.
        let text = PageView(snapshot: page, navigation: Navigation(page: .alerts, detail: "\(warm.id)"), language: .zh, role: "executive")
            .screen(width: 120, height: 40, glyphs: .unicode).text
        #expect(text.contains(Strings(.zh).lot(TracedLotFixture.lot)))

        let trace = try fixture.store.page(.lot(TracedLotFixture.lot), at: TracedLotFixture.now, utcOffset: TracedLotFixture.utcOffset)
        let ids = PageView.rowIDs(of: trace, navigation: Navigation(page: .quality, detail: TracedLotFixture.lot), language: .zh)
        #expect(ids.contains(JumpTarget.alert(warm.id).rowID))
        #expect(ids.contains(JumpTarget.series("\(TracedLotFixture.truck)/cold.door").rowID))
    }

    struct TraceMissing: Error {}
}
