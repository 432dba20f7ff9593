import Foundation
import Testing
@testable import OneScreenCore

/// An alert opened on the Alerts page, read from a real store: the readings around its firing against the band, the
/// record a business rule found, and its timeline from the alert, the audit trail and the silences.
@Suite struct AlertDetailTests {
    let site = "沪A·冷链07"

    func detail(_ f: AlertFixture, _ id: Int64, at now: Instant) throws -> AlertDetail {
        let page = try f.store.page(.alert(id), at: now, utcOffset: AlertFixture.offset)
        guard case .alert(let detail?) = page.content else {
            Issue.record("no detail for alert \(id)")
            throw CancellationError()
        }
        return detail
    }

    @Test func aReadingAlertShowsTheReadingsAroundItsFiringAndWhatPeopleDid() throws {
        let f = try AlertFixture()
        // 10 minutes inside, then 30 at 6 °C against ≤ 4 with a 5-minute hold.
        f.ingest([AlertFixture.standard()] + AlertFixture.minutely("truck.temp", site, run(10, 3.0) + run(30, 6.0)))
        let alert = try #require(try f.alerts().first)
        let firstOut = alert.firstSeen
        try f.store.acknowledgeAlert(id: alert.id, by: "wang", role: "ops", note: "司机已关门", at: AlertFixture.now + .minutes(1))
        try f.store.silence("standard/*", until: AlertFixture.now + .hours(2), by: "li", role: "ops", note: "defrost",
                            at: AlertFixture.now + .minutes(2))
        try f.store.silence("truck.door", until: AlertFixture.now + .hours(2), by: "li", role: "ops", note: nil,
                            at: AlertFixture.now + .minutes(2))

        let detail = try detail(f, alert.id, at: AlertFixture.now + .minutes(3))
        #expect(detail.alert.ackNote == "司机已关门")
        // Fired by the first reading out for longer than the hold.
        let fired = firstOut + .minutes(6)
        #expect(detail.firedAt == fired)
        let series = try #require(detail.series.first)
        #expect(detail.series.count == 1)
        #expect(series.subject == "\(site)/truck.temp" && series.unit == "°C" && series.min == nil && series.max == 4)
        // Twelve readings up to the firing one and twelve after it, oldest first.
        #expect(series.readings.count == 24)
        #expect(series.readings.first?.time == fired - .minutes(11))
        #expect(series.readings.last?.time == fired + .minutes(12))
        let inside: [Double] = series.readings.map(\.value).filter { $0 == 3.0 }
        #expect(inside.count == 5)
        #expect(series.isOutside(6.0) == true && series.isOutside(3.0) == false)
        #expect(detail.fields.map(\.name) == ["fired_at", "peak", "peak_at"])

        #expect(detail.timeline.map(\.kind) == [.raised, .fired, .acknowledged, .silenced])
        #expect(detail.timeline[0].at == firstOut)
        let ack = detail.timeline[2]
        #expect(ack.user == "wang" && ack.role == "ops" && ack.note == "司机已关门" && ack.at == AlertFixture.now + .minutes(1))
        let silence = detail.timeline[3]
        #expect(silence.user == "li" && silence.target == "standard/*" && silence.note == "defrost")
        #expect(silence.until == AlertFixture.now + .hours(2))
    }

    @Test func aBusinessAlertShowsTheRecordItsRuleFound() throws {
        let f = try AlertFixture()
        f.ingest([
            #"{"type":"contract","id":"K1","title":"冷链配送框架合同","counterparty":"沪联物流","amount":1200000,"status":"performing","owner":"李强"}"#,
            #"{"type":"seal_use","id":"S1","contract":"K1","seal":"contract","requested_by":"王敏","time":"2026-11-23T09:00:00+08:00","status":"used"}"#,
        ])
        let alert = try #require(try f.alerts().first)
        let detail = try detail(f, alert.id, at: AlertFixture.now)
        #expect(detail.series.isEmpty)
        #expect(Dictionary(uniqueKeysWithValues: detail.fields.map { ($0.name, $0.value) }) == [
            "contract": "K1", "requested_by": "王敏", "seal": "contract", "seal_use": "S1", "status": "used",
            "time": "2026-11-23T09:00:00+08:00",
        ])
        #expect(detail.timeline.map(\.kind) == [.raised])
        // An id the store does not have is no detail, not an error.
        guard case .alert(nil) = try f.store.page(.alert(999), at: AlertFixture.now, utcOffset: AlertFixture.offset).content else {
            Issue.record("a missing alert read as something")
            return
        }
    }

    @Test func theListsStatesAreAsked() throws {
        let f = try AlertFixture()
        f.ingest([AlertFixture.standard()] + AlertFixture.minutely("truck.temp", site, run(10, 3.0) + run(30, 6.0), endingMinutesAgo: 60))
        f.ingest(AlertFixture.minutely("truck.temp", "沪A·冷链08", run(10, 3.0) + run(30, 6.0)))
        let open = try f.alerts(.open)
        #expect(open.count == 2)
        try f.store.acknowledgeAlert(id: open[0].id, by: "wang", role: "ops", note: nil, at: AlertFixture.now)
        f.ingest(AlertFixture.minutely("truck.temp", site, run(20, 3.0), endingMinutesAgo: 40))
        // Two minutes out of band against a five-minute hold: pending, not open.
        f.ingest(AlertFixture.minutely("truck.temp", "沪A·冷链09", run(10, 3.0) + run(2, 6.0)))
        func listed(_ states: AlertFilter.States, count: Int) throws -> [String] {
            let page = try f.store.page(.alerts(states), at: AlertFixture.now, utcOffset: AlertFixture.offset)
            guard case .alerts(let list) = page.content else { return [] }
            // The counts per level are of the states listed, as the list is.
            #expect(list.byLevel == [0, 0, count, 0], "\(states)")
            #expect(list.pending == 1)
            return list.newest.map { "\($0.subject) \($0.state)" }
        }
        #expect(try listed(.open, count: 1) == ["沪A·冷链08/truck.temp firing"])
        #expect(try listed(.pending, count: 1) == ["沪A·冷链09/truck.temp pending"])
        #expect(try listed(.resolved, count: 1) == ["\(site)/truck.temp resolved"])
        #expect(try listed(.acknowledged, count: 0).isEmpty)
        #expect(try listed(.all, count: 3) == ["沪A·冷链09/truck.temp pending", "沪A·冷链08/truck.temp firing", "\(site)/truck.temp resolved"])
        let overview = try f.store.overview(at: AlertFixture.now, utcOffset: AlertFixture.offset).alerts
        #expect(overview.byLevel == [0, 0, 1, 0] && overview.pending == 1)
        #expect(AlertFilter.States.allCases.map(\.next) == [.pending, .acknowledged, .resolved, .all, .open])
    }

    @Test func whatAViewerBelowTheAlertsGradeSeesOfADetail() throws {
        let f = try AlertFixture()
        f.ingest([AlertFixture.standard()] + AlertFixture.minutely("truck.temp", site, run(10, 3.0) + run(30, 6.0)))
        let alert = try #require(try f.alerts().first)
        try f.store.acknowledgeAlert(id: alert.id, by: "wang", role: "ops", note: "司机已关门", at: AlertFixture.now)
        let page = try f.store.page(.alert(alert.id), at: AlertFixture.now, utcOffset: AlertFixture.offset)
        let wall = Viewer(user: "kiosk", role: Role.builtIn.first { $0.name == Role.kioskName }!)
        guard case .alert(let detail?) = page.masked(for: wall).content else {
            Issue.record("no detail")
            return
        }
        #expect(detail.alert.subject == Masking.hiddenText && detail.alert.message == Masking.hiddenText)
        #expect(detail.alert.ackNote == Masking.hiddenText && detail.alert.ackedBy == "w***")
        #expect(detail.series.allSatisfy { $0.subject == Masking.hiddenText })
        #expect(!detail.series[0].readings.contains { $0.value == 6.0 })
        #expect(detail.timeline.compactMap(\.note) == [Masking.hiddenText])
        #expect(detail.fields.allSatisfy { $0.value == Masking.hiddenText })
    }

    @Test func onlyPeopleWhoReadAlertsInFullMayActOnThem() {
        func viewer(_ name: String, grades: GradeBook = GradeBook()) -> Viewer {
            Viewer(user: "u", role: Role.builtIn.first { $0.name == name }!, grades: grades)
        }
        #expect(viewer("executive").mayActOnAlerts)
        #expect(viewer("ops").mayActOnAlerts)
        #expect(viewer("frontline").mayActOnAlerts)
        #expect(!viewer("kiosk").mayActOnAlerts)
        #expect(!Viewer(user: "u", role: Role(name: "kiosk", clearance: .core)).mayActOnAlerts)
        #expect(!Viewer(user: "u", role: Role(name: "guest", clearance: .public)).mayActOnAlerts)
        #expect(!Viewer(user: "u", role: Role(name: "sales", clearance: .core, pages: ["customers"])).mayActOnAlerts)
        #expect(!viewer("ops", grades: GradeBook(overrides: [.alertText: .key])).mayActOnAlerts)
    }
}
