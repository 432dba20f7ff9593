import OneScreenCore
import Testing
@testable import OneScreenUI

@Suite("New alert watch")
struct NewAlertWatchTests {
    static func alert(_ id: Int64, _ level: AlertLevel, _ state: AlertState = .firing) -> AlertRecord {
        OverviewFixture.alert(id, level, state, "沪A·冷链07", "m", ago: 60)
    }

    @Test("the first look is silent, a new L1 is announced once, L2 and L3 never, L4 too")
    func announces() {
        var watch = NewAlertWatch()
        let up = [Self.alert(1, .systemFault), Self.alert(2, .businessAnomaly)]
        #expect(watch.look(at: up).isEmpty, "already up when the screen started")
        #expect(watch.look(at: up).isEmpty)
        let fresh = Self.alert(3, .systemFault)
        #expect(watch.look(at: up + [fresh]).map(\.id) == [3])
        #expect(watch.look(at: up + [fresh]).isEmpty, "announced once")
        #expect(watch.look(at: up + [fresh, Self.alert(4, .businessAnomaly), Self.alert(5, .performanceDecline)]).isEmpty)
        #expect(watch.look(at: up + [fresh, Self.alert(6, .complianceRisk, .acknowledged)]).map(\.id) == [6])
    }

    @Test("a pending alert is not yet one: it is announced when it fires")
    func pending() {
        var watch = NewAlertWatch()
        _ = watch.look(at: [])
        #expect(watch.look(at: [Self.alert(7, .systemFault, .pending)]).isEmpty)
        #expect(watch.look(at: [Self.alert(7, .systemFault, .firing)]).map(\.id) == [7])
        #expect(watch.look(at: [Self.alert(7, .systemFault, .resolved)]).isEmpty)
    }
}
